import { resolve } from 'node:path';
import type { SttLanguage, TranscribeJob } from './engine';

/** What whisper-node's `whisper(filePath, options)` is called with. */
export interface WhisperNodeCall {
  filePath: string;
  options: { modelPath: string; whisperOptions: { gen_file_vtt: true; language: string } };
}

/** whisper-node pastes paths into a shell command unquoted, so a folder name with a space splits them. */
export function quoteForShell(value: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return `"${value}"`;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A Simplified-Chinese prompt: the small multilingual models otherwise often answer Mandarin in Traditional
 * characters and without punctuation, which mainland viewers read as wrong.
 */
const mandarinPrompt = '以下是普通话的句子。';

/**
 * The flags whisper-node has no option for ride after the language, since it appends `-l <language>` verbatim:
 * - `-t` the caller's thread count, where whisper-node would leave whisper.cpp's default of up to 4 (all
 *   cores on a 2–4 core laptop that is also running OBS);
 * - `-bs 1` greedy decoding instead of a 5-wide beam: several times less decoding work per chunk, for a small
 *   accuracy cost, so captions keep up with speech on a laptop CPU;
 * - `-bo 1` one sample per temperature fallback instead of 5, which bounds the worst case on noisy audio
 *   (music, crowd) while keeping the fallback that breaks repetition loops.
 */
export function decodingFlags(language: SttLanguage, threads: number, platform: NodeJS.Platform): string {
  const flags = `${language} -t ${Math.max(1, Math.floor(threads))} -bs 1 -bo 1`;
  return language === 'zh' ? `${flags} --prompt ${quoteForShell(mandarinPrompt, platform)}` : flags;
}

/** whisper.cpp names the file `-ovtt` writes after its input. */
export function vttPathFor(wavPath: string): string {
  return `${resolve(wavPath)}.vtt`;
}

/**
 * Where whisper.cpp's stderr goes. whisper-node only shows stderr when the exit code is not 0, but
 * whisper.cpp exits with 0 after "failed to read WAV file", so its own words are kept in a file instead.
 */
export function logPathFor(wavPath: string): string {
  return `${resolve(wavPath)}.log`;
}

export function whisperNodeCall(
  job: TranscribeJob,
  platform: NodeJS.Platform = process.platform,
): WhisperNodeCall {
  return {
    filePath: quoteForShell(resolve(job.wavPath), platform),
    options: {
      modelPath: quoteForShell(resolve(job.modelPath), platform),
      whisperOptions: {
        gen_file_vtt: true,
        language: `${decodingFlags(job.language, job.threads, platform)} 2>${quoteForShell(logPathFor(job.wavPath), platform)}`,
      },
    },
  };
}
