import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ffmpegSpeechPcm } from './ffmpeg';
import { PcmToSpeech } from './pcm-bytes';
import { audioInvalid } from './stream-errors';
import { isPcm16, readWavLayout, type WavLayout } from './wav-format';

export type AudioKind = 'wav' | 'compressed';

const sniffBytes = 16;

/** Recognizes a sound file by its first bytes, never by its name: owners rename files. */
export function sniffAudio(head: Buffer): AudioKind | null {
  const text = (start: number, end: number) => head.toString('latin1', start, end);
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WAVE') return 'wav';
  const mpegSync = head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0;
  const matroska = head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
  const known = ['ID3', 'OggS', 'fLaC', 'FORM', '#!AMR'].some((magic) => text(0, magic.length) === magic);
  if (mpegSync || matroska || known || text(4, 8) === 'ftyp') return 'compressed';
  return null;
}

/**
 * Opens a recording as 16 kHz mono 16-bit samples, read lazily as the caller pulls. Checks everything it
 * can before returning, so a bad file fails the command instead of the stream.
 */
export async function openAudioFile(path: string, ffmpeg: string | null): Promise<AsyncIterable<Int16Array>> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw audioInvalid('unreadable', `The file cannot be opened: ${String(error)}`, { path });
  }
  let layout: WavLayout | null = null;
  let kind: AudioKind | null;
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(sniffBytes);
    await file.read(head, 0, sniffBytes, 0);
    kind = sniffAudio(head);
    if (kind === 'wav') layout = await readWavLayout(file, size);
  } finally {
    await file.close();
  }
  if (kind === null || (kind === 'wav' && layout === null))
    throw audioInvalid('notAudio', 'The file is not a sound recording', { path });
  if (layout !== null && isPcm16(layout)) return wavSamples(path, layout);
  if (ffmpeg === null)
    throw audioInvalid('needsFfmpeg', 'Reading this kind of recording needs ffmpeg installed', { path });
  return decodedSamples(ffmpeg, path);
}

async function* wavSamples(path: string, layout: WavLayout): AsyncGenerator<Int16Array> {
  const converter = new PcmToSpeech(layout.channels, layout.sampleRate);
  if (layout.dataBytes === 0) return;
  const stream = createReadStream(path, {
    start: layout.dataOffset,
    end: layout.dataOffset + layout.dataBytes - 1,
    highWaterMark: 256 * 1024,
  });
  for await (const bytes of stream) yield converter.push(bytes as Buffer);
  yield converter.flush();
}

async function* decodedSamples(ffmpeg: string, path: string): AsyncGenerator<Int16Array> {
  const converter = new PcmToSpeech(1, 16_000);
  for await (const bytes of ffmpegSpeechPcm(ffmpeg, path)) yield converter.push(bytes);
}
