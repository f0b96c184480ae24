import { join } from 'node:path';
import type { EventName, PayloadOf } from '../../../app/contract';
import type { Logger } from '../../../app/rpc/logger';
import type { Handlers } from '../../../app/rpc/server';
import type { SecretStore } from '../secrets/secret-store';
import { createObsHandlers, type ObsCommandName } from './obs-handlers';
import { ObsConnection } from './obs-connection';
import { AudioMeter, HealthMonitor, sampleStats } from './obs-health';
import type { ObsLink } from './obs-link';
import { readScenes } from './obs-scenes';
import { ObsSettingsStore } from './obs-settings';
import { installOverlay } from './overlay/install-overlay';
import { OverlayState } from './overlay/overlay-product';
import { overlayTemplate } from './overlay/overlay-template';

const statsEveryTicks = 2;

export interface ObsServiceOptions {
  dataDir: string;
  secrets: SecretStore;
  logger: Logger;
  platform: string;
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
  /** The countdown's tick; OBS's stats are read every second tick. */
  tickMs?: number;
  backoffMs?: readonly number[];
}

export interface ObsService {
  handlers: Pick<Handlers, ObsCommandName>;
  connection: ObsConnection;
  dispose(): Promise<void>;
}

/** The live console's link to OBS: one connection, the overlay it owns, health polling and the level meter. */
export function createObsService(options: ObsServiceOptions): ObsService {
  const settings = new ObsSettingsStore(options.dataDir, options.secrets);
  const overlay = new OverlayState(overlayTemplate, join(options.dataDir, 'overlay'));
  const health = new HealthMonitor();
  const meter = new AudioMeter();
  let targetFps = 30;
  const warn = (what: string) => (error: unknown) => options.logger.warn(what, { error: String(error) });

  const emitScenes = (link: ObsLink) =>
    readScenes(link).then(
      (scenes) => options.emit('obs.scenesChanged', scenes),
      warn('reading scenes failed'),
    );

  const connection = new ObsConnection({
    target: () => {
      const url = settings.url();
      return url ? { url, password: settings.password() } : null;
    },
    autoConnect: () => settings.current.autoConnect,
    wantsVolumeMeters: () => settings.current.meterInput !== null,
    logger: options.logger,
    onStatus: (status) => options.emit('obs.statusChanged', status),
    backoffMs: options.backoffMs,
    onConnected: async (link) => {
      health.reset();
      const video = await link.call('GetVideoSettings');
      targetFps = video.fpsNumerator / Math.max(1, video.fpsDenominator);
      if (settings.current.overlayInstalled) {
        await installOverlay(link, {
          template: overlayTemplate,
          platform: options.platform,
          addToScenes: settings.current.overlayScenes,
        });
        await overlay.restore(link, Date.now());
      }
      await emitScenes(link);
    },
  });

  for (const event of [
    'CurrentProgramSceneChanged',
    'CurrentPreviewSceneChanged',
    'SceneListChanged',
    'StudioModeStateChanged',
  ] as const)
    connection.on(event, () => void emitScenes(connection.link()));
  connection.on('RecordStateChanged', (event) =>
    options.emit('obs.outputChanged', {
      output: 'record',
      active: event.outputActive,
      state: event.outputState,
      path: event.outputState === 'OBS_WEBSOCKET_OUTPUT_STOPPED' ? (event.outputPath ?? null) : null,
    }),
  );
  connection.on('StreamStateChanged', (event) =>
    options.emit('obs.outputChanged', {
      output: 'stream',
      active: event.outputActive,
      state: event.outputState,
      path: null,
    }),
  );
  connection.on('VirtualcamStateChanged', (event) =>
    options.emit('obs.outputChanged', {
      output: 'virtualcam',
      active: event.outputActive,
      state: event.outputState,
      path: null,
    }),
  );
  connection.on('InputVolumeMeters', (event) => {
    const input = settings.current.meterInput;
    const level = input ? meter.read(event.inputs, input, Date.now()) : null;
    if (level) options.emit('obs.audioLevel', level);
  });

  let ticks = 0;
  const poll = setInterval(() => {
    if (connection.status.state !== 'connected') return;
    const now = Date.now();
    ticks += 1;
    if (overlay.product?.countdownEndsAt != null)
      overlay.tick(connection.link(), now).catch(warn('countdown failed'));
    if (ticks % statsEveryTicks !== 0) return;
    sampleStats(connection.link(), targetFps, now).then(
      (sample) => options.emit('obs.healthUpdated', health.add(sample)),
      warn('reading OBS stats failed'),
    );
  }, options.tickMs ?? 1000);
  poll.unref();

  connection.start();
  return {
    connection,
    handlers: createObsHandlers({ connection, settings, overlay, health, platform: options.platform }),
    dispose: async () => {
      clearInterval(poll);
      await connection.disconnect();
    },
  };
}
