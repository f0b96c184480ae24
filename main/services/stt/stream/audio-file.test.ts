import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffAudio } from './audio-file';
import { PcmToSpeech } from './pcm-bytes';
import { readWavLayout, writeSpeechWav } from './wav-format';

describe('sniffAudio', () => {
  it('knows sound files by their first bytes, not their names', () => {
    const head = (text: string, at = 0) =>
      Buffer.concat([Buffer.alloc(at), Buffer.from(text, 'latin1'), Buffer.alloc(16)]);
    expect(sniffAudio(head('RIFF\0\0\0\0WAVE'))).toBe('wav');
    expect(sniffAudio(head('ID3\x04'))).toBe('compressed');
    expect(sniffAudio(Buffer.from([0xff, 0xfb, 0x90, 0x64]))).toBe('compressed');
    expect(sniffAudio(head('ftypM4A ', 4))).toBe('compressed');
    expect(sniffAudio(head('OggS'))).toBe('compressed');
    expect(sniffAudio(head('订单,数量\n'))).toBeNull();
    expect(sniffAudio(head('RIFF\0\0\0\0AVI '))).toBeNull();
    expect(sniffAudio(Buffer.alloc(0))).toBeNull();
  });
});

describe('WAV files', () => {
  it('writes what it reads back, and finds the data after extra chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stt wav '));
    const path = join(dir, 'a b.wav');
    await writeSpeechWav(path, Int16Array.from([1, -2, 3]));
    const file = await open(path, 'r');
    expect(await readWavLayout(file, 50)).toMatchObject({
      format: 1,
      channels: 1,
      sampleRate: 16_000,
      bitsPerSample: 16,
      dataOffset: 44,
      dataBytes: 6,
    });
    await file.close();
    const withList = Buffer.concat([
      Buffer.from('RIFF\0\0\0\0WAVE', 'latin1'),
      Buffer.from('LIST\x03\0\0\0abc\0', 'latin1'),
      readFileSync(path).subarray(12),
    ]);
    writeFileSync(path, withList);
    const again = await open(path, 'r');
    expect(await readWavLayout(again, withList.length)).toMatchObject({ dataOffset: 56, dataBytes: 6 });
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('PcmToSpeech', () => {
  it('keeps a frame split across reads whole', () => {
    const stereo = new PcmToSpeech(2, 16_000);
    const bytes = Buffer.from(Int16Array.from([100, 300, -100, -300]).buffer);
    const first = stereo.push(bytes.subarray(0, 3));
    const second = stereo.push(bytes.subarray(3));
    expect([...first, ...second]).toEqual([200, -200]);
  });

  it('resamples 48 kHz to a third as many samples', () => {
    const converter = new PcmToSpeech(1, 48_000);
    const out = converter.push(Buffer.alloc(48_000 * 2));
    expect(out.length + converter.flush().length).toBe(16_000);
  });
});
