import { resolveChunkerOptions, windowMs, type SpeechChunkerOptions } from './chunker-options';
import { EnergyVad } from './energy-vad';
import { PcmRing } from './pcm-ring';

/** A stretch of speech for whisper. Times are stream times in ms (fractional when a frame is not whole ms). */
export interface AudioChunk {
  /** 0, 1, 2… in stream order. */
  index: number;
  startMs: number;
  /** Just past the last sample. */
  endMs: number;
  /** 16-bit PCM at the chunker's sample rate; `(endMs - startMs)` long. */
  samples: Int16Array;
  /**
   * Audio at the start repeated from the end of the previous chunk, so a word cut in two is heard whole once;
   * pass it to mergeSegments. 0 when silence was dropped between the two chunks, as nothing straddles them.
   */
  overlapMs: number;
  /** True on a chunk returned by flush(), the last of the stream. */
  final: boolean;
}

interface WindowStat {
  start: number;
  end: number;
  rms: number;
  voiced: boolean;
}

/** The chunk being collected; positions are absolute sample indices in the stream. */
interface OpenChunk {
  start: number;
  overlap: number;
  lastVoicedEnd: number;
  /** Speech inside the chunk (overlap excluded), in samples. */
  voiced: number;
}

/**
 * Cuts a live 16 kHz microphone stream into chunks of speech for whisper, which invents text ("谢谢观看")
 * when fed silence: a silent stream yields no chunk at all.
 *
 * Frames of any length go in; every 30 ms window is judged speech or background by EnergyVad. Speech opens a
 * chunk with `padMs` of the quiet before it. The chunk ends at a pause of `hangoverMs` once it holds
 * `minChunkMs`, or at a silence of `endOfSpeechMs` however short it is, keeping `padMs` of the quiet after.
 * Speech that runs on is cut before `maxChunkMs` in the middle of the quietest window of the last
 * `cutSearchMs`, the likeliest gap between words. A chunk that follows straight on from the one before
 * (after a forced cut, or when speech resumes within `padMs` of a pause) starts `overlapMs` before the cut.
 *
 * Memory is bounded: the audio is kept in a ring of `maxChunkMs` plus two windows, whatever the stream length.
 */
export class SpeechChunker {
  private readonly options: Required<SpeechChunkerOptions>;
  private readonly window: number;
  private readonly ring: PcmRing;
  private readonly pending: Int16Array;
  private pendingLength = 0;
  private vad: EnergyVad;
  /** Judged windows of the last `cutSearchMs`, where a forced cut looks for the quietest. */
  private recent: WindowStat[] = [];
  private open: OpenChunk | null = null;
  private lastCut: { at: number; chunkStart: number } | null = null;
  private index = 0;
  /** Stream time `ms` of sample `sample`: set by the first timestamp and again after a gap. */
  private anchor = { sample: 0, ms: 0 };
  private started = false;

  constructor(options: SpeechChunkerOptions = {}) {
    this.options = resolveChunkerOptions(options);
    this.window = this.samples(windowMs);
    this.ring = new PcmRing(this.samples(this.options.maxChunkMs) + 2 * this.window);
    this.pending = new Int16Array(this.window);
    this.vad = new EnergyVad(this.options);
  }

  /** Audio held for the chunk being collected, in ms; never more than `maxChunkMs`. */
  get bufferedMs(): number {
    return this.open === null ? 0 : this.ms(this.ring.end + this.pendingLength - this.open.start);
  }

  /**
   * Adds a frame and returns the chunks it completes. `atMs` is the stream time of the frame's first sample:
   * the first one sets the clock (0 otherwise). Later ones are checked against the samples counted so far;
   * one later by more than `gapToleranceMs` means audio went missing, so the speech before the gap is
   * finished as a chunk and the clock jumps to `atMs`. Earlier or slightly late ones are jitter and ignored.
   */
  push(frame: Int16Array, atMs?: number): AudioChunk[] {
    if (atMs !== undefined && !Number.isFinite(atMs))
      throw new RangeError(`Frame time ${atMs} is not a number.`);
    const out: AudioChunk[] = [];
    if (atMs !== undefined) this.sync(atMs, out);
    this.started = true;
    let offset = 0;
    while (offset < frame.length) {
      const take = Math.min(this.window - this.pendingLength, frame.length - offset);
      this.pending.set(frame.subarray(offset, offset + take), this.pendingLength);
      this.pendingLength += take;
      offset += take;
      if (this.pendingLength === this.window) {
        this.pendingLength = 0;
        this.step(this.pending, out);
      }
    }
    return out;
  }

  /** Ends the stream: the speech still being collected, as a `final` chunk. The chunker then starts over. */
  flush(): AudioChunk[] {
    const out: AudioChunk[] = [];
    this.finish(true, out);
    this.ring.clear();
    this.vad = new EnergyVad(this.options);
    this.recent = [];
    this.lastCut = null;
    this.index = 0;
    this.anchor = { sample: 0, ms: 0 };
    this.started = false;
    return out;
  }

