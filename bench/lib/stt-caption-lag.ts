import type { EventName, PayloadOf } from '../../app/contract';
import { silentLogger } from '../../app/rpc/logger';
import type { SttEngine } from '../../main/services/stt/engine/engine';
import { createStreamHandlers } from '../../main/services/stt/stream/stream-handlers';
import { frameMs, silentFrame, type Utterance } from './stt-audio';

/**
 * Caption lag as an owner sees it: utterances pushed into the real stream handlers at the microphone's pace
 * (one 100 ms frame every 100 ms), timed from the push of the last frame that holds speech to the
 * stt.segments event carrying that chunk's words. Silence keeps flowing while the words are transcribed,
 * as it does from a live microphone.
 */

export interface LagSamples {
  /** Last voiced frame pushed → stt.segments emitted, ms. */
  lagMs: number[];
  /** Of that, until the chunker closed the chunk (its audioEndedAt), ms: the pause it waits for. */
  chunkerMs: number[];
  /** And from there until the words were ready (transcribedAt − audioEndedAt), ms. */
  transcribeMs: number[];
  /** Utterances the chunker cut in two at a pause inside them: an earlier chunk's event came first. */
  split: number;
  /** Utterances whose words never came within the wait. */
  missed: number;
}

export interface LagSetup {
  engine: SttEngine;
  modelPath: string;
  threads: number;
  workDir: string;
  utterances: readonly Utterance[];
  /** Quiet before the first utterance: a capture starts before anyone speaks, which sets the VAD's floor. */
  leadMs?: number;
  /** Quiet pushed after an utterance's words arrived, before the next one starts. */
  gapMs?: number;
  /** How long to wait for an utterance's words before counting it as missed. */
  waitMs?: number;
  log(message: string): void;
}

interface SeenSegments {
  payload: PayloadOf<'stt.segments'>;
  seenAt: number;
}

const sleep = (ms: number) => new Promise<void>((wake) => setTimeout(wake, Math.max(0, ms)));

export async function measureCaptionLag(setup: LagSetup): Promise<LagSamples> {
  const seen: SeenSegments[] = [];
  const states: string[] = [];
  const emit = <N extends EventName>(event: N, payload: PayloadOf<N>) => {
    const seenAt = performance.now();
    if (event === 'stt.segments') seen.push({ payload: payload as PayloadOf<'stt.segments'>, seenAt });
    if (event === 'stt.streamState') states.push((payload as PayloadOf<'stt.streamState'>).state);
  };
  const streams = createStreamHandlers({
    engine: setup.engine,
    activeModelPath: () => setup.modelPath,
    threads: setup.threads,
    workDir: setup.workDir,
    emit,
    logger: silentLogger,
    ffmpegPath: null,
  });
  const { handlers } = streams;
  const { streamId } = await handlers['stt.startStream']({ language: 'zh' });
  let seq = 0;
  // Frame n goes out at start + n × 100 ms whatever the previous push cost, so the pace does not drift.
  const start = performance.now();
  const push = async (frame: Int16Array) => {
    await sleep(start + seq * frameMs - performance.now());
    const pcm = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).toString('base64');
    await handlers['stt.pushAudio']({ streamId, seq, pcm });
    seq += 1;
  };
  const quiet = async (ms: number) => {
    for (let pushed = 0; pushed < ms; pushed += frameMs) await push(silentFrame());
  };

  const result: LagSamples = { lagMs: [], chunkerMs: [], transcribeMs: [], split: 0, missed: 0 };
  try {
    await quiet(setup.leadMs ?? 1000);
    for (const [index, utterance] of setup.utterances.entries()) {
      const before = seen.length;
      let voicedAt = Number.NaN;
      let voicedEpoch = Number.NaN;
      for (const [frameIndex, frame] of utterance.frames.entries()) {
        await push(frame);
        if (frameIndex === utterance.lastVoicedFrame) {
          voicedAt = performance.now();
          voicedEpoch = Date.now();
        }
      }
      // The chunk holding the last words can only close after they were pushed.
      const answer = () => seen.slice(before).find((entry) => entry.payload.audioEndedAt >= voicedEpoch);
      const deadline = performance.now() + (setup.waitMs ?? 30_000);
      while (answer() === undefined && performance.now() < deadline) await quiet(frameMs);
      const found = answer();
      if (seen.slice(before).some((entry) => entry.payload.audioEndedAt < voicedEpoch)) result.split += 1;
      if (found === undefined) {
        result.missed += 1;
        setup.log(`utterance ${index + 1}: no caption within ${setup.waitMs ?? 30_000} ms`);
        continue;
      }
      result.lagMs.push(found.seenAt - voicedAt);
      result.chunkerMs.push(found.payload.audioEndedAt - voicedEpoch);
      result.transcribeMs.push(found.payload.transcribedAt - found.payload.audioEndedAt);
      setup.log(
        `utterance ${index + 1}/${setup.utterances.length} (${utterance.text}): caption after ${Math.round(found.seenAt - voicedAt)} ms`,
      );
      await quiet(setup.gapMs ?? 500);
    }
    await handlers['stt.stopStream']({ streamId });
    const deadline = performance.now() + 30_000;
    while (!states.includes('ended') && !states.includes('error') && performance.now() < deadline)
      await sleep(20);
    if (states.includes('error')) throw new Error('the caption stream failed');
  } finally {
    await streams.dispose();
  }
  return result;
}
