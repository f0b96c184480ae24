import { downmix, floatToInt16, StreamResampler } from '../../../../app/domain/speech';
import { speechRate } from './wav-format';

/**
 * 16-bit samples out of little-endian bytes, copied so they are aligned whatever the Buffer's offset. Every
 * platform the app ships on is little-endian, so the copy needs no byte swapping.
 */
export function int16FromBytes(bytes: Buffer): Int16Array {
  const copy = new Uint8Array(bytes.length & ~1);
  copy.set(bytes.subarray(0, copy.length));
  return new Int16Array(copy.buffer);
}

/**
 * Turns a byte stream of interleaved 16-bit PCM at any rate and channel count into 16 kHz mono samples.
 * Stream reads split frames anywhere, so the bytes of an incomplete frame wait for the next read.
 */
export class PcmToSpeech {
  private carry: Buffer = Buffer.alloc(0);
  private readonly frameBytes: number;
  private readonly resampler: StreamResampler | null;

  constructor(
    private readonly channels: number,
    sampleRate: number,
  ) {
    this.frameBytes = channels * 2;
    this.resampler = sampleRate === speechRate ? null : new StreamResampler(sampleRate, speechRate);
  }

  push(bytes: Buffer): Int16Array {
    const joined = this.carry.length === 0 ? bytes : Buffer.concat([this.carry, bytes]);
    const usable = joined.length - (joined.length % this.frameBytes);
    this.carry = Buffer.from(joined.subarray(usable));
    return this.convert(int16FromBytes(joined.subarray(0, usable)));
  }

  /** The resampler's last few milliseconds, at the end of the file. */
  flush(): Int16Array {
    return this.resampler === null ? new Int16Array(0) : floatToInt16(this.resampler.flush());
  }

  private convert(interleaved: Int16Array): Int16Array {
    if (this.channels === 1 && this.resampler === null) return interleaved;
    const frames = interleaved.length / this.channels;
    const channels = Array.from({ length: this.channels }, (_, channel) => {
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame += 1)
        samples[frame] = (interleaved[frame * this.channels + channel] ?? 0) / 32768;
      return samples;
    });
    const mono = downmix(channels);
    return floatToInt16(this.resampler === null ? mono : this.resampler.push(mono));
  }
}
