import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findExecutable } from '../../stream/ffmpeg';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** The random-weight whisper model beside the project (../shared/data/models), or null. */
export function toyModelPath(): string | null {
  const path = join(projectRoot, '..', 'shared', 'data', 'models', 'toy-random-whisper-ggml.bin');
  return existsSync(path) ? path : null;
}

/** Why the real-pipeline tests cannot run here, or null when they can. */
export function realPipelineMissing(tools: readonly string[] = ['espeak-ng', 'sox']): string | null {
  if (toyModelPath() === null)
    return 'the toy model ../shared/data/models/toy-random-whisper-ggml.bin is absent';
  const missing = tools.filter((tool) => findExecutable(tool) === null);
  if (missing.length > 0)
    return `${missing.join(', ')} missing (bash scripts/ensure-test-deps.sh installs them)`;
  return null;
}

/** Mandarin speech from espeak-ng, as the 16 kHz mono 16-bit WAV the captions pipeline expects. */
export function mandarinWav(dir: string, name: string, text: string): string {
  const raw = join(dir, `${name}.raw.wav`);
  const wav = join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-v', 'cmn', '-w', raw, text]);
  execFileSync('sox', ['-V1', raw, '-r', '16000', '-c', '1', '-b', '16', wav]);
  return wav;
}

/** Runs sox with these arguments (silence, repeats, resampling of test files). */
export function sox(...args: string[]): void {
  execFileSync('sox', ['-V1', ...args]);
}

/** Length of a 16 kHz mono 16-bit WAV with a 44-byte header, in ms. */
export function speechWavMs(bytes: number): number {
  return (bytes - 44) / 32;
}

export const sampleSentences = [
  '大家好，欢迎来到我们的直播间。',
  '今天的苹果五块钱一斤，草莓十二块钱一盒。',
  '需要的朋友请在评论区留言，我们下午三点开始配送。',
];
