import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { audioInvalid } from './stream-errors';

/** The first executable of that name on PATH, or null: MP3/M4A replays need ffmpeg, nothing else does. */
export function findExecutable(name: string, path: string = process.env['PATH'] ?? ''): string | null {
  const suffixes = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of path.split(delimiter).filter(Boolean))
    for (const suffix of suffixes) {
      const candidate = join(dir, name + suffix);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; try the next folder
      }
    }
  return null;
}

const stderrTailChars = 1000;

/**
 * Decodes any file ffmpeg understands to 16 kHz mono s16le, read as it is produced. ffmpeg blocks on a full
 * pipe while the caller is busy transcribing, so a two-hour replay never sits in memory.
 */
export async function* ffmpegSpeechPcm(ffmpeg: string, path: string): AsyncGenerator<Buffer> {
  const child = spawn(
    ffmpeg,
    [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      path,
      '-vn',
      '-f',
      's16le',
      '-ac',
      '1',
      '-ar',
      '16000',
      '-',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-stderrTailChars);
  });
  const closed = new Promise<{ code: number | null; error: Error | null }>((settle) => {
    child.once('error', (error) => settle({ code: null, error }));
    child.once('close', (code) => settle({ code, error: null }));
  });
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const { code, error } = await closed;
    if (code !== 0)
      throw audioInvalid('decode', `ffmpeg could not decode the file: ${error?.message ?? stderr.trim()}`, {
        code,
      });
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
