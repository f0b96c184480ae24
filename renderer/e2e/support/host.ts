import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const hostScript = resolve('out/main/node-host.js');

export interface StartedHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  stop(): Promise<void>;
}

/** A free loopback port: each test gets its own origin, hence its own IndexedDB. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the real browser-mode host (the built one, as `npm start` runs it) and reads its launch URL. */
export async function startHost(port: number): Promise<StartedHost> {
  if (!existsSync(hostScript)) throw new Error(`${hostScript} is missing: run npm run build first`);
  // Main's own files (OBS settings, secrets) per test, never the developer's real ones.
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-host-'));
  const child = spawn(
    process.execPath,
    [hostScript, '--port', String(port), '--data-dir', dataDir, '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolveLine, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolveLine(stdout.slice(0, newline));
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  const info = JSON.parse(line) as { url: string; origin: string; token: string };
  return { ...info, port, stop: () => stopProcess(child) };
}
