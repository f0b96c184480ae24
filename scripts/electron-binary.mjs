import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where Electron's binary is, or null. Reads electron's own path.txt instead of `require('electron')`,
 * because that require downloads the binary, which fails on machines without internet.
 */
export function electronBinary(root = process.cwd()) {
  const dir = resolve(root, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
