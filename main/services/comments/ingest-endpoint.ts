import { AppError } from '../../../app/contract/errors';
import type { IngestInfo } from '../../../app/contract/comments';
import type { Logger } from '../../../app/rpc/logger';
import type { CommentsSettingsStore } from './comments-settings';
import { loopback, type IngestServer } from './ingest-server';

type Problem = NonNullable<IngestInfo['problem']>;

function problemOf(error: unknown): Problem {
  return (error as { code?: unknown } | null)?.code === 'EADDRINUSE' ? 'portInUse' : 'failed';
}

function ingestFailed(error: unknown, port: number): AppError {
  return new AppError('COMMENTS_INGEST_FAILED', `Cannot open port ${port} on ${loopback}: ${String(error)}`, {
    reason: problemOf(error),
    port,
  });
}

/**
 * Keeps the ingest server in line with the owner's settings: opened at start-up when enabled, moved or
 * closed on request. Requests run one after another, so two quick toggles never leave two servers.
 */
export class IngestEndpoint {
  private server: IngestServer | null = null;
  private problem: Problem | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: CommentsSettingsStore,
    private readonly start: (port: number, token: string) => Promise<IngestServer>,
    private readonly logger: Logger,
  ) {}

  /** The server accepting posts right now, if any. */
  get running(): IngestServer | null {
    return this.server;
  }

  info(): IngestInfo {
    const { enabled, token } = this.settings.current;
    const port = this.server?.port ?? this.settings.current.port;
    return {
      enabled,
      listening: this.server !== null,
      port,
      url: `http://${loopback}:${port}/comments`,
      wsUrl: `ws://${loopback}:${port}/comments/ws`,
      token,
      problem: this.problem,
    };
  }

  /** Opens the server if the settings say so; a port taken by another program is reported, not thrown. */
  restore(): Promise<void> {
    return this.serially(async () => {
      if (!this.settings.current.enabled) return;
      try {
        await this.open(this.settings.current.port);
      } catch (error) {
        this.problem = problemOf(error);
        this.logger.warn('comments ingest: could not open the saved port', {
          port: this.settings.current.port,
          error: String(error),
        });
      }
    });
  }

  /** Raises COMMENTS_INGEST_FAILED when the port cannot be opened; the settings then stay as they were. */
  apply(enabled: boolean, port = this.settings.current.port): Promise<IngestInfo> {
    return this.serially(async () => {
      if (!enabled) await this.close();
      else if (!this.server || this.settings.current.port !== port)
        await this.open(port).catch((error: unknown) => {
          throw ingestFailed(error, port);
        });
      this.settings.update({ enabled, port });
      this.problem = null;
      return this.info();
    });
  }

  close(): Promise<void> {
    const server = this.server;
    this.server = null;
    return server ? server.close() : Promise.resolve();
  }

  dispose(): Promise<void> {
    return this.serially(() => this.close());
  }

  /** The new server opens before the old one closes, so a failed move leaves the working one in place. */
  private async open(port: number): Promise<void> {
    const next = await this.start(port, this.settings.current.token);
    await this.close();
    this.server = next;
    this.problem = null;
  }

  private serially<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