  private sync(atMs: number, out: AudioChunk[]): void {
    if (!this.started) {
      this.anchor = { sample: 0, ms: atMs };
      return;
    }
    if (atMs - this.msAt(this.ring.end + this.pendingLength) <= this.options.gapToleranceMs) return;
    this.finish(false, out);
    this.anchor = { sample: this.ring.end, ms: atMs };
    this.lastCut = null;
  }

  /** Judges the partial window left over and closes the chunk being collected at the last speech. */
  private finish(final: boolean, out: AudioChunk[]): void {
    if (this.pendingLength > 0) {
      const rest = this.pending.slice(0, this.pendingLength);
      this.pendingLength = 0;
      this.step(rest, out);
    }
    const chunk = this.open;
    if (chunk !== null) {
      this.close(Math.min(this.ring.end, chunk.lastVoicedEnd + this.samples(this.options.padMs)), final, out);
    }
  }

  private step(window: Int16Array, out: AudioChunk[]): void {
    const start = this.ring.end;
    this.ring.write(window);
    const end = this.ring.end;
    const { rms, voiced } = this.vad.classify(window);
    this.recent.push({ start, end, rms, voiced });
    const searchFrom = end - this.samples(this.options.cutSearchMs);
    while ((this.recent[0]?.start ?? searchFrom) < searchFrom) this.recent.shift();

    const chunk = this.open;
    if (chunk === null) {
      if (voiced) this.openAt(start, end);
      return;
    }
    if (voiced) {
      chunk.lastVoicedEnd = end;
      chunk.voiced += end - start;
    }
    const silence = end - chunk.lastVoicedEnd;
    const longEnough = chunk.lastVoicedEnd - chunk.start >= this.samples(this.options.minChunkMs);
    const pause = silence >= this.samples(this.options.hangoverMs) && longEnough;
    if (pause || silence >= this.samples(this.options.endOfSpeechMs)) {
      this.close(chunk.lastVoicedEnd + Math.min(this.samples(this.options.padMs), silence), false, out);
    } else if (end + this.window - chunk.start > this.samples(this.options.maxChunkMs)) {
      this.forceCut(chunk, out);
    }
  }

  private openAt(start: number, end: number): void {
    const earliest = Math.max(this.anchor.sample, this.ring.start);
    const preRoll = Math.max(start - this.samples(this.options.padMs), earliest);
    const last = this.lastCut;
    // Nothing was dropped since the last cut, so a word may straddle it: repeat the overlap.
    const followsOn = last !== null && preRoll <= last.at;
    const chunkStart = followsOn
      ? Math.max(last.at - this.samples(this.options.overlapMs), last.chunkStart, earliest)
      : preRoll;
    const overlap = followsOn ? last.at - chunkStart : 0;
    this.open = { start: chunkStart, overlap, lastVoicedEnd: end, voiced: end - start };
  }

  /**
   * Ends the open chunk at `cut`. It is dropped with too little speech (a knock, a cough), or when it would
   * hold nothing but the overlap (speech that stopped right at a forced cut).
   */
  private close(cut: number, final: boolean, out: AudioChunk[]): void {
    const chunk = this.open;
    this.open = null;
    if (chunk === null || cut <= chunk.start + chunk.overlap) return;
    if (chunk.voiced < this.samples(this.options.minVoicedMs)) return;
    out.push(this.emit(chunk, cut, final));
    this.lastCut = { at: cut, chunkStart: chunk.start };
  }

  private forceCut(chunk: OpenChunk, out: AudioChunk[]): void {
    let quietest: WindowStat | undefined;
    for (const stat of this.recent) {
      // `<=` prefers the latest of equally quiet windows, keeping the chunk as long as allowed.
      if (stat.start > chunk.start + chunk.overlap && (quietest === undefined || stat.rms <= quietest.rms)) {
        quietest = stat;
      }
    }
    const cut =
      quietest === undefined
        ? this.ring.end
        : quietest.start + Math.floor((quietest.end - quietest.start) / 2);
    out.push(this.emit(chunk, cut, false));
    this.lastCut = { at: cut, chunkStart: chunk.start };
    const start = Math.max(cut - this.samples(this.options.overlapMs), chunk.start);
    let voiced = 0;
    for (const stat of this.recent) {
      if (stat.voiced && stat.end > cut) voiced += stat.end - Math.max(stat.start, cut);
    }
    this.open = { start, overlap: cut - start, lastVoicedEnd: chunk.lastVoicedEnd, voiced };
  }

  private emit(chunk: OpenChunk, cut: number, final: boolean): AudioChunk {
    const index = this.index;
    this.index += 1;
    return {
      index,
      startMs: this.msAt(chunk.start),
      endMs: this.msAt(cut),
      samples: this.ring.read(chunk.start, cut),
      overlapMs: this.ms(chunk.overlap),
      final,
    };
  }

  private samples(ms: number): number {
    return Math.round((ms * this.options.sampleRate) / 1000);
  }

  private ms(samples: number): number {
    return (samples * 1000) / this.options.sampleRate;
  }

  private msAt(sample: number): number {
    return this.anchor.ms + this.ms(sample - this.anchor.sample);
  }
}
