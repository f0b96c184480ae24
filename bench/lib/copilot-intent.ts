/**
 * Intent parse throughput: parseComment over the whole corpus per pass, against a baseline pass that does
 * the least any comment handler does (its length and one regex test), interleaved so drift in the machine
 * lands on both. Floods are timed on their own: a handful of them would hide in a 60k-comment median.
 */
import { intents, parseComment, type Intent, type ProductIndex } from '../../app/text/intent';
import type { LiveComment } from './copilot-data';
import { floodKinds, floodLength, type Flood, type FloodKind } from './copilot-corpus';
import { formatNumber, ratio, type Figure, type Target } from './report';
import { median } from './stats';

export interface IntentSettings {
  passes: number;
  warmupPasses: number;
  targetPerSecond: number;
}

export interface IntentRun {
  comments: number;
  verbatim: number;
  parseMs: number[];
  baselineMs: number[];
  floods: number;
  floodMs: number[];
  /** Median ms per flood of each kind, over the passes. */
  floodKindMs: Record<FloodKind, number>;
  mix: Record<Intent, number>;
}

/** What the baseline tests: whether a comment mentions wanting or buying at all. */
const baselinePattern = /要|拍|买/u;

/**
 * Both loops return what they computed so the JIT cannot drop the work; the caller checks the sums agree
 * between passes, which also shows every pass did the same work.
 */
function parsePass(comments: readonly LiveComment[], index: ProductIndex): { ms: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (const comment of comments) {
    const read = parseComment(comment.text, index);
    sink += (read.link ?? 0) + (read.qty ?? 0) + read.intent.length;
  }
  return { ms: performance.now() - start, sink };
}

function baselinePass(comments: readonly LiveComment[]): { ms: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (const comment of comments) sink += comment.text.length + (baselinePattern.test(comment.text) ? 1 : 0);
  return { ms: performance.now() - start, sink };
}

function intentMix(comments: readonly LiveComment[], index: ProductIndex): Record<Intent, number> {
  const mix = Object.fromEntries(intents.map((intent) => [intent, 0])) as Record<Intent, number>;
  for (const comment of comments) mix[parseComment(comment.text, index).intent] += 1;
  return mix;
}

export function measureIntent(
  corpus: { comments: readonly LiveComment[]; verbatim: number },
  floods: readonly Flood[],
  index: ProductIndex,
  settings: IntentSettings,
  log: (message: string) => void,
): IntentRun {
  const run: IntentRun = {
    comments: corpus.comments.length,
    verbatim: corpus.verbatim,
    parseMs: [],
    baselineMs: [],
    floods: floods.length,
    floodMs: [],
    floodKindMs: Object.fromEntries(floodKinds.map((kind) => [kind, 0])) as Record<FloodKind, number>,
    mix: intentMix(corpus.comments, index),
  };
  const byKind = floodKinds.map((kind) => ({ kind, floods: floods.filter((flood) => flood.kind === kind) }));
  const kindMs = new Map<FloodKind, number[]>(floodKinds.map((kind) => [kind, []]));
  const sinks = new Set<string>();
  for (let pass = 0; pass < settings.warmupPasses + settings.passes; pass += 1) {
    const parsed = parsePass(corpus.comments, index);
    const baseline = baselinePass(corpus.comments);
    const flooded = parsePass(floods, index);
    const kinds = byKind.map(({ kind, floods: ofKind }) => ({ kind, ...parsePass(ofKind, index) }));
    sinks.add(`${parsed.sink}/${baseline.sink}/${flooded.sink}`);
    if (pass < settings.warmupPasses) continue;
    run.parseMs.push(parsed.ms);
    run.baselineMs.push(baseline.ms);
    run.floodMs.push(flooded.ms);
    for (const { kind, floods: ofKind } of byKind) {
      const ms = kinds.find((entry) => entry.kind === kind)?.ms ?? Number.NaN;
      kindMs.get(kind)?.push(ms / Math.max(1, ofKind.length));
    }
    log(`intent pass ${pass - settings.warmupPasses + 1}/${settings.passes}: ${Math.round(parsed.ms)} ms`);
  }
  if (sinks.size !== 1) throw new Error('parse passes disagree: parseComment is not deterministic');
  for (const kind of floodKinds) run.floodKindMs[kind] = median(kindMs.get(kind) ?? [Number.NaN]);
  return run;
}

const perSecond = (count: number, ms: number) => (ms > 0 ? count / (ms / 1000) : Number.POSITIVE_INFINITY);

export function intentFigures(
  run: IntentRun,
  settings: IntentSettings,
): { figures: Figure[]; target: Target } {
  const parseMs = median(run.parseMs);
  const baselineMs = median(run.baselineMs);
  const floodMs = median(run.floodMs);
  const passes = `median of ${run.parseMs.length} passes after ${settings.warmupPasses} warm-up`;
  const mix = intents
    .map((intent) => `${intent} ${Math.round((100 * run.mix[intent]) / run.comments)}%`)
    .join(', ');
  const slowest = floodKinds.reduce((a, b) => (run.floodKindMs[b] > run.floodKindMs[a] ? b : a));
  const throughput = perSecond(run.comments, parseMs);
  return {
    figures: [
      {
        name: 'copilot.intent_throughput',
        value: throughput,
        unit: 'comments/s',
        note: `parseComment over ${run.comments} comments (${run.verbatim} dev comments as written, the rest varied), ${passes}; ${formatNumber((1000 * parseMs) / run.comments)} µs each; read as ${mix}`,
      },
      {
        name: 'copilot.intent_baseline',
        value: perSecond(run.comments, baselineMs),
        unit: 'comments/s',
        note: `text.length + one regex test per comment over the same corpus, ${passes}`,
      },
      {
        name: 'copilot.intent_vs_baseline',
        value: ratio(parseMs, baselineMs),
        unit: 'x',
        note: 'parse time per comment over the baseline loop’s',
      },
      {
        name: 'copilot.intent_throughput_floods',
        value: perSecond(run.floods, floodMs),
        unit: 'comments/s',
        note: `${run.floods} floods of ${floodLength} UTF-16 units (${floodKinds.join(', ')}), ${passes}; slowest kind ${slowest} at ${formatNumber(1000 * run.floodKindMs[slowest])} µs each`,
      },
    ],
    target: {
      name: 'copilot.intent_throughput',
      value: throughput,
      limit: settings.targetPerSecond,
      bound: '>',
      unit: 'comments/s',
    },
  };
}
