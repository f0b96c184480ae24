import { describe, expect, it } from 'vitest';
import { checkCompliance } from './check';
import devSet from './fixtures/dev.tsv?raw';

interface Labelled {
  text: string;
  flagged: boolean;
  terms: string[];
}

/** fixtures/dev.tsv: text, expected flag (0/1), expected terms comma-separated; `#` lines are comments. */
function parse(tsv: string): Labelled[] {
  return tsv
    .split(/\r?\n/u)
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [text = '', flag = '', terms = ''] = line.split('\t');
      return { text, flagged: flag === '1', terms: terms === '' ? [] : terms.split(',') };
    });
}

const labelled = parse(devSet);

describe('labelled live-stream sentences (fixtures/dev.tsv)', () => {
  it('has both violations and look-alike traps', () => {
    expect(labelled.filter((row) => row.flagged).length).toBeGreaterThan(80);
    expect(labelled.filter((row) => !row.flagged).length).toBeGreaterThan(80);
  });

  it.each(labelled.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const result = checkCompliance(row.text);
    expect({ flagged: result.flagged, terms: result.hits.map((hit) => hit.term) }).toEqual({
      flagged: row.flagged,
      terms: row.terms,
    });
  });
});
