import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface HostLaunch {
  url: string;
  origin: string;
  token: string;
}

export interface RunningHost extends HostLaunch {
  stop(): Promise<void>;
}

function isHostLaunch(value: unknown): value is HostLaunch {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['url'] === 'string' &&
    typeof record['origin'] === 'string' &&
    typeof record['token'] === 'string'
  );
}

/**
 * Starts the real browser-mode host (`out/main/node-host.js --json`) and resolves with the line it prints
 * once it listens. Its log goes to a short tail that is only shown when the start fails.
 */
export function startHost(options: {
  hostScript: string;
  port: number;
  rendererDir: string;
}): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [options.hostScript, '--port', String(options.port), '--renderer-dir', options.rendererDir, '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const tail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    tail.push(chunk);
    if (tail.length > 20) tail.shift();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  return new Promise<RunningHost>((resolve, reject) => {
    const fail = (reason: string) => {
      void stop();
      reject(new Error(`node host did not start: ${reason}\n${tail.join('').trim()}`));
    };
    const timer = setTimeout(() => fail('no JSON line within 20 s'), 20_000);
    const onEarlyExit = (code: number | null) => {
      clearTimeout(timer);
      fail(`exited with ${String(code)}`);
    };
    child.once('exit', onEarlyExit);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const parsed: unknown = JSON.parse(line);
      if (!isHostLaunch(parsed)) return;
      clearTimeout(timer);
      child.off('exit', onEarlyExit);
      resolve({ ...parsed, stop });
    });
  });
}
