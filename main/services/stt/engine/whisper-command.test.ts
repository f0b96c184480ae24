import { describe, expect, it } from 'vitest';
import { decodingFlags, quoteForShell, whisperNodeCall } from './whisper-command';

describe('whisper-node call', () => {
  it('quotes paths for a POSIX shell, quotes inside the path included', () => {
    expect(quoteForShell("/tmp/owner's files/a b.wav", 'linux')).toBe(`'/tmp/owner'\\''s files/a b.wav'`);
    expect(quoteForShell('C:\\Users\\店主 A\\a.wav', 'win32')).toBe('"C:\\Users\\店主 A\\a.wav"');
  });

  it('passes threads and greedy decoding after the language, and a Simplified prompt for Mandarin only', () => {
    expect(decodingFlags('en', 3, 'linux')).toBe('en -t 3 -bs 1 -bo 1');
    expect(decodingFlags('auto', 0, 'linux')).toBe('auto -t 1 -bs 1 -bo 1');
    expect(decodingFlags('zh', 1, 'linux')).toBe("zh -t 1 -bs 1 -bo 1 --prompt '以下是普通话的句子。'");
  });

  it('asks for the .vtt file and sends whisper.cpp stderr beside the WAV', () => {
    const call = whisperNodeCall(
      { wavPath: '/tmp/a b/c.wav', modelPath: '/m/x.bin', language: 'en', threads: 2 },
      'linux',
    );
    expect(call).toEqual({
      filePath: "'/tmp/a b/c.wav'",
      options: {
        modelPath: "'/m/x.bin'",
        whisperOptions: { gen_file_vtt: true, language: "en -t 2 -bs 1 -bo 1 2>'/tmp/a b/c.wav.log'" },
      },
    });
  });
});
