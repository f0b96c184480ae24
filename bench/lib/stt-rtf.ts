import type { TranscribeJob } from '../../main/services/stt/engine/engine';
import type { WhisperNodeEngine } from '../../main/services/stt/engine/whisper-node-engine';
import { runDirect, whisperTimings, type WhisperTimings } from './stt-direct';
import { groupMembers, PeakWatch, statusKb } from './stt-proc';

/**
 * One 10 s chunk through the engine and through whisper.cpp's `main` directly, in alternating rounds so
 * that other work on the machine lands on both alike.
 */

export interface RtfSamples {
  /** The first engine job: it starts the worker, which loads tsx and whisper-node. */
  engineColdMs: number;
  engineMs: number[];
  directMs: number[];
  /** whisper.cpp's own account of the direct runs, the last one. */
  timings: WhisperTimings;
  /** Peak resident size of the whisper.cpp process, kB: under the engine's worker and run directly. */
  whisperPeakKb: { engine: number | null; direct: number | null };
  /** The worker's own resident size after the jobs, kB (current and peak). */
  workerKb: { rss: number | null; hwm: number | null };
}

export interface RtfSetup {
  engine: WhisperNodeEngine;
  binary: string;
  whisperDir: string;
  job: TranscribeJob;
  rounds: number;
  log(message: string): void;
}

const max = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

export async function measureRtf(setup: RtfSetup): Promise<RtfSamples> {
  const { engine, binary, whisperDir, job } = setup;
  let enginePeak: number | null = null;
  let directPeak: number | null = null;

  const viaEngine = async (): Promise<number> => {
    // The whisper.cpp run sits two levels under the worker (worker → sh → main), in the worker's group.
    const watch = new PeakWatch(() => {
      const worker = engine.workerPid();
      return worker === null ? [] : groupMembers(worker, 'main');
    });
    watch.start();
    const started = performance.now();
    try {
      const result = await engine.transcribe(job);
      if (result.segments.length === 0) setup.log('the engine heard nothing in the chunk (random weights)');
      return performance.now() - started;
    } finally {
      enginePeak = max(enginePeak, watch.stop());
    }
  };
  const direct = async () => {
    const run = await runDirect(binary, job, whisperDir);
    directPeak = max(directPeak, run.peakKb);
    return run;
  };

  const engineColdMs = await viaEngine();
  // Also unmeasured: the first direct run reads the model file into the page cache for both.
  let lastDirect = await direct();
  const engineMs: number[] = [];
  const directMs: number[] = [];
  for (let round = 0; round < setup.rounds; round += 1) {
    // Taking turns at going first spreads any after-effect of the previous run (caches, a CPU boost)
    // evenly over both.
    if (round % 2 === 0) {
      engineMs.push(await viaEngine());
      lastDirect = await direct();
      directMs.push(lastDirect.ms);
    } else {
      lastDirect = await direct();
      directMs.push(lastDirect.ms);
      engineMs.push(await viaEngine());
    }
    setup.log(
      `round ${round + 1}/${setup.rounds}: engine ${Math.round(engineMs.at(-1) ?? 0)} ms, direct ${Math.round(lastDirect.ms)} ms`,
    );
  }
  const worker = engine.workerPid();
  return {
    engineColdMs,
    engineMs,
    directMs,
    timings: whisperTimings(lastDirect.stderr),
    whisperPeakKb: { engine: enginePeak, direct: directPeak },
    workerKb: {
      rss: worker === null ? null : statusKb(worker, 'VmRSS'),
      hwm: worker === null ? null : statusKb(worker, 'VmHWM'),
    },
  };
}
