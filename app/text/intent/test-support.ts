import { parseComment } from './parse-comment';
import type { ProductIndex } from './products';
import { intents, type Intent } from './types';

/** One labelled comment as HQ writes them: nickname, text, intent, link, qty (empty when not applicable). */
export interface LabelledComment {
  text: string;
  intent: Intent;
  link: number | null;
  qty: number | null;
}

const isIntent = (value: string): value is Intent => (intents as readonly string[]).includes(value);
const cell = (value: string | undefined): number | null =>
  value === undefined || value === '' ? null : Number(value);

export function parseLabelled(tsv: string): LabelledComment[] {
  return tsv
    .split(/\r?\n/u)
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [, text = '', intent = '', link, qty] = line.split('\t');
      if (!isIntent(intent)) throw new Error(`Unknown intent "${intent}" in: ${line}`);
      return { text, intent, link: cell(link), qty: cell(qty) };
    });
}

export interface IntentScore {
  intent: Intent;
  support: number;
  precision: number;
  recall: number;
}

export interface LabelledScore {
  /** Share of comments whose intent, link and qty are all right. */
  exact: number;
  perIntent: IntentScore[];
  misses: string[];
}

/** Scores the parser the way HQ does: a comment counts when intent, link and qty all match. */
export function scoreLabelled(rows: readonly LabelledComment[], products: ProductIndex): LabelledScore {
  const predicted = new Map<Intent, number>();
  const correct = new Map<Intent, number>();
  const misses: string[] = [];
  let exact = 0;
  for (const row of rows) {
    const { intent, link, qty } = parseComment(row.text, products);
    predicted.set(intent, (predicted.get(intent) ?? 0) + 1);
    if (intent === row.intent) correct.set(intent, (correct.get(intent) ?? 0) + 1);
    if (intent === row.intent && link === row.link && qty === row.qty) exact += 1;
    else misses.push(`${row.text} → ${JSON.stringify({ intent, link, qty })}, want ${JSON.stringify(row)}`);
  }
  const perIntent = intents.map((intent) => {
    const support = rows.filter((row) => row.intent === intent).length;
    const hits = correct.get(intent) ?? 0;
    const guesses = predicted.get(intent) ?? 0;
    return {
      intent,
      support,
      precision: guesses === 0 ? 1 : hits / guesses,
      recall: support === 0 ? 1 : hits / support,
    };
  });
  return { exact: rows.length === 0 ? 1 : exact / rows.length, perIntent, misses };
}

export function formatScore(score: LabelledScore): string {
  const lines = score.perIntent.map(
    ({ intent, support, precision, recall }) =>
      `${intent.padEnd(10)} P ${precision.toFixed(2)}  R ${recall.toFixed(2)}  (n=${support})`,
  );
  return [`exact (intent+link+qty) ${(score.exact * 100).toFixed(1)}%`, ...lines].join('\n');
}
