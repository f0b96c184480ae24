import { EventSubscription, OBSWebSocket, type OBSEventTypes } from 'obs-websocket-js';
import { AppError, toAppError } from '../../../app/contract/errors';
import type { ObsConnectionState, ObsStatus } from '../../../app/contract/obs-schemas';
import type { Logger } from '../../../app/rpc/logger';
import { connectError, isPermanent, isSupportedVersion, minimumWebSocketVersion } from './obs-errors';
import { ObsLink, type ObsEvent } from './obs-link';

export interface ObsTarget {
  url: string;
  password: string | undefined;
}

export interface ObsConnectionOptions {
  /** The saved address and password, or null when the owner has not set OBS up yet. */
  target(): ObsTarget | null;
  autoConnect(): boolean;
  /** High-volume events (audio levels) only when something listens, to keep the socket quiet. */
  wantsVolumeMeters(): boolean;
  logger: Logger;
  onStatus(status: ObsStatus): void;
  /** Runs after every (re)connect, e.g. to put the overlay and the current product back. */
  onConnected(link: ObsLink): Promise<void>;
  /** Waits between reconnect attempts; the last one repeats. Short enough to be back within 5 s of OBS. */
  backoffMs?: readonly number[];
  connectTimeoutMs?: number;
  createSocket?: () => OBSWebSocket;
  now?: () => number;
}

type Handler = (data: never) => void;

/**
 * The one connection to OBS: a state machine (disconnected → connecting → connected → reconnecting / failed)
 * that reconnects with backoff after OBS dies or restarts, and re-attaches event handlers to each new socket.
 */
export class ObsConnection {
  private current: ObsLink | null = null;
  private wanted = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attemptInFlight: Promise<ObsLink> | null = null;
  private readonly handlers = new Map<ObsEvent, Set<Handler>>();
  private state: ObsStatus;

  constructor(private readonly options: ObsConnectionOptions) {
    this.state = this.makeStatus('disconnected', null, 0, null, null);
  }

  get status(): ObsStatus {
    return this.state;
  }

  /** The live link, or OBS_NOT_CONNECTED: callers never queue work for a connection that is not there. */
  link(): ObsLink {
    if (this.current?.isOpen) return this.current;
    throw new AppError('OBS_NOT_CONNECTED', 'OBS is not connected', { state: this.state.state });
  }

  on<E extends ObsEvent>(event: E, handler: (data: OBSEventTypes[E]) => void): void {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(event, set);
    this.current?.socket.on(event, handler as never);
  }

  start(): void {
    if (this.options.autoConnect() && this.options.target()) {
      this.wanted = true;
      this.connect().catch(() => undefined);
    }
  }

  async connect(): Promise<ObsStatus> {
    if (this.current?.isOpen) return this.state;
    this.wanted = true;
    this.clearRetry();
    try {
      await this.attempt('connecting');
      return this.state;
    } catch (error) {
      const appError = toAppError(error);
      if (isPermanent(appError) || !this.options.autoConnect()) this.giveUp(appError);
      else this.scheduleRetry(appError);
      throw appError;
    }
  }

  async disconnect(): Promise<ObsStatus> {
    this.wanted = false;
    this.clearRetry();
    const link = this.current;
    this.current = null;
    link?.close('disconnected by the owner');
    await link?.socket.disconnect().catch(() => undefined);
    this.update(this.makeStatus('disconnected', null, 0, null, null));
    return this.state;
  }

  /** Re-sends the event subscriptions after a listener came or went. */
  async refreshSubscriptions(): Promise<void> {
    if (this.current?.isOpen)
      await this.current.socket.reidentify({ eventSubscriptions: this.subscriptions() });
  }

  private subscriptions(): number {
    // Only what the console shows: every extra event (transitions, filters…) is one more frame OBS writes
    // ahead of a reply, and with Nagle on OBS's side that reply then waits for an ACK.
    const needed = EventSubscription.Scenes | EventSubscription.Ui | EventSubscription.Outputs;
    return this.options.wantsVolumeMeters() ? needed | EventSubscription.InputVolumeMeters : needed;
  }

  private attempt(state: ObsConnectionState): Promise<ObsLink> {
    this.attemptInFlight ??= this.open(state).finally(() => (this.attemptInFlight = null));
    return this.attemptInFlight;
  }

