import type { FileHandle } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';

export const speechRate = 16_000;

/** The 44-byte header of a mono 16-bit PCM WAV holding `dataBytes` of samples. */
export function monoWavHeader(dataBytes: number, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** Writes 16 kHz mono 16-bit samples as the WAV file whisper.cpp reads. */
export async function writeSpeechWav(path: string, samples: Int16Array): Promise<void> {
  const dataBytes = samples.length * 2;
  await writeFile(
    path,
    Buffer.concat([
      monoWavHeader(dataBytes, speechRate),
      Buffer.from(samples.buffer, samples.byteOffset, dataBytes),
    ]),
  );
}

export interface WavLayout {
  /** 1 PCM, 3 float, 0xFFFE extensible (its sub-format is in `subFormat`). */
  format: number;
  subFormat: number | null;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataOffset: number;
  /** Bytes of sound, bounded by the file: recorders that were cut off leave 0 or 0xFFFFFFFF here. */
  dataBytes: number;
}

const maxChunksScanned = 64;

/** Finds the `fmt ` and `data` chunks of a RIFF/WAVE file by seeking, without reading the sound; null if broken. */
export async function readWavLayout(file: FileHandle, fileSize: number): Promise<WavLayout | null> {
  const head = Buffer.alloc(8);
  let fmt: Omit<WavLayout, 'dataOffset' | 'dataBytes'> | null = null;
  let offset = 12;
  for (let scanned = 0; scanned < maxChunksScanned && offset + 8 <= fileSize; scanned += 1) {
    await file.read(head, 0, 8, offset);
    const id = head.toString('latin1', 0, 4);
    const size = head.readUInt32LE(4);
    if (id === 'fmt ') {
      const body = Buffer.alloc(Math.min(size, 40));
      await file.read(body, 0, body.length, offset + 8);
      if (body.length < 16) return null;
      const format = body.readUInt16LE(0);
      fmt = {
        format,
        subFormat: format === 0xfffe && body.length >= 26 ? body.readUInt16LE(24) : null,
        channels: body.readUInt16LE(2),
        sampleRate: body.readUInt32LE(4),
        bitsPerSample: body.readUInt16LE(14),
      };
    } else if (id === 'data') {
      if (fmt === null) return null;
      const available = fileSize - (offset + 8);
      const dataBytes = size === 0 || size > available ? available : size;
      return { ...fmt, dataOffset: offset + 8, dataBytes };
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}

/** 16-bit integer PCM, the one WAV flavour read here without ffmpeg. */
export function isPcm16(layout: WavLayout): boolean {
  const pcm = layout.format === 1 || (layout.format === 0xfffe && layout.subFormat === 1);
  return pcm && layout.bitsPerSample === 16 && layout.channels > 0 && layout.sampleRate > 0;
}
