/**
 * Gathers streamed text and hands it on at most once per interval, so a fast model cannot flood the bridge
 * with one event per token. The first piece goes out at once: it is what the owner waits for.
 */
export class DeltaThrottle {
  private pending = '';
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly send: (text: string) => void,
    private readonly intervalMs = 50,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(text: string): void {
    if (text === '') return;
    this.pending += text;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Sends what is pending now (the caller does this once the answer is complete). */
  flush(): void {
    this.cancelTimer();
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.lastSentAt = this.now();
    this.send(text);
  }

  /** Drops what is pending: a cancelled or failed request sends no more text. */
  discard(): void {
    this.cancelTimer();
    this.pending = '';
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
