import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchPageRoot = fileURLToPath(new URL('../db-page/', import.meta.url));

export interface AppBuild {
  rendererDir: string;
  hostScript: string;
}

const outBuild: AppBuild = {
  rendererDir: join(repoRoot, 'out', 'renderer'),
  hostScript: join(repoRoot, 'out', 'main', 'node-host.js'),
};

/** What the app bundle is made of; anything newer than out/ means out/ no longer matches the sources. */
const sourceRoots = [
  'app',
  'main',
  'renderer/src',
  'renderer/index.html',
  'electron.vite.config.ts',
  'package.json',
];

function newestSource(path: string): { path: string; mtimeMs: number } {
  const info = statSync(path);
  if (!info.isDirectory()) return { path, mtimeMs: info.mtimeMs };
  let newest = { path, mtimeMs: 0 };
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.includes('.test.')) continue;
    const candidate = newestSource(join(path, entry));
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

function electronViteBuild(extraArgs: string[]): void {
  // Output goes to stderr so stdout carries only the benchmark's figures.
  const result = spawnSync('npx', ['electron-vite', 'build', ...extraArgs], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${String(result.status)})`);
}

/**
 * The app to benchmark. out/ when it is there and current. When it is missing it is built, as
 * `npm run build` would. When sources changed since, the app is built into `workDir` instead: the bench
 * page is always built from the current sources, and an older app bundle opening a database written with
 * a newer schema fails (or migrates 100k orders), which would measure nothing. out/ itself is left to
 * whoever else works in this tree.
 */
export function appBuildFor(workDir: string): AppBuild {
  const outIndex = join(outBuild.rendererDir, 'index.html');
  if (!existsSync(outIndex) || !existsSync(outBuild.hostScript)) {
    console.error('[bench] out/ is missing: running electron-vite build');
    electronViteBuild([]);
    return outBuild;
  }
  const builtAt = Math.min(statSync(outIndex).mtimeMs, statSync(outBuild.hostScript).mtimeMs);
  const newest = sourceRoots
    .map((root) => join(repoRoot, root))
    .filter((path) => existsSync(path))
    .map(newestSource)
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs <= builtAt) return outBuild;
  const privateOut = join(workDir, 'app-build');
  console.error(
    `[bench] out/ is older than ${relative(repoRoot, newest.path)}: building the app into a temp folder`,
  );
  electronViteBuild(['--outDir', privateOut]);
  // The host bundle imports its dependencies (ws) at run time and is an ES module, as in the repo.
  symlinkSync(join(repoRoot, 'node_modules'), join(privateOut, 'node_modules'), 'dir');
  writeFileSync(join(privateOut, 'package.json'), '{ "type": "module" }\n');
  return { rendererDir: join(privateOut, 'renderer'), hostScript: join(privateOut, 'main', 'node-host.js') };
}

/**
 * One folder with the built app at / and the bench page at /bench/: served by one host they share an
 * origin, and with it the IndexedDB databases the bench page fills and the app later opens.
 */
export async function assembleSite(app: AppBuild, siteDir: string): Promise<string> {
  await cp(app.rendererDir, siteDir, { recursive: true });
  await build({
    configFile: false,
    root: benchPageRoot,
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: join(siteDir, 'bench'),
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
    },
  });
  return siteDir;
}
