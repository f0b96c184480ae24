import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What would ship: electron-builder --dir packs the built app against a placeholder Electron (the real binary
 * cannot be downloaded here), and this reads the resulting app.asar.
 */
const root = resolve(import.meta.dirname, '../..');
let entries: string[] = [];
let unpackedDir = '';

beforeAll(() => {
  if (!existsSync(join(root, 'out/main/index.js')))
    throw new Error('run npm run build before the packaging check');
  const electronDist = mkdtempSync(join(tmpdir(), 'linli-electron-dist-'));
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  const output = mkdtempSync(join(tmpdir(), 'linli-pack-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      '-c.electronVersion=45.5.0',
      `-c.directories.output=${output}`,
    ],
    { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  unpackedDir = join(
    output,
    readdirSync(output).find((name) => name.endsWith('-unpacked')) ?? 'linux-unpacked',
  );
  entries = listPackage(join(unpackedDir, 'resources/app.asar'), { isPack: false }).map((entry) =>
    entry.replace(/\\/g, '/'),
  );
}, 180_000);

describe('the packaged app', () => {
  it('holds the three bundles and the manifest that points at main', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(entries).toContain(file);
    }
  });

  it('carries the runtime dependencies of main and nothing the bundles already contain', () => {
    expect(entries).toContain('/node_modules/ws/package.json');
    expect(entries).toContain('/node_modules/zod/package.json');
    for (const bundled of ['react', 'rxdb', 'dexie', 'vite', 'electron', 'typescript', 'playwright-core']) {
      expect(entries.some((entry) => entry.startsWith(`/node_modules/${bundled}/`))).toBe(false);
    }
  });

  it('leaves sources, tests, benchmarks and tooling out', () => {
    const leaked = entries.filter(
      (entry) =>
        /^\/(app|main|renderer|plugins|bench|scripts|\.ci)\//.test(entry) ||
        /\.(test|spec)\.|\.map$|tsconfig/.test(entry),
    );
    expect(leaked).toEqual([]);
  });

  it('names the executable and keeps the renderer loadable from app://', () => {
    expect(existsSync(join(unpackedDir, 'linli-workbench'))).toBe(true);
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(entry))).toBe(true);
  });
});
