import { describe, expect, it } from 'vitest';
import { EnergyVad, rmsOf } from './energy-vad';
import { noise, silence, tone } from './test-audio';

const options = { sampleRate: 16000, thresholdDb: 8, minSpeechRms: 0.004 };
const window = (audio: Int16Array, i: number): Int16Array => audio.subarray(i * 480, (i + 1) * 480);

/** Which of the 30 ms windows of `audio` the VAD calls speech. */
function judge(vad: EnergyVad, audio: Int16Array): boolean[] {
  return Array.from(
    { length: Math.floor(audio.length / 480) },
    (_, i) => vad.classify(window(audio, i)).voiced,
  );
}

describe('rmsOf', () => {
  it('is 1/√2 of the amplitude for a sine and 0 for silence or nothing', () => {
    expect(rmsOf(tone(30, 0.5))).toBeCloseTo(0.5 / Math.SQRT2, 3);
    expect(rmsOf(silence(30))).toBe(0);
    expect(rmsOf(new Int16Array(0))).toBe(0);
  });
});

describe('EnergyVad', () => {
  it('never calls digital silence or faint hiss speech', () => {
    const vad = new EnergyVad(options);
    expect(judge(vad, silence(3000))).not.toContain(true);
    expect(judge(vad, noise(3000, 0.003))).not.toContain(true);
  });

  it('hears speech above a quiet room but not below minSpeechRms', () => {
    const vad = new EnergyVad(options);
    judge(vad, noise(1000, 0.001));
    expect(judge(vad, tone(300, 0.03))).not.toContain(false);
    expect(judge(vad, tone(300, 0.004))).not.toContain(true);
  });

  it('judges against the noise of a shop: its hum is not speech, a voice over it is', () => {
    const vad = new EnergyVad(options);
    expect(judge(vad, noise(2000, 0.1))).not.toContain(true);
    expect(judge(vad, tone(300, 0.6))).not.toContain(false);
    // A voice barely louder than the shop (≈ +3 dB) is not above the 8 dB threshold.
    expect(judge(vad, tone(300, 0.08))).not.toContain(true);
  });

  it('takes a noise that starts and stays as background after a while', () => {
    const vad = new EnergyVad(options);
    judge(vad, noise(1000, 0.001));
    const loud = judge(vad, noise(30_000, 0.05, 7));
    expect(loud[0]).toBe(true);
    expect(loud.slice(-100)).not.toContain(true);
  });

  it('lets the floor fall back when the room becomes quiet again', () => {
    const vad = new EnergyVad(options);
    judge(vad, noise(2000, 0.1));
    judge(vad, silence(300));
    expect(judge(vad, tone(300, 0.03))).not.toContain(false);
  });
});
