import type { RehearsalLine, RehearsalState } from '../../../../app/contract/comments';

export interface RehearsalPlayerOptions {
  rehearsalId: string;
  lines: readonly RehearsalLine[];
  speed: number;
  loop: boolean;
  onLine(line: RehearsalLine, index: number, round: number): void;
  onChange(state: RehearsalState): void;
}

/** Even a script of zero pauses leaves the event loop room between lines. */
const minDelayMs = 10;

/**
 * Plays a script of timed lines at an adjustable speed. A speed change applies to the pause already
 * running: the part of it still to come is stretched or shortened, so the pace changes at once.
 */
export class RehearsalPlayer {
  private index = 0;
  private round = 0;
  private speed: number;
  private status: RehearsalState['state'] = 'playing';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitStartedAt = 0;
  /** The running pause, in script milliseconds (1× speed). */
  private waitScriptMs = 0;

  constructor(private readonly options: RehearsalPlayerOptions) {
    this.speed = options.speed;
  }

  get id(): string {
    return this.options.rehearsalId;
  }

  get state(): RehearsalState {
    return {
      rehearsalId: this.options.rehearsalId,
      state: this.status,
      speed: this.speed,
      loop: this.options.loop,
      played: this.index,
      total: this.options.lines.length,
      rounds: this.round,
    };
  }

  start(): void {
    this.wait(this.options.lines[0]?.afterMs ?? 0);
    this.options.onChange(this.state);
  }

  setSpeed(speed: number): void {
    if (this.status === 'playing') {
      const elapsedScriptMs = (Date.now() - this.waitStartedAt) * this.speed;
      clearTimeout(this.timer);
      this.speed = speed;
      this.wait(Math.max(0, this.waitScriptMs - elapsedScriptMs));
    } else this.speed = speed;
    this.options.onChange(this.state);
  }

  stop(): void {
    if (this.status !== 'playing') return;
    clearTimeout(this.timer);
    this.status = 'stopped';
    this.options.onChange(this.state);
  }

  private wait(scriptMs: number): void {
    this.waitStartedAt = Date.now();
    this.waitScriptMs = scriptMs;
    this.timer = setTimeout(() => this.playNext(), Math.max(minDelayMs, scriptMs / this.speed));
  }

  private playNext(): void {
    const { lines, loop } = this.options;
    const line = lines[this.index];
    if (line) this.options.onLine(line, this.index, this.round);
    this.index += 1;
    if (this.index >= lines.length) {
      if (!loop) {
        this.status = 'finished';
        this.options.onChange(this.state);
        return;
      }
      this.index = 0;
      this.round += 1;
    }
    this.wait(lines[this.index]?.afterMs ?? 0);
  }
}
