import { monoWavHeader } from '../../stt/stream/wav-format';

/** A 16-bit mono PCM WAV of a sine tone: audio for OBS's media source without any tool installed. */
export function sineWav(seconds: number, frequency = 440, sampleRate = 48_000, amplitude = 0.5): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples * 2);
  for (let index = 0; index < samples; index += 1)
    data.writeInt16LE(
      Math.round(Math.sin((2 * Math.PI * frequency * index) / sampleRate) * amplitude * 32767),
      index * 2,
    );
  return Buffer.concat([monoWavHeader(data.length, sampleRate), data]);
}
