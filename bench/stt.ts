/**
 * Speech-to-text benchmark: the captions engine (whisper.cpp through whisper-node, in a forked worker) on a
 * 10 s Mandarin chunk against whisper.cpp's `main` run directly on the same chunk with the same flags (the
 * baseline of the ratio), caption lag through the real stream handlers at the microphone's pace, and memory
 * with the model loaded. Figures go to stdout, one per line; progress goes to stderr. About two minutes.
 *
 *   npm run -s bench:stt
 *
 * No real model can be had on the build machines, so both models have random weights: the 8 MB toy model
 * from ../shared/data/models, and a base-shaped one this bench writes from it (the real base model's widths,
 * heads, layers and vocabulary, f16, about 150 MB) and deletes at the end. Their words are meaningless; the
 * timings of the base-shaped one are what a base model costs, except that random weights make whisper.cpp
 * retry each chunk at higher temperatures (the notes show how often), which a real model rarely does.
 * Speech comes from espeak-ng. It reports and never gates: missed targets print FAIL and the exit code stays
 * 0 (errors exit 1; no whisper.cpp build, espeak-ng or sox exits 2).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultThreads } from '../main/services/stt/engine/engine';
import { realPipelineMissing, toyModelPath } from '../main/services/stt/engine/testing/test-audio';
import { createWhisperNodeEngine } from '../main/services/stt/engine/whisper-node-engine';
import { whisperBinaryBuilt, whisperCppDir } from '../main/services/stt/engine/whisper-paths';
import { whisperCatalogue } from '../main/services/stt/models/catalogue';
import type { Cleanup } from './lib/cleanup';
import { formatNumber, formatTarget, type Target } from './lib/report';
import { runBenchmark } from './lib/run-bench';
import { chunkSeconds, tenSecondChunk, utterances, type Utterance } from './lib/stt-audio';
import { measureCaptionLag } from './lib/stt-caption-lag';
import { reportedModelType, runDirect, whisperBinary } from './lib/stt-direct';
import { modelSection } from './lib/stt-figures';
import { procAvailable } from './lib/stt-proc';
import { measureRtf } from './lib/stt-rtf';
import { baseShape, writeShapedModel } from './lib/stt-shaped-model';

const settings = {
  /** Warm rounds per model; a base-shaped round (engine, then direct) takes about 7 s on 2 cores. */
  rounds: { toy: 7, base_shaped: 5 },
  language: 'zh' as const,
};

const missingToolsExitCode = 2;
const log = (message: string) => console.error(`[bench] ${message}`);

interface Model {
  key: 'toy' | 'base_shaped';
  label: string;
  path: string;
  fileNote: string;
}

/** What keeps the bench from running here, or null. */
function missingTools(whisperDir: string | null): string | null {
  if (!whisperBinaryBuilt(whisperDir))
    return "whisper.cpp's main is not built inside whisper-node: run `node scripts/build-whisper.mjs`";
  return realPipelineMissing(['espeak-ng', 'sox']);
}

interface Context {
  whisperDir: string;
  dir: string;
  chunk: string;
  spoken: readonly Utterance[];
  threads: number;
  cleanup: Cleanup;
}

async function measureModel(model: Model, context: Context) {
  const { whisperDir, threads } = context;
  const job = { wavPath: context.chunk, modelPath: model.path, language: settings.language, threads };
  // Also the check the issue asks for: whisper.cpp loads the file and says what it takes it for.
  const probe = await runDirect(whisperBinary(whisperDir), job, whisperDir);
  const reportedType = reportedModelType(probe.stderr) ?? '?';
  log(`${model.key}: whisper.cpp loads ${model.path} as type "${reportedType}"`);

  const engine = createWhisperNodeEngine({ whisperDir });
  const disposeEngine = context.cleanup.add(`${model.key} speech engine`, () => engine.dispose());
  try {
    log(
      `${model.key}: ${settings.rounds[model.key]} rounds of the ${chunkSeconds} s chunk, engine and direct`,
    );
    const rtf = await measureRtf({
      engine,
      binary: whisperBinary(whisperDir),
      whisperDir,
      job,
      rounds: settings.rounds[model.key],
      log: (message) => log(`${model.key}: ${message}`),
    });
    log(`${model.key}: caption lag over ${context.spoken.length} utterances at real-time pace`);
    const lag = await measureCaptionLag({
      engine,
      modelPath: model.path,
      threads,
      workDir: join(context.dir, `chunks ${model.key}`),
      utterances: context.spoken,
      log: (message) => log(`${model.key}: ${message}`),
    });
    return modelSection({
      key: model.key,
      label: model.label,
      fileBytes: (await stat(model.path)).size,
      reportedType,
      fileNote: model.fileNote,
      threads,
      chunkSeconds,
      rtf,
      lag,
      targeted: model.key === 'base_shaped',
    });
  } finally {
    await disposeEngine();
  }
}

async function main(): Promise<void> {
  const whisperDir = whisperCppDir();
  const toy = toyModelPath();
  const missing = missingTools(whisperDir);
  if (missing !== null || whisperDir === null || toy === null) {
    console.error(`[bench] cannot run: ${missing ?? 'whisper-node is not installed'}`);
    process.exitCode = missingToolsExitCode;
    return;
  }
  if (!procAvailable()) log('no /proc here: the memory figures are left out');

  await runBenchmark(async (cleanup) => {
    // A space in the folder name, as in the owners' own folders: the engine must quote every path.
    const dir = await mkdtemp(join(tmpdir(), 'linli stt bench '));
    cleanup.add('temp folder', () => rm(dir, { recursive: true, force: true }));
    const threads = defaultThreads();

    log('speaking the Mandarin test audio with espeak-ng');
    const chunk = tenSecondChunk(dir);
    const spoken = utterances(dir);

    const shapedPath = join(dir, 'ggml base shaped random.bin');
    log('writing the base-shaped random-weight model (about 150 MB)');
    const shaped = await writeShapedModel(toy, shapedPath);
    const realBase = whisperCatalogue.find((entry) => entry.id === 'base')?.sizeBytes ?? Number.NaN;
    log(`wrote ${shaped.tensors} tensors, ${shaped.bytes} bytes in ${Math.round(shaped.ms)} ms`);

    const models: Model[] = [
      {
        key: 'toy',
        label: 'toy model (1 layer, width 64), random weights',
        path: toy,
        fileNote: 'toy-random-whisper-ggml.bin from ../shared/data/models',
      },
      {
        key: 'base_shaped',
        label: `base-shaped model (${baseShape.n_audio_layer}+${baseShape.n_text_layer} layers, width ${baseShape.n_audio_state}, f16), random weights`,
        path: shapedPath,
        fileNote: `written by this bench in ${formatNumber(shaped.ms)} ms from the toy's vocabulary and mel filters; the real ggml-base.bin is ${realBase} bytes, this one ${shaped.bytes}`,
      },
    ];
    const targets: Target[] = [];
    const notes: string[] = [];
    for (const model of models) {
      const section = await measureModel(model, { whisperDir, dir, chunk, spoken, threads, cleanup });
      for (const line of section.lines) console.log(line);
      targets.push(...section.targets);
      notes.push(...section.notes);
    }
    // Other work on the machine slows whisper.cpp down, in both columns of the ratio alike.
    const [load = 0] = loadavg();
    console.log(
      `host_load ${load.toFixed(2)} tasks (1-minute load average at the end, on ${cpus().length} CPUs; whisper.cpp ran on ${threads} thread(s))`,
    );
    console.log('');
    for (const target of targets) console.log(formatTarget(target));
    for (const note of notes) console.log(note);
  });
}

await main();
