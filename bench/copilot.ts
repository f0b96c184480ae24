/**
 * Copilot benchmark: how fast the live-room copilot keeps up with the comments. Intent parse throughput
 * (parseComment against a length-and-one-regex baseline pass), the panel's digest of a sliding 500-comment
 * window with the offline suggestions built from it, and the time to the first suggestion token through the
 * real ai.generate path against the local model server. Figures go to stdout, one per line; progress goes
 * to stderr. About 10 s with the test model alone; a real model adds its own load and answers.
 *
 *   npm run -s bench:copilot
 *   LLM_MODEL_PATH=/models/qwen2.5-0.5b-instruct-q4_k_m.gguf npm run -s bench:copilot
 *
 * Comments and products come from ../shared/data/live (HQ's dev comments, repeated and varied). No real
 * language model can be had on the build machines, so the model figures always run on the tiny random-weight
 * Qwen2 from ../shared/data/models, which times the path but not a real model's arithmetic; the 1.5 s target
 * is only checked on the GGUF that LLM_MODEL_PATH names. It reports and never gates: missed targets print
 * FAIL and the exit code stays 0 (errors exit 1; missing data or test model exits 2).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createProductIndex } from '../app/text/intent';
import { createJiebaSegmenter } from '../app/text/segmenter';
import { tinyModelPath } from '../main/services/ai/testing/ai-harness';
import { buildCorpus, buildFloods } from './lib/copilot-corpus';
import { liveDataDir, missingLiveData, readLiveData } from './lib/copilot-data';
import { digestFigures, measureDigest, type DigestSettings } from './lib/copilot-digest';
import { intentFigures, measureIntent, type IntentSettings } from './lib/copilot-intent';
import { measureModel, modelFigures, type ModelSection, type ModelSettings } from './lib/copilot-model';
import { formatFigure, formatTarget, type Figure, type Target } from './lib/report';
import { runBenchmark } from './lib/run-bench';

const settings = {
  corpusSize: 60_000,
  floods: 600,
  intent: { passes: 5, warmupPasses: 1, targetPerSecond: 20_000 } satisfies IntentSettings,
  digest: {
    window: 500,
    step: 10,
    digests: 200,
    warmup: 20,
    spreadMs: 5 * 60_000,
    segmentMs: 60_000,
    targetMs: 200,
  } satisfies DigestSettings,
  model: {
    warmupRequests: 1,
    requests: 7,
    maxTokens: 64,
    loadTimeoutMs: 120_000,
    requestTimeoutMs: 120_000,
  } satisfies ModelSettings,
  firstTokenTargetMs: 1500,
};

const missingDataExitCode = 2;
const log = (message: string) => console.error(`[bench] ${message}`);
const print = (figures: readonly Figure[]) => {
  for (const figure of figures) console.log(formatFigure(figure));
};

/** The model LLM_MODEL_PATH names, or why the target cannot be checked on one. */
function realModel(): { path: string } | { reason: string } {
  const path = process.env['LLM_MODEL_PATH'];
  if (path === undefined || path === '')
    return { reason: 'LLM_MODEL_PATH is not set (point it at a 0.5B Q4 GGUF, e.g. Qwen2.5-0.5B-Instruct)' };
  if (!existsSync(path)) return { reason: `LLM_MODEL_PATH ${path} does not exist` };
  return { path };
}

async function main(): Promise<void> {
  const missing = missingLiveData() ?? (existsSync(tinyModelPath) ? null : `${tinyModelPath} is missing`);
  if (missing !== null) {
    console.error(
      `[bench] cannot run: ${missing} (HQ's shared data belongs next to the project, in ../shared)`,
    );
    process.exitCode = missingDataExitCode;
    return;
  }
  await runBenchmark(async (cleanup) => {
    const live = readLiveData();
    const index = createProductIndex(live.linked);
    log(`${live.comments.length} dev comments and ${live.linked.length} products from ${liveDataDir}`);
    const corpus = buildCorpus(live.comments, settings.corpusSize);
    const floods = buildFloods(live.comments, settings.floods);
    const targets: Target[] = [];
    const notes: string[] = [];
    const warnings: string[] = [];

    log(`intent: ${settings.intent.warmupPasses} warm-up and ${settings.intent.passes} measured passes`);
    const intent = intentFigures(measureIntent(corpus, floods, index, settings.intent, log), settings.intent);
    print(intent.figures);
    targets.push(intent.target);

    log(`digest: ${settings.digest.warmup} warm-up and ${settings.digest.digests} measured refreshes`);
    const segmenter = await createJiebaSegmenter();
    const digest = digestFigures(
      measureDigest(corpus.comments, index, live.products, segmenter, settings.digest),
      settings.digest,
    );
    print(digest.figures);
    targets.push(digest.target);
    warnings.push(...digest.warnings);

    const real = realModel();
    const models: (ModelSection & { path: string })[] = [
      {
        key: 'tiny_random',
        label:
          'tiny-random-qwen2-f16.gguf (2 layers, random weights): times the path, not a real model; the 1.5 s target is for a real 0.5B Q4 model',
        targeted: false,
        firstLoad: true,
        path: tinyModelPath,
      },
      ...('path' in real
        ? [
            {
              key: 'llm_model_path',
              label: `LLM_MODEL_PATH ${real.path}`,
              targeted: true,
              firstLoad: false,
              path: real.path,
            },
          ]
        : []),
    ];
    for (const model of models) {
      log(
        `model ${model.key}: ${settings.model.warmupRequests} warm-up and ${settings.model.requests} requests`,
      );
      const run = await measureModel(model.path, live.products, settings.model, cleanup, log);
      const section = modelFigures(run, model, settings.model, settings.firstTokenTargetMs);
      print(section.figures);
      targets.push(...section.targets);
    }
    if ('reason' in real)
      notes.push(
        `NOTE copilot.first_token < ${settings.firstTokenTargetMs} ms could not be checked here: ${real.reason}; the tiny random model's figure above is no substitute.`,
      );

    // The parse and digest figures are single-threaded; llama.cpp uses all cores but one.
    const [load = 0] = loadavg();
    console.log(
      `host_load ${load.toFixed(2)} tasks (1-minute load average at the end, on ${cpus().length} CPUs)`,
    );
    for (const warning of warnings) console.log(`WARNING ${warning}`);
    console.log('');
    for (const target of targets) console.log(formatTarget(target));
    for (const note of notes) console.log(note);
  });
}

await main();
