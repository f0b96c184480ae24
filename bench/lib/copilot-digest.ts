/**
 * The copilot panel's refresh: buildDigest over a 500-comment window sliding along a parsed comment stream
 * (as new comments arrive), then offlineSuggestions for the product on air from that digest. The digest is
 * also timed with the jieba segmenter, which words the questions no keyword places.
 */
import {
  buildDigest,
  offlineSuggestions,
  type Digest,
  type DigestOptions,
  type DigestProduct,
  type OnAirEntry,
  type ParsedComment,
} from '../../app/domain/copilot';
import { t0 } from '../../app/domain/copilot/fixtures';
import { parseComment, type ProductIndex } from '../../app/text/intent';
import type { Segmenter } from '../../app/text/segmenter';
import type { LiveComment } from './copilot-data';
import { formatNumber, type Figure, type Target } from './report';
import { summarize } from './stats';

export interface DigestSettings {
  window: number;
  /** Comments arriving between two refreshes. */
  step: number;
  digests: number;
  warmup: number;
  /** The window's comments are spread over this long: the digest's own default window. */
  spreadMs: number;
  /** How long each product stays on air, in rundown order. */
  segmentMs: number;
  targetMs: number;
}

export interface DigestRun {
  digestMs: number[];
  jiebaMs: number[];
  suggestMs: number[];
  /** Averages over the measured windows, for the notes. */
  questions: number;
  clusters: number;
  complaints: number;
  lines: number;
  /** Windows whose digest did not count all of their comments (it should always count them). */
  shortWindows: number;
}

/** What a host says while selling, so the suggestions have a transcript tail to hold points back by. */
const transcriptTail = [
  '家人们晚上好，今天的福利都在购物车里',
  '这款有机米粉是有认证的，六个月以上的宝宝都能吃',
  '鸡蛋是散养的，明天九点就能自提',
  '扣1的朋友我都看到了，马上给大家上链接',
];

function parsedStream(comments: readonly LiveComment[], index: ProductIndex, gapMs: number): ParsedComment[] {
  return comments.map((comment, position) => {
    const { intent, link, qty } = parseComment(comment.text, index);
    return { id: `c${position + 1}`, ...comment, at: t0 + position * gapMs, intent, link, qty };
  });
}

function rundown(products: readonly DigestProduct[], untilMs: number, segmentMs: number): OnAirEntry[] {
  const entries: OnAirEntry[] = [];
  for (let at = 0, turn = 0; at <= untilMs; at += segmentMs, turn += 1) {
    const product = products[turn % products.length];
    if (product !== undefined) entries.push({ link: product.link, at: t0 + at });
  }
  return entries;
}

const timed = <T>(run: () => T): { ms: number; value: T } => {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
};

export function measureDigest(
  comments: readonly LiveComment[],
  index: ProductIndex,
  products: readonly DigestProduct[],
  segmenter: Segmenter,
  settings: DigestSettings,
): DigestRun {
  const rounds = settings.warmup + settings.digests;
  const needed = settings.window + (rounds - 1) * settings.step;
  if (comments.length < needed)
    throw new Error(`the digest needs ${needed} comments, got ${comments.length}`);
  // 500 comments 600 ms apart span 299.4 s, so the whole slice is inside the 5-minute window.
  const gapMs = settings.spreadMs / settings.window;
  const stream = parsedStream(comments.slice(0, needed), index, gapMs);
  const onAir = rundown(products, needed * gapMs, settings.segmentMs);
  const options: DigestOptions = { onAir, locale: 'zh-CN', windowMs: settings.spreadMs };
  const run: DigestRun = {
    digestMs: [],
    jiebaMs: [],
    suggestMs: [],
    questions: 0,
    clusters: 0,
    complaints: 0,
    lines: 0,
    shortWindows: 0,
  };
  for (let round = 0; round < rounds; round += 1) {
    const window = stream.slice(round * settings.step, round * settings.step + settings.window);
    const now = window.at(-1)?.at ?? t0;
    const digest = timed(() => buildDigest(window, products, now, options));
    const jieba = timed(() => buildDigest(window, products, now, { ...options, segmenter }));
    const onAirLink = onAir.filter((entry) => entry.at <= now).at(-1)?.link;
    const product = products.find((candidate) => candidate.link === onAirLink) ?? products[0];
    if (product === undefined) throw new Error('no products to suggest for');
    const suggest = timed(() =>
      offlineSuggestions({ product, digest: digest.value, transcriptTail, locale: 'zh-CN' }),
    );
    if (round < settings.warmup) continue;
    run.digestMs.push(digest.ms);
    run.jiebaMs.push(jieba.ms);
    run.suggestMs.push(suggest.ms);
    tallyWindow(run, digest.value, suggest.value.lines.length, settings.window);
  }
  const n = run.digestMs.length;
  for (const key of ['questions', 'clusters', 'complaints', 'lines'] as const) run[key] /= n;
  return run;
}

function tallyWindow(run: DigestRun, digest: Digest, lines: number, window: number): void {
  run.questions += digest.byIntent.question;
  run.clusters += digest.questions.length;
  run.complaints += digest.complaints.length;
  run.lines += lines;
  if (digest.total !== window) run.shortWindows += 1;
}

export function digestFigures(
  run: DigestRun,
  settings: DigestSettings,
): { figures: Figure[]; target: Target; warnings: string[] } {
  const digest = summarize(run.digestMs);
  const jieba = summarize(run.jiebaMs);
  const suggest = summarize(run.suggestMs);
  const window = `${settings.window} parsed comments over ${settings.spreadMs / 60_000} min, sliding ${settings.step} per refresh`;
  const n = `n=${digest.n} after ${settings.warmup} warm-up`;
  return {
    figures: [
      {
        name: 'copilot.digest_500.p50',
        value: digest.p50,
        unit: 'ms',
        note: `${n}, buildDigest of ${window}; per window ${formatNumber(run.questions)} questions in ${formatNumber(run.clusters)} clusters shown, ${formatNumber(run.complaints)} complaints, products on air by turns`,
      },
      {
        name: 'copilot.digest_500.p95',
        value: digest.p95,
        unit: 'ms',
        note: `${n}, worst ${formatNumber(digest.max)} ms`,
      },
      {
        name: 'copilot.digest_500_jieba.p50',
        value: jieba.p50,
        unit: 'ms',
        note: `${n}, the same windows with the jieba segmenter for unplaced questions`,
      },
      {
        name: 'copilot.digest_500_jieba.p95',
        value: jieba.p95,
        unit: 'ms',
        note: `${n}, worst ${formatNumber(jieba.max)} ms`,
      },
      {
        name: 'copilot.offline_suggestions.p50',
        value: suggest.p50,
        unit: 'ms',
        note: `${n}, offlineSuggestions for the product on air from each digest, zh-CN, 4-line transcript tail; ${formatNumber(run.lines)} lines each; p95 ${formatNumber(suggest.p95)} ms`,
      },
    ],
    target: {
      name: 'copilot.digest_500.p95',
      value: digest.p95,
      limit: settings.targetMs,
      bound: '<',
      unit: 'ms',
    },
    warnings:
      run.shortWindows === 0
        ? []
        : [
            `${run.shortWindows} digests counted fewer than ${settings.window} comments: the window slid past some`,
          ],
  };
}
