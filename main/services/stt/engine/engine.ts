import { availableParallelism } from 'node:os';

export type SttLanguage = 'zh' | 'en' | 'auto';

export interface TranscribeJob {
  /** 16 kHz mono 16-bit PCM WAV. */
  wavPath: string;
  /** A whisper.cpp ggml model file. */
  modelPath: string;
  language: SttLanguage;
  threads: number;
}

/** Times from the start of the WAV, in ms. */
export interface EngineSegment {
  startMs: number;
  endMs: number;
  text: string;
}

export interface TranscribeResult {
  segments: EngineSegment[];
  /** Wall time the engine spent on the job, model loading included. */
  elapsedMs: number;
}

/**
 * A speech recognizer that turns one WAV file into timed text. Rejects with STT_NO_ENGINE when it cannot
 * run here, STT_MODEL_INVALID / STT_NO_MODEL for a bad model file and STT_ENGINE_FAILED when a run fails.
 */
export interface SttEngine {
  readonly name: string;
  /** Whether the engine can run at all on this machine (for the "captions are off" notice). */
  available(): boolean;
  transcribe(job: TranscribeJob): Promise<TranscribeResult>;
  dispose(): Promise<void>;
}

/**
 * whisper.cpp given every core decoded 15× slower on a machine busy with OBS and the browser, so one core is
 * left to them.
 */
export function defaultThreads(cores: number = availableParallelism()): number {
  return Math.max(1, cores - 1);
}
