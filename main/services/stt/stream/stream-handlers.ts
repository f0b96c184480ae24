import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, toAppError } from '../../../../app/contract/errors';
import type { Logger } from '../../../../app/rpc/logger';
import type { Handlers } from '../../../../app/rpc/server';
import type { SttEngine, SttLanguage } from '../engine/engine';
import { openAudioFile } from './audio-file';
import { CaptionStream, type Emit } from './caption-stream';
import { findExecutable } from './ffmpeg';
import { int16FromBytes } from './pcm-bytes';
import { audioInvalid, streamUnknown } from './stream-errors';

export type SttStreamCommand = 'stt.startStream' | 'stt.pushAudio' | 'stt.stopStream' | 'stt.transcribeFile';

export interface StreamHandlerDeps {
  engine: SttEngine;
  /** The ready model's file; throws STT_NO_MODEL while there is none. */
  activeModelPath(): string;
  threads: number;
  /** A folder of our own for the chunk WAVs whisper.cpp reads (each is deleted once transcribed). */
  workDir: string;
  emit: Emit;
  logger: Logger;
  now?: () => number;
  /** ffmpeg for MP3/M4A replays; looked up on PATH by default, null when there is none. */
  ffmpegPath?: string | null;
  /** How long a live stream may go without audio before it is taken as unplugged. */
  idleTimeoutMs?: number;
}

export interface StreamHandlers {
  handlers: Pick<Handlers, SttStreamCommand>;
  /** Closes every stream and waits for the chunk being transcribed, so no chunk file is left behind. */
  dispose(): Promise<void>;
}

const unpluggedAfterMs = 30_000;

/** The caption-stream commands: live microphone streams and replays of recorded files. */
export function createStreamHandlers(deps: StreamHandlerDeps): StreamHandlers {
  const now = deps.now ?? Date.now;
  const ffmpeg = deps.ffmpegPath === undefined ? findExecutable('ffmpeg') : deps.ffmpegPath;
  const streams = new Map<string, { stream: CaptionStream; live: boolean; nextSeq: number }>();
  let workDirReady: Promise<void> | null = null;

  const ready = async (): Promise<string> => {
    if (!deps.engine.available())
      throw new AppError('STT_NO_ENGINE', 'The speech engine is not available: captions are off', {
        engine: deps.engine.name,
      });
    const modelPath = deps.activeModelPath();
    // Prepared by the first stream; a failure (disk full, no permission) is retried by the next one.
    workDirReady ??= prepareWorkDir(deps.workDir).catch((error: unknown) => {
      workDirReady = null;
      throw error;
    });
    await workDirReady;
    return modelPath;
  };

  const open = (language: SttLanguage, live: boolean): { streamId: string; stream: CaptionStream } => {
    const streamId = randomUUID();
    const stream = new CaptionStream({
      streamId,
      language,
      engine: deps.engine,
      activeModelPath: () => deps.activeModelPath(),
      threads: deps.threads,
      workDir: deps.workDir,
      emit: deps.emit,
      logger: deps.logger,
      now,
      idleTimeoutMs: live ? (deps.idleTimeoutMs ?? unpluggedAfterMs) : null,
      onClosed: () => streams.delete(streamId),
    });
    streams.set(streamId, { stream, live, nextSeq: 0 });
    deps.logger.info('stt: caption stream opened', { streamId, language, live });
    return { streamId, stream };
  };

  const liveStream = (streamId: string) => {
    const entry = streams.get(streamId);
    if (entry === undefined || !entry.live || !entry.stream.accepting) throw streamUnknown(streamId);
    return entry;
  };

  const handlers: Pick<Handlers, SttStreamCommand> = {
    'stt.startStream': async ({ language }) => {
      await ready();
      return { streamId: open(language, true).streamId };
    },
    'stt.pushAudio': ({ streamId, seq, pcm }) => {
      const entry = liveStream(streamId);
      const bytes = Buffer.from(pcm, 'base64');
      if (bytes.length % 2 !== 0)
        throw audioInvalid('format', 'Audio frames are 16-bit samples: an even number of bytes', {
          bytes: bytes.length,
        });
      if (seq !== entry.nextSeq)
        throw audioInvalid('gap', `Audio frame ${seq} arrived where ${entry.nextSeq} was expected`, {
          expected: entry.nextSeq,
          seq,
        });
      entry.nextSeq += 1;
      entry.stream.push(int16FromBytes(bytes));
      return { bufferedMs: entry.stream.bufferedMs };
    },
    'stt.stopStream': ({ streamId }) => {
      // Stopping a stream that is already finishing (unplugged, or a repeated stop) is not an error.
      const entry = streams.get(streamId);
      if (entry === undefined || !entry.live) throw streamUnknown(streamId);
      entry.stream.end();
      return { streamId };
    },
    'stt.transcribeFile': async ({ path, language }) => {
      await ready();
      const samples = await openAudioFile(path, ffmpeg);
      const { streamId, stream } = open(language, false);
      void feed(stream, samples);
      return { streamId };
    },
  };

  return {
    handlers,
    dispose: async () => {
      const open = [...streams.values()];
      streams.clear();
      await Promise.all(open.map(({ stream }) => stream.abort()));
    },
  };
}

/** Reads a file into its stream no faster than the engine transcribes it. */
async function feed(stream: CaptionStream, samples: AsyncIterable<Int16Array>): Promise<void> {
  try {
    for await (const frame of samples) {
      if (!stream.accepting) return;
      stream.push(frame);
      await stream.waitForRoom();
    }
    stream.end();
  } catch (error) {
    stream.fail(toAppError(error));
  }
}

/** Chunk files left by a previous run that was killed mid-chunk are removed before new ones are written. */
async function prepareWorkDir(workDir: string): Promise<void> {
  await mkdir(workDir, { recursive: true });
  const leftovers = (await readdir(workDir)).filter((name) => name.startsWith('chunk-'));
  await Promise.all(leftovers.map((name) => rm(join(workDir, name), { force: true })));
}
