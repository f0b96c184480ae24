/**
 * Tells speech from background by loudness, one short window at a time, against a noise floor that follows
 * the room: a quiet back room and a shop with a fridge humming and customers talking both work.
 *
 * The floor drops quickly to a quieter window (the room became quieter, or a pause between words), settles
 * towards the level of windows judged background, and rises slowly (2 dB a second) under sustained loudness.
 * A noise that starts and stays (a fan, music) thus becomes background: 20 dB louder than the room was, after
 * about 6 s. Speech does not, as its pauses keep pulling the floor back down.
 */

export interface EnergyVadOptions {
  sampleRate: number;
  /** How far above the noise floor a window must be to count as speech. */
  thresholdDb: number;
  /** Quietest level counted as speech (RMS, full scale = 1), however quiet the room. */
  minSpeechRms: number;
}

export interface WindowLevel {
  /** RMS of the window, full scale = 1. */
  rms: number;
  voiced: boolean;
}

/** Below this (-80 dBFS) the floor stops falling: digital silence must not make a breath count as speech. */
const lowestFloor = 1e-4;
const fallRate = 0.5;
const settleRate = 0.1;
const riseDbPerSecond = 2;

export class EnergyVad {
  private floor: number | null = null;
  private readonly ratio: number;

  constructor(private readonly options: EnergyVadOptions) {
    this.ratio = 10 ** (options.thresholdDb / 20);
  }

  /**
   * Judges one window and updates the floor. The first window seeds the floor, since a capture normally
   * starts before anyone speaks; if it does not, the floor falls to the first pause between words.
   */
  classify(window: Int16Array): WindowLevel {
    const rms = rmsOf(window);
    const floor = this.floor ?? Math.max(rms, lowestFloor);
    const voiced = rms > Math.max(floor * this.ratio, this.options.minSpeechRms);
    const seconds = window.length / this.options.sampleRate;
    let next: number;
    if (rms < floor) next = floor + (rms - floor) * fallRate;
    else if (!voiced) next = floor + (rms - floor) * settleRate;
    else next = Math.min(rms, floor * 10 ** ((riseDbPerSecond * seconds) / 20));
    this.floor = Math.max(next, lowestFloor);
    return { rms, voiced };
  }
}

export function rmsOf(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length) / 32768;
}
