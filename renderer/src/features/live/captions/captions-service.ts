import { AppError } from '../../../../../app/contract';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import { floatToInt16, StreamResampler } from '../../../../../app/domain/speech';
import type { Bridge } from '../../../bridge/bridge';
import { useCaptionsStore } from './captions-store';
import { startMicCapture, peakDb, type MicCapture } from './mic-capture';
import { PcmUploader } from './pcm-uploader';
import { TranscriptSaver } from './transcript-saver';

interface Running {
  streamId: string;
  capture: MicCapture;
  uploader: PcmUploader;
  stopListening: () => void;
}

let running: Running | null = null;
let levelShownAt = 0;

/** Microphone → 16 kHz PCM → main's whisper → caption lines saved to the live session. */
export async function startCaptions(db: WorkbenchDatabase, bridge: Bridge, sessionId: string): Promise<void> {
  if (running) return;
  useCaptionsStore.setState({ phase: 'starting', notice: '', lines: [], sessionId });
  const startedAt = Date.now();
  const saver = new TranscriptSaver(db, bridge, { sessionId, startedAt, platform: 'mic' });
  const { streamId } = await bridge.call('stt.startStream', { language: 'zh' }).catch((error: unknown) => {
    saver.stop();
    useCaptionsStore.setState({ phase: 'off' });
    throw error;
  });
  saver.attach(streamId);
  const uploader = new PcmUploader(bridge, streamId, (error) => {
    useCaptionsStore.setState({ notice: error instanceof Error ? error.message : String(error) });
    void stopCaptions(bridge);
  });
  let resampler: StreamResampler | null = null;
  const stopListening = () => saver.stop();
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

/**
 * A recording (the OBS file of a past live, or any WAV/MP3/M4A) transcribed into the session's transcript;
 * resolves when main reports the end, so the page can say it is done.
 */
export async function transcribeRecording(
  db: WorkbenchDatabase,
  bridge: Bridge,
  input: { sessionId: string; path: string; startedAt: number },
): Promise<void> {
  // Ends can arrive before the call returns the id (a short file): listen first, match the id later.
  const ends = new Map<string, AppError | null>();
  let onEnd: (() => void) | null = null;
  const off = bridge.on('stt.streamState', (event) => {
    if (event.state !== 'ended' && event.state !== 'error') return;
    ends.set(event.streamId, event.error ? AppError.fromData(event.error) : null);
    onEnd?.();
  });
  const saver = new TranscriptSaver(db, bridge, { ...input, platform: 'file' });
  try {
    const { streamId } = await bridge.call('stt.transcribeFile', { path: input.path, language: 'zh' });
    saver.attach(streamId);
    await new Promise<void>((resolve, reject) => {
      onEnd = () => {
        if (!ends.has(streamId)) return;
        const error = ends.get(streamId);
        if (error) reject(error);
        else resolve();
      };
      onEnd();
    });
  } finally {
    off();
    saver.stop();
  }
}
