import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import { floatToInt16, StreamResampler } from '../../../../../app/domain/speech';
import type { Bridge } from '../../../bridge/bridge';
import { useCaptionsStore } from './captions-store';
import { startMicCapture, peakDb, type MicCapture } from './mic-capture';
import { PcmUploader } from './pcm-uploader';

interface Running {
  streamId: string;
  capture: MicCapture;
  uploader: PcmUploader;
  stopListening: () => void;
}

let running: Running | null = null;
let levelShownAt = 0;

/**
 * Microphone → 16 kHz PCM → main's whisper → caption lines saved to the live session as transcript lines
 * (`liveFeed`, kind 'transcript', `at` = when the words were spoken), so they can be searched afterwards.
 */
export async function startCaptions(db: WorkbenchDatabase, bridge: Bridge, sessionId: string): Promise<void> {
  if (running) return;
  useCaptionsStore.setState({ phase: 'starting', notice: '', lines: [], sessionId });
  const { streamId } = await bridge.call('stt.startStream', { language: 'zh' });
  const startedAt = Date.now();
  const uploader = new PcmUploader(bridge, streamId, (error) => {
    useCaptionsStore.setState({ notice: error instanceof Error ? error.message : String(error) });
    void stopCaptions(bridge);
  });
  let resampler: StreamResampler | null = null;
  const stopListening = bridge.on('stt.segments', (event) => {
    if (event.streamId !== streamId) return;
    const lines = event.segments.map((segment, index) => ({
      id: `${streamId}-${event.chunkIndex}-${index}`,
      startMs: segment.startMs,
      endMs: segment.endMs,
      text: segment.text,
      lagMs: Math.max(0, event.transcribedAt - event.audioEndedAt),
    }));
    useCaptionsStore.setState((state) => ({ lines: [...state.lines, ...lines].slice(-500) }));
    void db.liveFeed.bulkInsert(
      lines.map((line) => ({
        id: line.id,
        sessionId,
        kind: 'transcript' as const,
        at: startedAt + Math.round(line.startMs),
        platform: 'mic',
        userId: 'host',
        nickname: '主播',
        text: line.text.slice(0, 2000),
        startMs: Math.round(line.startMs),
        endMs: Math.round(line.endMs),
      })),
    );
  });
  try {
    const capture = await startMicCapture({
      deviceId: useCaptionsStore.getState().deviceId || null,
      onSamples: (samples, sampleRate) => {
        resampler ??= new StreamResampler(sampleRate, 16_000);
        uploader.push(floatToInt16(resampler.push(samples)));
        const now = Date.now();
        if (now - levelShownAt > 100) {
          levelShownAt = now;
          useCaptionsStore.setState({ levelDb: peakDb(samples) });
        }
      },
      onEnded: () => {
        useCaptionsStore.setState({ notice: 'unplugged' });
        void stopCaptions(bridge);
      },
    });
    running = { streamId, capture, uploader, stopListening };
    // main announces `listening` before the id reaches us, so the first state is set here.
    useCaptionsStore.setState({ phase: 'listening', streamId, streamState: 'listening' });
  } catch (error) {
    stopListening();
    await bridge.call('stt.stopStream', { streamId }).catch(() => undefined);
    useCaptionsStore.setState({ phase: 'off', streamId: null });
    throw error;
  }
}

/** Stops the microphone first, then lets main transcribe the last words before it reports the end. */
export async function stopCaptions(bridge: Bridge): Promise<void> {
  const current = running;
  if (!current) return;
  running = null;
  useCaptionsStore.setState({ phase: 'stopping', levelDb: -100 });
  await current.capture.stop();
  await current.uploader.flush();
  await bridge.call('stt.stopStream', { streamId: current.streamId }).catch(() => undefined);
  // Segments of the last chunk still arrive after the stop; keep listening until main says it has ended.
  const off = bridge.on('stt.streamState', (event) => {
    if (event.streamId !== current.streamId || (event.state !== 'ended' && event.state !== 'error')) return;
    current.stopListening();
    off();
  });
  useCaptionsStore.setState({ phase: 'off' });
}
