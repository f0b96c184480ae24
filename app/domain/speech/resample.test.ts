import { describe, expect, it } from 'vitest';
import { downmix, downmixAndResample, floatToInt16, StreamResampler } from './resample';

const sine = (hz: number, rate: number, seconds: number, amplitude = 0.5): Float32Array =>
  Float32Array.from(
    { length: Math.round(rate * seconds) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate),
  );

/** Amplitude of the `hz` component (a single DFT bin), skipping the filter's start-up and tail. */
function amplitudeAt(signal: Float32Array, hz: number, rate: number): number {
  const body = signal.subarray(rate / 10, signal.length - rate / 10);
  let re = 0;
  let im = 0;
  body.forEach((v, i) => {
    re += v * Math.cos((2 * Math.PI * hz * i) / rate);
    im += v * Math.sin((2 * Math.PI * hz * i) / rate);
  });
  return (2 * Math.hypot(re, im)) / body.length;
}

function rms(signal: Float32Array): number {
  const body = signal.subarray(signal.length / 10, signal.length - signal.length / 10);
  let sum = 0;
  for (const v of body) sum += v * v;
  return Math.sqrt(sum / body.length);
}

function zeroCrossings(signal: Float32Array): number {
  let count = 0;
  for (let i = 1; i < signal.length; i += 1)
    if ((signal[i - 1] ?? 0) < 0 !== (signal[i] ?? 0) < 0) count += 1;
  return count;
}

function streamed(input: Float32Array, fromRate: number, block: number): Float32Array {
  const resampler = new StreamResampler(fromRate);
  const parts: number[] = [];
  for (let at = 0; at < input.length; at += block)
    parts.push(...resampler.push(input.subarray(at, at + block)));
  parts.push(...resampler.flush());
  return Float32Array.from(parts);
}

describe('downmix', () => {
  it('averages channels sample by sample', () => {
    expect(Array.from(downmix([Float32Array.of(1, 0.5, -1), Float32Array.of(0, 0.5, 0)]))).toEqual([
      0.5, 0.5, -0.5,
    ]);
  });

  it('returns nothing for no channels and refuses channels of different lengths', () => {
    expect(downmix([])).toHaveLength(0);
    expect(() => downmix([new Float32Array(3), new Float32Array(2)])).toThrow(RangeError);
  });
});

describe('downmixAndResample', () => {
  it.each([48000, 44100])('keeps a 1 kHz tone at %i Hz at its frequency and amplitude', (rate) => {
    const out = downmixAndResample([sine(1000, rate, 1)], rate);
    expect(out).toHaveLength(16000);
    expect(amplitudeAt(out, 1000, 16000)).toBeCloseTo(0.5, 2);
    // One second of 1 kHz crosses zero 2000 times.
    expect(Math.abs(zeroCrossings(out) - 2000)).toBeLessThanOrEqual(2);
  });

  it('removes a 12 kHz tone instead of folding it to 4 kHz', () => {
    const out = downmixAndResample([sine(12000, 48000, 1)], 48000);
    expect(rms(out)).toBeLessThan(0.5 * 1e-3);
    expect(amplitudeAt(out, 4000, 16000)).toBeLessThan(1e-3);
  });

  it('removes a 9 kHz tone just above the new Nyquist frequency', () => {
    expect(rms(downmixAndResample([sine(9000, 44100, 1)], 44100))).toBeLessThan(0.5 * 1e-3);
  });

  it('keeps the speech band flat up to 6 kHz', () => {
    const out = downmixAndResample([sine(6000, 48000, 1)], 48000);
    expect(amplitudeAt(out, 6000, 16000)).toBeCloseTo(0.5, 2);
  });

  it('averages stereo channels before resampling', () => {
    const left = sine(1000, 48000, 1, 0.8);
    const right = new Float32Array(left.length);
    expect(amplitudeAt(downmixAndResample([left, right], 48000), 1000, 16000)).toBeCloseTo(0.4, 2);
  });

  it('upsamples 8 kHz to 16 kHz without changing the tone', () => {
    const out = downmixAndResample([sine(1000, 8000, 1)], 8000);
    expect(out).toHaveLength(16000);
    expect(amplitudeAt(out, 1000, 16000)).toBeCloseTo(0.5, 2);
  });

  it('copies audio already at 16 kHz', () => {
    const input = sine(440, 16000, 0.1);
    expect(Array.from(downmixAndResample([input], 16000))).toEqual(Array.from(input));
  });

  it('refuses rates that are not whole numbers of Hz', () => {
    expect(() => downmixAndResample([new Float32Array(4)], 44100.5)).toThrow(RangeError);
    expect(() => new StreamResampler(0)).toThrow(RangeError);
  });
});

describe('StreamResampler', () => {
  it.each([48000, 44100])('gives the one-shot output when fed 128-sample blocks at %i Hz', (rate) => {
    const input = Float32Array.from(sine(440, rate, 0.5), (v, i) => v + 0.2 * Math.sin(i / 7));
    const whole = downmixAndResample([input], rate);
    const blocks = streamed(input, rate, 128);
    expect(blocks).toHaveLength(whole.length);
    let worst = 0;
    whole.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - (blocks[i] ?? NaN)))));
    expect(worst).toBeLessThan(1e-6);
  });

  it('does not click at block boundaries', () => {
    const out = streamed(sine(1000, 48000, 0.5), 48000, 128);
    const body = out.subarray(800, out.length - 800);
    // A 1 kHz tone at 0.5 moves at most 2π·1000/16000·0.5 ≈ 0.2 between samples; a click would jump further.
    for (let i = 1; i < body.length; i += 1)
      expect(Math.abs((body[i] ?? 0) - (body[i - 1] ?? 0))).toBeLessThan(0.2);
  });

  it('starts over after flush', () => {
    const resampler = new StreamResampler(48000);
    const input = sine(1000, 48000, 0.1);
    const first = [...resampler.push(input), ...resampler.flush()];
    const second = [...resampler.push(input), ...resampler.flush()];
    expect(second).toEqual(first);
  });
});

describe('floatToInt16', () => {
  it('scales to the 16-bit range, clipping louder samples and treating NaN as silence', () => {
    expect(Array.from(floatToInt16(Float32Array.of(0, 1, -1, 0.5, -0.5, 2, -3, NaN)))).toEqual([
      0, 32767, -32768, 16384, -16384, 32767, -32768, 0,
    ]);
  });
});