  private async open(state: ObsConnectionState): Promise<ObsLink> {
    const target = this.options.target();
    if (!target) throw new AppError('OBS_NOT_CONFIGURED', 'OBS address is not set');
    this.update({ ...this.state, state, changedAt: this.now() });
    const socket = this.options.createSocket?.() ?? new OBSWebSocket();
    const link = new ObsLink(socket);
    const timeoutMs = this.options.connectTimeoutMs ?? 5000;
    const timer = setTimeout(() => link.close(`no handshake in ${timeoutMs} ms`), timeoutMs);
    try {
      await Promise.race([
        socket.connect(target.url, target.password, {
          eventSubscriptions: this.subscriptions(),
          rpcVersion: 1,
        }),
        new Promise((_, reject) => socket.once('ConnectionClosed', reject)),
      ]);
      if (!link.isOpen)
        throw new AppError('OBS_NOT_RUNNING', 'OBS did not finish the handshake', { address: target.url });
      const version = await link.call('GetVersion');
      if (!isSupportedVersion(version.obsWebSocketVersion))
        throw new AppError(
          'OBS_VERSION_UNSUPPORTED',
          `obs-websocket ${version.obsWebSocketVersion} is too old`,
          {
            found: version.obsWebSocketVersion,
            minimum: minimumWebSocketVersion.join('.'),
          },
        );
      this.adopt(link, version.obsVersion, version.obsWebSocketVersion);
      return link;
    } catch (error) {
      link.close('connect failed');
      await socket.disconnect().catch(() => undefined);
      throw connectError(error, target.url);
    } finally {
      clearTimeout(timer);
    }
  }

  private adopt(link: ObsLink, obsVersion: string, webSocketVersion: string): void {
    this.current = link;
    for (const [event, set] of this.handlers)
      for (const handler of set) link.socket.on(event, handler as never);
    link.socket.on('ConnectionClosed', (error) => {
      if (this.current !== link) return;
      this.current = null;
      this.options.logger.warn('OBS connection lost', { code: error.code, reason: error.message });
      if (this.wanted)
        this.scheduleRetry(new AppError('OBS_NOT_RUNNING', `OBS closed the connection (${error.code})`));
      else this.update(this.makeStatus('disconnected', null, 0, null, null));
    });
    this.update(this.makeStatus('connected', null, 0, obsVersion, webSocketVersion));
    this.options.logger.info('OBS connected', { obsVersion, webSocketVersion });
    this.options
      .onConnected(link)
      .catch((error: unknown) =>
        this.options.logger.warn('OBS set-up after connect failed', { error: String(error) }),
      );
  }

  private scheduleRetry(error: AppError): void {
    const backoff = this.options.backoffMs ?? [250, 500, 1000, 2000];
    const attempt = this.state.state === 'reconnecting' ? this.state.attempt + 1 : 1;
    const delay = backoff[Math.min(attempt - 1, backoff.length - 1)] ?? 1000;
    this.clearRetry();
    this.update({
      ...this.state,
      state: 'reconnecting',
      error: error.toData(),
      attempt,
      nextRetryAt: this.now() + delay,
      changedAt: this.now(),
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.wanted) return;
      this.attempt('reconnecting').catch((retryError: unknown) => {
        const appError = toAppError(retryError);
        if (!this.wanted) return;
        if (isPermanent(appError)) this.giveUp(appError);
        else this.scheduleRetry(appError);
      });
    }, delay);
  }

  private giveUp(error: AppError): void {
    this.wanted = false;
    this.update(this.makeStatus('failed', error, 0, null, null));
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private makeStatus(
    state: ObsConnectionState,
    error: AppError | null,
    attempt: number,
    obsVersion: string | null,
    webSocketVersion: string | null,
  ): ObsStatus {
    return {
      state,
      configured: this.options.target() !== null,
      error: error ? error.toData() : null,
      attempt,
      nextRetryAt: null,
      obsVersion,
      webSocketVersion,
      changedAt: this.now(),
    };
  }

  private update(status: ObsStatus): void {
    this.state = { ...status, configured: this.options.target() !== null };
    this.options.onStatus(this.state);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
