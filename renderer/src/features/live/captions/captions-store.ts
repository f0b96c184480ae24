import { create } from 'zustand';
import type { SttModelId, SttStatus } from '../../../../../app/contract';
import type { Bridge } from '../../../bridge/bridge';

export interface CaptionLine {
  id: string;
  startMs: number;
  endMs: number;
  text: string;
  /** From the end of the chunk's audio to the text being ready. */
  lagMs: number;
}

export type CaptionsPhase = 'off' | 'starting' | 'listening' | 'stopping';

interface CaptionsState {
  status: SttStatus | null;
  downloads: Partial<Record<SttModelId, { receivedBytes: number; totalBytes: number }>>;
  phase: CaptionsPhase;
  streamId: string | null;
  /** The live session the captions are saved to. */
  sessionId: string | null;
  streamState: string;
  lines: CaptionLine[];
  levelDb: number;
  deviceId: string;
  notice: string;
}

export const useCaptionsStore = create<CaptionsState>()(() => ({
  status: null,
  downloads: {},
  phase: 'off',
  streamId: null,
  sessionId: null,
  streamState: 'idle',
  lines: [],
  levelDb: -100,
  deviceId: '',
  notice: '',
}));

/** Model status and download progress from main, refreshed on every (re)connect of the bridge. */
export function trackSpeech(bridge: Bridge): void {
  const refresh = () =>
    void bridge.call('stt.getStatus', {}).then(
      (status) => useCaptionsStore.setState({ status }),
      () => undefined,
    );
  bridge.onState((state) => {
    if (state === 'connected') refresh();
  });
  bridge.on('stt.statusChanged', (status) => useCaptionsStore.setState({ status }));
  bridge.on('stt.modelProgress', (progress) =>
    useCaptionsStore.setState((state) => ({
      downloads: { ...state.downloads, [progress.id]: progress },
    })),
  );
  bridge.on('stt.streamState', (event) => {
    if (event.streamId === useCaptionsStore.getState().streamId)
      useCaptionsStore.setState({ streamState: event.state });
  });
  if (bridge.state === 'connected') refresh();
}
