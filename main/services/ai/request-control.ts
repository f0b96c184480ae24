import type { AppError } from '../../../app/contract/errors';
import { cancelled, timedOut } from './ai-errors';

export type StopReason = 'cancelled' | 'firstToken' | 'total';

export interface Deadlines {
  firstTokenMs: number;
  totalMs: number;
}

/**
 * One abort signal per request that fires on ai.cancel, on the first-token deadline and on the total
 * deadline, and remembers which one fired: a provider that hangs (before or while streaming) never holds
 * the caller longer than the deadline.
 */
export class RequestControl {
  private readonly controller = new AbortController();
  private reason: StopReason | null = null;
  private readonly firstTokenTimer: NodeJS.Timeout;
  private readonly totalTimer: NodeJS.Timeout;

  constructor(
    readonly requestId: string,
    readonly deadlines: Deadlines,
  ) {
    this.firstTokenTimer = setTimeout(() => this.stop('firstToken'), deadlines.firstTokenMs);
    this.totalTimer = setTimeout(() => this.stop('total'), deadlines.totalMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopReason(): StopReason | null {
    return this.reason;
  }

  firstTokenArrived(): void {
    clearTimeout(this.firstTokenTimer);
  }

  stop(reason: StopReason): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.dispose();
    this.controller.abort(new Error(`ai request ${reason}`));
  }

  /** The error the caller sees once the request was stopped, or null while it was not. */
  stopError(): AppError | null {
    switch (this.reason) {
      case null:
        return null;
      case 'cancelled':
        return cancelled(this.requestId);
      case 'firstToken':
        return timedOut('firstToken', this.deadlines.firstTokenMs);
      case 'total':
        return timedOut('total', this.deadlines.totalMs);
    }
  }

  dispose(): void {
    clearTimeout(this.firstTokenTimer);
    clearTimeout(this.totalTimer);
  }
}
