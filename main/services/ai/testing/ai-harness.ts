import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import {
  AppError,
  commands,
  events,
  type EventName,
  type ParamsOf,
  type PayloadOf,
  type ResultOf,
} from '../../../../app/contract';
import { silentLogger } from '../../../../app/rpc/logger';
import { createSecretStore } from '../../secrets/secret-store';
import type { AiCommandName } from '../ai-handlers';
import { createAiService, type AiService, type AiServiceOptions } from '../ai-service';

export const tinyModelPath = resolve(
  import.meta.dirname,
  '../../../../../shared/data/models/tiny-random-qwen2-f16.gguf',
);

export interface Recorded {
  event: EventName;
  payload: unknown;
  /** performance.now() when the event was emitted. */
  at: number;
}

/**
 * The real AI service in a temporary data folder, called the way the RPC server calls it (params and
 * results through the contract's schemas), with every emitted event recorded.
 */
export class AiHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'linli-ai-'));
  readonly events: Recorded[] = [];
  readonly secrets = createSecretStore(this.dir);
  readonly service: AiService;

  constructor(local?: AiServiceOptions['local']) {
    this.service = createAiService({
      dataDir: this.dir,
      secrets: this.secrets,
      logger: silentLogger,
      emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => {
        const checked: unknown = events[event].payload.parse(payload);
        this.events.push({ event, payload: checked, at: performance.now() });
      },
      ...(local === undefined ? {} : { local }),
    });
  }

  async call<N extends AiCommandName>(name: N, params: ParamsOf<N>): Promise<ResultOf<N>> {
    const spec = commands[name];
    const parsed = spec.params.parse(params) as z.output<(typeof commands)[N]['params']>;
    const handler = this.service.handlers[name] as (p: typeof parsed) => Promise<ResultOf<N>> | ResultOf<N>;
    return spec.result.parse(await handler(parsed)) as ResultOf<N>;
  }

  /** The AppError a call fails with; success fails the test. */
  async failure<N extends AiCommandName>(name: N, params: ParamsOf<N>): Promise<AppError> {
    const outcome: unknown = await this.call(name, params).then(
      () => null,
      (error: unknown) => error,
    );
    if (!(outcome instanceof AppError)) throw new Error(`expected an AppError, got ${String(outcome)}`);
    return outcome;
  }

  deltas(requestId: string): Recorded[] {
    return this.events.filter(
      (entry) =>
        entry.event === 'ai.textGenerated' &&
        (entry.payload as PayloadOf<'ai.textGenerated'>).requestId === requestId,
    );
  }

  deltaText(requestId: string): string {
    return this.deltas(requestId)
      .map((entry) => (entry.payload as PayloadOf<'ai.textGenerated'>).text)
      .join('');
  }

  localStates(): string[] {
    return this.events
      .filter((entry) => entry.event === 'ai.localStateChanged')
      .map((entry) => (entry.payload as PayloadOf<'ai.localStateChanged'>).state);
  }

  async waitFor(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      if (performance.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 10));
    }
  }

  async dispose(): Promise<void> {
    await this.service.dispose();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
