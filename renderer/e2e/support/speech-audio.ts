import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The random-weight whisper model shared beside the project (never copied into it). */
export const toyWhisperModel = resolve('../shared/data/models/toy-random-whisper-ggml.bin');

function has(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Mandarin spoken by espeak-ng, with a second of silence after it so the chunker sees the end of speech,
 * as 16-bit mono WAV (what Chromium's fake microphone plays in a loop). Null when the tools are missing.
 */
export function mandarinWav(text: string): string | null {
  if (!has('espeak-ng') || !has('sox')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'linli speech '));
  const raw = join(dir, 'espeak.wav');
  const wav = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'cmn', '-w', raw, text]);
  execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', wav, 'pad', '0.2', '1.5']);
  return existsSync(wav) ? wav : null;
}
