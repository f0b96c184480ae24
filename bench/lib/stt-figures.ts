import { defaultChunkerOptions } from '../../app/domain/speech';
import { formatFigure, formatNumber, ratio, type Figure, type Target } from './report';
import type { LagSamples } from './stt-caption-lag';
import type { RtfSamples } from './stt-rtf';
import { median, summarize } from './stats';

/** Which model a section measured, in the words its notes use. */
export interface ModelRun {
  /** The figure-name suffix: `toy` or `base_shaped`. */
  key: string;
  /** e.g. "toy model (1 layer, width 64), random weights". */
  label: string;
  fileBytes: number;
  /** What whisper.cpp's loader called it (`unknown`, `base`). */
  reportedType: string;
  fileNote: string;
  threads: number;
  chunkSeconds: number;
  rtf: RtfSamples;
  lag: LagSamples;
  /** Whether this model's figures carry the targets (the base-sized one does). */
  targeted: boolean;
}

export interface Section {
  lines: string[];
  targets: Target[];
  /** Plain words on a missed target: by how much, and where the time went. */
  notes: string[];
}

const mib = (kb: number) => kb / 1024;
const targets = { engineVsDirect: 1.3, captionLagMs: 2000 };

export function modelSection(run: ModelRun): Section {
  const { key, label, rtf, lag } = run;
  const chunkMs = run.chunkSeconds * 1000;
  const engineMedian = median(rtf.engineMs);
  const directMedian = median(rtf.directMs);
  const vsDirect = ratio(engineMedian, directMedian);
  const per = `${run.chunkSeconds} s chunk, ${run.threads} thread(s)`;
  const figures: Figure[] = [
    {
      name: `stt.model_file.${key}`,
      value: run.fileBytes / 2 ** 20,
      unit: 'MiB',
      note: `${label}; whisper.cpp loads it as type "${run.reportedType}"; ${run.fileNote}`,
    },
    {
      name: `stt.engine_cold.${key}`,
      value: rtf.engineColdMs,
      unit: 'ms',
      note: `first engine.transcribe of the ${per}: forks the worker (tsx + whisper-node), not in the RTF`,
    },
    {
      name: `stt.engine_rtf.${key}`,
      value: engineMedian / chunkMs,
      unit: 'x',
      note: `median of ${rtf.engineMs.length} warm engine.transcribe calls ÷ ${run.chunkSeconds} s: ${formatNumber(engineMedian)} ms, model reload included; ${label}`,
    },
    {
      name: `stt.direct_rtf.${key}`,
      value: directMedian / chunkMs,
      unit: 'x',
      note: `median of ${rtf.directMs.length} runs of whisper.cpp main spawned directly with the same flags: ${formatNumber(directMedian)} ms; encode ${formatNumber(rtf.timings.encodeMs)} ms, ${rtf.timings.decodeRuns} decode runs, ${rtf.timings.fallbacks} temperature fallbacks (random weights)`,
    },
    {
      name: `stt.engine_vs_direct.${key}`,
      value: vsDirect,
      unit: 'x',
      note: `engine median over direct median, same chunk, alternating rounds; ${formatNumber(engineMedian - directMedian)} ms of worker IPC, whisper-node and its shell`,
    },
  ];
  if (lag.lagMs.length > 0) {
    const total = summarize(lag.lagMs);
    figures.push(
      {
        name: `stt.caption_lag.${key}.p50`,
        value: total.p50,
        unit: 'ms',
        note: `n=${total.n}, last voiced 100 ms frame pushed → stt.segments, real-time pace through the stream handlers; ${label}`,
      },
      {
        name: `stt.caption_lag.${key}.p95`,
        value: total.p95,
        unit: 'ms',
        note: `n=${total.n}, worst ${formatNumber(total.max)} ms`,
      },
      {
        name: `stt.caption_lag.${key}.chunker_p50`,
        value: median(lag.chunkerMs),
        unit: 'ms',
        note: 'of the lag: until the chunker closed the chunk (audioEndedAt), 1 ms clock',
      },
      {
        name: `stt.caption_lag.${key}.transcribe_p50`,
        value: median(lag.transcribeMs),
        unit: 'ms',
        note: 'of the lag: audioEndedAt → transcribedAt (chunk WAV written, engine job, merge)',
      },
    );
  }
  const memory = (name: string, kb: number | null, note: string) =>
    kb === null ? [] : [{ name: `stt.memory.${key}.${name}`, value: mib(kb), unit: 'MiB', note }];
  figures.push(
    ...memory(
      'whisper_peak',
      rtf.whisperPeakKb.engine,
      `peak RSS (VmHWM) of whisper.cpp main under the engine, model loaded; run directly: ${rtf.whisperPeakKb.direct === null ? '?' : formatNumber(mib(rtf.whisperPeakKb.direct))} MiB`,
    ),
    ...memory(
      'worker_rss',
      rtf.workerKb.rss,
      `the engine's worker process after the jobs (peak ${rtf.workerKb.hwm === null ? '?' : formatNumber(mib(rtf.workerKb.hwm))} MiB); from sources it runs under tsx`,
    ),
  );

  const lines = figures.map(formatFigure);
  if (lag.split > 0 || lag.missed > 0)
    lines.push(
      `WARNING ${key}: ${lag.split} utterances cut in two at a pause, ${lag.missed} without a caption in time`,
    );
  if (!run.targeted) return { lines, targets: [], notes: [] };

  const sectionTargets: Target[] = [
    {
      name: `stt.engine_vs_direct.${key}`,
      value: vsDirect,
      limit: targets.engineVsDirect,
      bound: '<=',
      unit: 'x',
    },
  ];
  const notes: string[] = [];
  if (lag.lagMs.length > 0) {
    const p95 = summarize(lag.lagMs).p95;
    sectionTargets.push({
      name: `stt.caption_lag.${key}.p95`,
      value: p95,
      limit: targets.captionLagMs,
      bound: '<=',
      unit: 'ms',
    });
    if (p95 > targets.captionLagMs) notes.push(lagNote(key, p95, lag));
  }
  if (vsDirect > targets.engineVsDirect)
    notes.push(
      `NOTE stt.engine_vs_direct.${key} misses ${targets.engineVsDirect} by ${formatNumber(vsDirect - targets.engineVsDirect)}: the engine adds ${formatNumber(engineMedian - directMedian)} ms per chunk`,
    );
  return { lines, targets: sectionTargets, notes };
}

function lagNote(key: string, p95: number, lag: LagSamples): string {
  const { hangoverMs, endOfSpeechMs, minChunkMs } = defaultChunkerOptions;
  return [
    `NOTE stt.caption_lag.${key}.p95 misses ${targets.captionLagMs} ms by ${formatNumber(p95 - targets.captionLagMs)} ms.`,
    `The chunker's wait is part of it (p50 ${formatNumber(median(lag.chunkerMs))} ms): it closes a chunk after ${hangoverMs} ms of quiet once it holds ${minChunkMs} ms, after ${endOfSpeechMs} ms when shorter.`,
    `The rest is transcription (p50 ${formatNumber(median(lag.transcribeMs))} ms), which whisper.cpp spends on a full 30 s window however short the chunk.`,
  ].join(' ');
}
