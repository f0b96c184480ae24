/**
 * Microphone audio to what whisper reads: mono, 16 kHz.
 *
 * Resampling is a polyphase windowed-sinc filter (Kaiser window), designed once per rate pair. It was chosen
 * over linear interpolation or plain decimation because 48 kHz → 16 kHz folds everything between 8 and
 * 24 kHz (hiss, sibilants, keyboard clicks) back into the speech band unless it is filtered out first; the
 * sinc low-pass removes it and keeps the band whisper uses flat. The cut-off sits at 90 % of the lower
 * Nyquist frequency (7.2 kHz for a 16 kHz output) so the transition band ends near 8 kHz, and the Kaiser
 * window (β = 8.6) holds what still leaks through more than 85 dB down. Rates must be whole numbers whose ratio
 * reduces to at most 2048 phases, which every audio device rate does (44.1 kHz → 16 kHz needs 160).
 */

const zeroCrossings = 16;
const kaiserBeta = 8.6;
const rolloff = 0.9;
const maxPhases = 2048;

/** Averages the channels sample by sample; all channels must be the same length. */
export function downmix(channels: readonly Float32Array[]): Float32Array {
  const first = channels[0];
  if (first === undefined) return new Float32Array(0);
  if (channels.length === 1) return first.slice();
  const mono = new Float32Array(first.length);
  for (const channel of channels) {
    if (channel.length !== first.length) throw new RangeError('Channels differ in length.');
    for (let i = 0; i < mono.length; i += 1) mono[i] = (mono[i] ?? 0) + (channel[i] ?? 0);
  }
  const scale = 1 / channels.length;
  for (let i = 0; i < mono.length; i += 1) mono[i] = (mono[i] ?? 0) * scale;
  return mono;
}

/** One-shot conversion of a whole recording; the same filter as StreamResampler, with silence past both ends. */
export function downmixAndResample(
  channels: readonly Float32Array[],
  fromRate: number,
  toRate = 16000,
): Float32Array {
  const resampler = new StreamResampler(fromRate, toRate);
  const body = resampler.push(downmix(channels));
  const tail = resampler.flush();
  const out = new Float32Array(body.length + tail.length);
  out.set(body);
  out.set(tail, body.length);
  return out;
}

/** Float samples in [-1, 1] to signed 16-bit; louder samples are clipped rather than wrapped around, NaN is 0. */
export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i += 1) {
    const s = samples[i] ?? 0;
    if (Number.isNaN(s)) continue;
    const clamped = Math.max(-1, Math.min(1, s));
    out[i] = Math.round(clamped < 0 ? clamped * 32768 : clamped * 32767);
  }
  return out;
}

/**
 * Resamples a mono stream block by block (an AudioWorklet hands over 128 samples at a time). The filter's
 * history is carried from one block to the next, so the output is the same as resampling the whole
 * recording at once, without a click at block boundaries. Output lags the input by half the filter
 * (about 1.1 ms for 48 kHz → 16 kHz); `flush()` returns that tail at the end of the stream.
 */
export class StreamResampler {
  private readonly up: number;
  private readonly down: number;
  private readonly half: number;
  private readonly taps: number;
  private readonly bank: Float64Array;
  /** Input samples from absolute index `historyStart` on (negative indices are the silence before the start). */
  private history: Float32Array;
  private historyStart: number;
  private inputEnd = 0;
  /** The next output sits at input position `base + phase / up`. */
  private base = 0;
  private phase = 0;

  constructor(fromRate: number, toRate = 16000) {
    for (const rate of [fromRate, toRate]) {
      if (!Number.isInteger(rate) || rate <= 0)
        throw new RangeError(`Sample rate ${rate} is not a whole number of Hz.`);
    }
    const common = gcd(fromRate, toRate);
    this.up = toRate / common;
    this.down = fromRate / common;
    if (this.up > maxPhases) throw new RangeError(`Cannot resample ${fromRate} Hz to ${toRate} Hz.`);
    const cutoff = 0.5 * Math.min(1, this.up / this.down) * rolloff;
    this.half = fromRate === toRate ? 0 : Math.ceil(zeroCrossings / (2 * cutoff));
    this.taps = 2 * this.half + 1;
    this.bank = designBank(this.up, this.half, cutoff);
    this.history = new Float32Array(this.half);
    this.historyStart = -this.half;
  }

  push(chunk: Float32Array): Float32Array {
    const joined = new Float32Array(this.history.length + chunk.length);
    joined.set(this.history);
    joined.set(chunk, this.history.length);
    this.history = joined;
    this.inputEnd += chunk.length;
    return this.drain(this.inputEnd - this.half);
  }

  /**
   * Ends the stream: the outputs still waiting for input past the end, computed with silence there. The
   * resampler then starts over, ready for a new stream.
   */
  flush(): Float32Array {
    const out = this.push(new Float32Array(this.half));
    this.history = new Float32Array(this.half);
    this.historyStart = -this.half;
    this.inputEnd = 0;
    this.base = 0;
    this.phase = 0;
    return out;
  }

  /** Emits every output whose integer input position is below `limit`, then forgets input no longer needed. */
  private drain(limit: number): Float32Array {
    const capacity = Math.max(0, Math.ceil(((limit - this.base) * this.up) / this.down) + 1);
    const out = new Float32Array(capacity);
    const { bank, history, taps, up, down } = this;
    let count = 0;
    while (this.base < limit) {
      const offset = this.base - this.half - this.historyStart;
      const row = this.phase * taps;
      let acc = 0;
      for (let t = 0; t < taps; t += 1) acc += (bank[row + t] ?? 0) * (history[offset + t] ?? 0);
      out[count] = acc;
      count += 1;
      this.phase += down;
      this.base += Math.floor(this.phase / up);
      this.phase %= up;
    }
    const keepFrom = this.base - this.half - this.historyStart;
    if (keepFrom > 0) {
      this.history = this.history.slice(keepFrom);
      this.historyStart += keepFrom;
    }
    return out.slice(0, count);
  }
}

/**
 * One row of `2·half + 1` taps per phase p, for an output between input samples at fractional offset p/up.
 * Each row is scaled to sum to 1 so every phase passes DC at unit gain; otherwise the gain would wobble from
 * one output sample to the next and add a faint tone at the phase rate.
 */
function designBank(up: number, half: number, cutoff: number): Float64Array {
  const taps = 2 * half + 1;
  const bank = new Float64Array(up * taps);
  const norm = besselI0(kaiserBeta);
  for (let p = 0; p < up; p += 1) {
    let sum = 0;
    for (let t = 0; t < taps; t += 1) {
      const d = t - half - p / up;
      const u = half === 0 ? 0 : d / half;
      const window = Math.abs(u) >= 1 ? 0 : besselI0(kaiserBeta * Math.sqrt(1 - u * u)) / norm;
      const x = 2 * cutoff * d;
      const value = (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x)) * window;
      bank[p * taps + t] = value;
      sum += value;
    }
    for (let t = 0; t < taps; t += 1) bank[p * taps + t] = (bank[p * taps + t] ?? 0) / sum;
  }
  return bank;
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const half = x / 2;
  for (let k = 1; term > sum * 1e-12; k += 1) {
    term *= (half / k) * (half / k);
    sum += term;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
