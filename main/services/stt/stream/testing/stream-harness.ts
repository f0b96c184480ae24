import { readFileSync, statSync } from 'node:fs';
import type { EventName, PayloadOf } from '../../../../../app/contract';
import type { SttEngine, TranscribeJob } from '../../engine/engine';
import type { Emit } from '../caption-stream';

export type Recorded =
  | { event: 'stt.segments'; payload: PayloadOf<'stt.segments'> }
  | { event: 'stt.streamState'; payload: PayloadOf<'stt.streamState'> };

/** Collects the events a stream emits, in order, and waits for the one that ends it. */
export class EventLog {
  readonly events: Recorded[] = [];

  readonly emit: Emit = <N extends EventName>(event: N, payload: PayloadOf<N>) => {
    if (event === 'stt.segments' || event === 'stt.streamState')
      this.events.push({ event, payload } as Recorded);
  };

  states(streamId: string): string[] {
    return this.events.flatMap((entry) =>
      entry.event === 'stt.streamState' && entry.payload.streamId === streamId ? [entry.payload.state] : [],
    );
  }

  segmentEvents(streamId: string): PayloadOf<'stt.segments'>[] {
    return this.events.flatMap((entry) =>
      entry.event === 'stt.segments' && entry.payload.streamId === streamId ? [entry.payload] : [],
    );
  }

  /** The event that closed the stream (`ended` or `error`). */
  async closed(streamId: string, timeoutMs = 15_000): Promise<PayloadOf<'stt.streamState'>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const entry of this.events)
        if (
          entry.event === 'stt.streamState' &&
          entry.payload.streamId === streamId &&
          (entry.payload.state === 'ended' || entry.payload.state === 'error')
        )
          return entry.payload;
      if (Date.now() > deadline) throw new Error(`stream ${streamId} did not close in ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }
}

/** A spy around the real engine: records each job and the length of its WAV before it runs. */
export function recordingEngine(engine: SttEngine): {
  engine: SttEngine;
  jobs: { job: TranscribeJob; audioMs: number }[];
} {
  const jobs: { job: TranscribeJob; audioMs: number }[] = [];
  return {
    jobs,
    engine: {
      name: engine.name,
      available: () => engine.available(),
      transcribe: (job) => {
        jobs.push({ job, audioMs: (statSync(job.wavPath).size - 44) / 32 });
        return engine.transcribe(job);
      },
      dispose: () => engine.dispose(),
    },
  };
}

/** The samples of a 16-bit mono WAV written by sox. */
export function wavSamples(path: string): Int16Array {
  const bytes = readFileSync(path);
  const data = bytes.indexOf('data', 12, 'latin1');
  const body = bytes.subarray(data + 8);
  const copy = new Uint8Array(body.length & ~1);
  copy.set(body.subarray(0, copy.length));
  return new Int16Array(copy.buffer);
}

/** 250 ms frames, base64, as the renderer's uploader sends them. */
export function base64Frames(samples: Int16Array, frameSamples = 4000): string[] {
  const frames: string[] = [];
  for (let offset = 0; offset < samples.length; offset += frameSamples) {
    const frame = samples.subarray(offset, offset + frameSamples);
    frames.push(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).toString('base64'));
  }
  return frames;
}
