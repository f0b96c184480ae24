import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventName, PayloadOf } from '../../../../app/contract';
import { silentLogger } from '../../../../app/rpc/logger';
import { createSecretStore } from '../../secrets/secret-store';
import { createObsService, type ObsService } from '../obs-service';

export interface RealObs {
  home: string;
  host: string;
  port: number;
  password: string;
  recordDir: string;
}

const home = resolve(process.env['LINLI_OBS_HOME'] ?? '/tmp/linli-obs');

/** The OBS that scripts/obs-ci.sh started, or null (then the suite skips and says why). */
export function realObs(): RealObs | null {
  const file = join(home, 'env');
  if (!existsSync(file)) return null;
  const env = Object.fromEntries(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const url = new URL(env['LINLI_OBS_URL'] ?? '');
  return {
    home,
    host: url.hostname,
    port: Number(url.port),
    password: env['LINLI_OBS_PASSWORD'] ?? '',
    recordDir: env['LINLI_OBS_RECORD_DIR'] ?? '',
  };
}

export const noObsReason = `no OBS running: start one with scripts/obs-ci.sh start (LINLI_OBS_HOME=${home})`;

/** Runs scripts/obs-ci.sh (kill, start…) against the same OBS the suite uses. */
export function obsCi(command: 'kill' | 'start' | 'status'): string {
  return execFileSync('bash', ['scripts/obs-ci.sh', command], {
    env: { ...process.env, LINLI_OBS_HOME: home },
    encoding: 'utf8',
  });
}

interface Seen {
  event: EventName;
  payload: unknown;
  at: number;
}

/** The real OBS service, as composition.ts builds it, with every event it emits recorded. */
export class ObsHarness {
  readonly events: Seen[] = [];
  readonly service: ObsService;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'linli-obs-test-'));

  constructor(options: { tickMs?: number; backoffMs?: readonly number[] } = {}) {
    this.service = createObsService({
      dataDir: this.dataDir,
      secrets: createSecretStore(this.dataDir),
      logger: silentLogger,
      platform: process.platform,
      emit: (event, payload) => this.events.push({ event, payload, at: Date.now() }),
      ...options,
    });
  }

  get handlers(): ObsService['handlers'] {
    return this.service.handlers;
  }

  /** Resolves with the first event (recorded from `since` on) that matches, or fails after `timeoutMs`. */
  async waitFor<N extends EventName>(
    event: N,
    accept: (payload: PayloadOf<N>) => boolean,
    timeoutMs = 10_000,
    since = 0,
  ): Promise<PayloadOf<N> & { seenAt: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(
        (seen) => seen.at >= since && seen.event === event && accept(seen.payload as PayloadOf<N>),
      );
      if (found) return { ...(found.payload as PayloadOf<N>), seenAt: found.at };
      if (Date.now() > deadline) throw new Error(`no ${event} within ${timeoutMs} ms`);
      await new Promise((wake) => setTimeout(wake, 20));
    }
  }

  async connect(obs: RealObs, password = obs.password): Promise<void> {
    await this.handlers['obs.saveConfig']({ host: obs.host, port: obs.port, password, autoConnect: false });
    await this.handlers['obs.connect']({});
  }

  dispose(): Promise<void> {
    return this.service.dispose();
  }
}
