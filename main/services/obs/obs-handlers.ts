import type { Handlers } from '../../../app/rpc/server';
import type { ObsConnection } from './obs-connection';
import { textField } from './obs-link';
import type { HealthMonitor } from './obs-health';
import { listRecordings, readOutputs, startOutput, stopOutput } from './obs-outputs';
import { readScenes, setScene } from './obs-scenes';
import type { ObsSettingsStore } from './obs-settings';
import { installOverlay } from './overlay/install-overlay';
import type { OverlayState } from './overlay/overlay-product';
import { overlayTemplate } from './overlay/overlay-template';

export type ObsCommandName = Extract<keyof Handlers, `obs.${string}`>;

export interface ObsHandlerDeps {
  connection: ObsConnection;
  settings: ObsSettingsStore;
  overlay: OverlayState;
  health: HealthMonitor;
  platform: string;
}

const audioKinds = /(pulse|alsa|jack|wasapi|coreaudio|ffmpeg_source|sck_audio)/;

/** The obs.* commands of the contract, each a thin step over the connection and its helpers. */
export function createObsHandlers(deps: ObsHandlerDeps): Pick<Handlers, ObsCommandName> {
  const { connection, settings, overlay } = deps;
  const link = () => connection.link();
  const install = async (addToScenes: readonly string[]) => {
    const scenes = [...new Set([...settings.current.overlayScenes, ...addToScenes])];
    const result = await installOverlay(link(), {
      template: overlayTemplate,
      platform: deps.platform,
      addToScenes: scenes,
    });
    settings.update({ overlayInstalled: true, overlayScenes: scenes });
    return result;
  };
  return {
    'obs.getConfig': () => settings.toConfig(),
    'obs.saveConfig': async ({ host, port, password, autoConnect }) => {
      const previous = settings.current;
      settings.setPassword(password);
      settings.update({ host, port, autoConnect });
      const moved = previous.host !== host || previous.port !== port || password !== undefined;
      if (moved && connection.status.state !== 'disconnected') await connection.disconnect();
      return settings.toConfig();
    },
    'obs.saveStreamTarget': ({ server, key }) => {
      settings.setStreamKey(key);
      settings.update({ streamServer: server });
      return settings.toConfig();
    },
    'obs.setMeterInput': async ({ inputName }) => {
      settings.update({ meterInput: inputName });
      await connection.refreshSubscriptions();
      return settings.toConfig();
    },
    'obs.getStatus': () => connection.status,
    'obs.connect': () => connection.connect(),
    'obs.disconnect': () => connection.disconnect(),
    'obs.getScenes': () => readScenes(link()),
    'obs.setScene': ({ sceneName, target }) => setScene(link(), sceneName, target),
    'obs.setStudioMode': async ({ enabled }) => {
      await link().call('SetStudioModeEnabled', { studioModeEnabled: enabled });
      return readScenes(link());
    },
    'obs.transition': async () => {
      await link().call('TriggerStudioModeTransition');
      return readScenes(link());
    },
    'obs.installOverlay': async ({ addToScenes }) => {
      const result = await install(addToScenes);
      await overlay.restore(link(), Date.now());
      return result;
    },
    'obs.showProduct': async (product) => {
      // The first product of a live sets the overlay up: the owner never has to think about it.
      if (!settings.current.overlayInstalled) await install([]);
      await overlay.show(link(), product, Date.now());
      return { shownAt: Date.now() };
    },
    'obs.hideProduct': async () => {
      await overlay.hide(link());
      return { hiddenAt: Date.now() };
    },
    'obs.setNote': async ({ text }) => {
      await overlay.showNote(link(), text);
      return { shownAt: Date.now() };
    },
    'obs.getOutputs': () => readOutputs(link()),
    'obs.startOutput': ({ output }) =>
      startOutput(link(), output, { server: settings.current.streamServer, key: settings.streamKey() }),
    'obs.stopOutput': ({ output }) => stopOutput(link(), output),
    'obs.listRecordings': () => listRecordings(link()),
    'obs.listAudioInputs': async () => {
      const { inputs } = await link().call('GetInputList');
      return {
        inputs: inputs
          .filter((input) => audioKinds.test(textField(input, 'inputKind')))
          .map((input) => textField(input, 'inputName')),
      };
    },
    'obs.getHealth': () => deps.health.last,
  };
}
