/** How SpeechChunker cuts a stream; every field is optional and defaults to `defaultChunkerOptions`. */
export interface SpeechChunkerOptions {
  /** Rate of the PCM pushed in, in Hz. */
  sampleRate?: number;
  /**
   * Longest chunk, overlap included. Whisper reads up to 30 s, but captions lag by a whole chunk and long
   * stretches invite it to drift, so speech without a pause is cut at its quietest moment before this.
   */
  maxChunkMs?: number;
  /**
   * A pause ends a chunk only once the chunk holds this much; shorter speech waits for more, as whisper
   * transcribes a word or two without context poorly.
   */
  minChunkMs?: number;
  /** Audio repeated at the start of a chunk that follows straight on from the one before it. */
  overlapMs?: number;
  /** Quiet shorter than this inside speech (between words, a breath) does not count as a pause. */
  hangoverMs?: number;
  /** Quiet that ends speech however short, so a quick "好的" is transcribed without waiting for more. */
  endOfSpeechMs?: number;
  /** Quiet kept before the first and after the last speech in a chunk; the rest of a silence is dropped. */
  padMs?: number;
  /** How far back from the limit a forced cut looks for the quietest window. */
  cutSearchMs?: number;
  /** Chunks with less speech than this are dropped: a cough, a door, a knock on the table. */
  minVoicedMs?: number;
  /** A frame timestamp later than expected by more than this is a gap in the audio (see push). */
  gapToleranceMs?: number;
  /** How far above the noise floor a 30 ms window must be to count as speech. */
  thresholdDb?: number;
  /** Quietest window counted as speech (RMS, full scale = 1; 0.004 is -48 dBFS), however quiet the room. */
  minSpeechRms?: number;
}

export const defaultChunkerOptions: Readonly<Required<SpeechChunkerOptions>> = {
  sampleRate: 16000,
  maxChunkMs: 10_000,
  minChunkMs: 2000,
  overlapMs: 500,
  hangoverMs: 300,
  endOfSpeechMs: 600,
  padMs: 300,
  cutSearchMs: 1500,
  minVoicedMs: 90,
  gapToleranceMs: 250,
  thresholdDb: 8,
  minSpeechRms: 0.004,
};

/** The VAD's window: short enough to find the gap between two words, long enough for a stable level. */
export const windowMs = 30;

/** Fills in the defaults and checks the options fit together; a RangeError names the first that does not. */
export function resolveChunkerOptions(options: SpeechChunkerOptions): Required<SpeechChunkerOptions> {
  const resolved = { ...defaultChunkerOptions, ...stripUndefined(options) };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`${name} must be a number ≥ 0, not ${value}.`);
  }
  if (!Number.isInteger(resolved.sampleRate) || resolved.sampleRate < 1000) {
    throw new RangeError(`sampleRate must be a whole number of Hz, not ${resolved.sampleRate}.`);
  }
  // After a forced cut the next chunk already holds the overlap and up to cutSearchMs of audio.
  if (resolved.overlapMs + resolved.cutSearchMs + 2 * windowMs > resolved.maxChunkMs) {
    throw new RangeError('maxChunkMs must exceed overlapMs + cutSearchMs by two 30 ms windows.');
  }
  return resolved;
}

function stripUndefined(options: SpeechChunkerOptions): SpeechChunkerOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
