import { create } from 'zustand';
import type {
  AudioLevel,
  HealthReadingData,
  ObsConfig,
  ObsScenes,
  ObsStatus,
  Outputs,
  Recording,
} from '../../../../app/contract';
import { HealthSummaryBuilder } from '../../../../app/domain/live';
import type { Bridge } from '../../bridge/bridge';

interface ObsState {
  status: ObsStatus | null;
  config: ObsConfig | null;
  scenes: ObsScenes | null;
  outputs: Outputs | null;
  health: HealthReadingData | null;
  level: AudioLevel | null;
  recordings: Recording[];
  audioInputs: string[];
}

export const useObsStore = create<ObsState>()(() => ({
  status: null,
  config: null,
  scenes: null,
  outputs: null,
  health: null,
  level: null,
  recordings: [],
  audioInputs: [],
}));

/** Health over the running live, summarised into the session record when it ends. */
export const liveHealth = { builder: new HealthSummaryBuilder() };

export async function refreshObs(bridge: Bridge): Promise<void> {
  const [config, status] = await Promise.all([
    bridge.call('obs.getConfig', {}),
    bridge.call('obs.getStatus', {}),
  ]);
  useObsStore.setState({ config, status });
  if (status.state !== 'connected') return;
  const [scenes, outputs, recordings, audio] = await Promise.all([
    bridge.call('obs.getScenes', {}),
    bridge.call('obs.getOutputs', {}),
    bridge.call('obs.listRecordings', {}),
    bridge.call('obs.listAudioInputs', {}),
  ]);
  useObsStore.setState({ scenes, outputs, recordings: recordings.files, audioInputs: audio.inputs });
}

/** Keeps the console true to OBS: pushed events update it, and every (re)connect re-reads everything. */
export function trackObs(bridge: Bridge): void {
  const refresh = () => void refreshObs(bridge).catch(() => undefined);
  bridge.onState((state) => {
    if (state === 'connected') refresh();
  });
  bridge.on('obs.statusChanged', (status) => {
    useObsStore.setState({ status });
    if (status.state === 'connected') refresh();
  });
  bridge.on('obs.scenesChanged', (scenes) => useObsStore.setState({ scenes }));
  bridge.on('obs.outputChanged', () => {
    void Promise.all([bridge.call('obs.getOutputs', {}), bridge.call('obs.listRecordings', {})]).then(
      ([outputs, recordings]) => useObsStore.setState({ outputs, recordings: recordings.files }),
      () => undefined,
    );
  });
  bridge.on('obs.healthUpdated', (health) => {
    liveHealth.builder.add(health);
    useObsStore.setState({ health });
  });
  bridge.on('obs.audioLevel', (level) => useObsStore.setState({ level }));
  if (bridge.state === 'connected') refresh();
}
