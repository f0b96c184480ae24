/** Hand-built 16 kHz PCM for the chunker's tests: tones stand in for speech, zeros and noise for silence. */

export const rate = 16000;

const samplesIn = (ms: number): number => Math.round((ms * rate) / 1000);

export function tone(ms: number, amplitude = 0.3, hz = 200): Int16Array {
  return Int16Array.from({ length: samplesIn(ms) }, (_, i) =>
    Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * hz * i) / rate)),
  );
}

export function silence(ms: number): Int16Array {
  return new Int16Array(samplesIn(ms));
}

/** Uniform noise in ±amplitude from a fixed seed, so every run hears the same shop. */
export function noise(ms: number, amplitude: number, seed = 1): Int16Array {
  let state = seed;
  return Int16Array.from({ length: samplesIn(ms) }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.round((state / 2 ** 32 - 0.5) * 2 * amplitude * 32767);
  });
}

export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Sample-wise sum, clipped to 16 bits; `b` may be shorter. */
export function mix(a: Int16Array, b: Int16Array): Int16Array {
  return Int16Array.from(a, (v, i) => Math.max(-32768, Math.min(32767, v + (b[i] ?? 0))));
}

/** Splits audio into consecutive frames of the given lengths, repeating the list as needed. */
export function frames(audio: Int16Array, lengths: readonly number[]): Int16Array[] {
  const out: Int16Array[] = [];
  for (let at = 0, i = 0; at < audio.length; i += 1) {
    const length = lengths[i % lengths.length] ?? audio.length;
    out.push(audio.subarray(at, at + length));
    at += length;
  }
  return out;
}

export function sampleAt(ms: number): number {
  return samplesIn(ms);
}
