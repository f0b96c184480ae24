import { describe, expect, it } from 'vitest';
import cases from './fixtures/cases.tsv?raw';
import devSet from './fixtures/comments-dev.tsv?raw';
import productsTsv from './fixtures/products.tsv?raw';
import { parseComment } from './parse-comment';
import { createProductIndex } from './products';
import { parseProductsTsv } from './products-tsv';
import { formatScore, parseLabelled, scoreLabelled } from './test-support';
import { intents } from './types';

const products = createProductIndex(parseProductsTsv(productsTsv));

describe("HQ's dev set (fixtures/comments-dev.tsv, a copy of shared/data/live)", () => {
  const rows = parseLabelled(devSet);

  it.each(rows.map((row) => [row.text, row] as const))('%s', (text, row) => {
    const { intent, link, qty } = parseComment(text, products);
    expect({ intent, link, qty }).toEqual({ intent: row.intent, link: row.link, qty: row.qty });
  });
});

describe('our own labelled comments (fixtures/cases.tsv)', () => {
  const rows = parseLabelled(cases);

  it('covers every intent with tricky cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const intent of intents)
      expect(rows.filter((row) => row.intent === intent).length).toBeGreaterThan(10);
  });

  // The per-intent precision and recall show in the test report (an annotation), so a drop is visible
  // before it crosses the bar.
  it('gets at least 95% of comments exactly right (intent, link and qty)', async ({ annotate }) => {
    const score = scoreLabelled(rows, products);
    await annotate(
      `fixtures/cases.tsv\n${formatScore(score)}${score.misses.map((miss) => `\n  miss: ${miss}`).join('')}`,
    );
    expect(score.exact).toBeGreaterThanOrEqual(0.95);
  });
});
