import { normalizeTranscript } from './normalize';

/**
 * Character error rate of a transcript: the fewest single-character insertions, deletions and substitutions
 * turning the reference into the hypothesis, divided by the reference length. Both are normalized first
 * (see normalize.ts: punctuation, spaces and symbols dropped, full-width folded, Latin lower-cased, Chinese
 * numerals kept as written). Characters are Unicode code points, so a rare character outside the BMP counts
 * once. 0 when both are empty; 1 when only the reference is empty, as every character heard is wrong and
 * there is no length to divide by. Insertions can push the rate above 1.
 */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = Array.from(normalizeTranscript(reference));
  const hyp = Array.from(normalizeTranscript(hypothesis));
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  return editDistance(ref, hyp) / ref.length;
}

/** Levenshtein distance, keeping one row of the table so long transcripts stay cheap in memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let row = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let next = new Uint32Array(b.length + 1);
  a.forEach((charA, i) => {
    next[0] = i + 1;
    b.forEach((charB, j) => {
      const substitute = (row[j] ?? 0) + (charA === charB ? 0 : 1);
      next[j + 1] = Math.min(substitute, (row[j + 1] ?? 0) + 1, (next[j] ?? 0) + 1);
    });
    [row, next] = [next, row];
  });
  return row[b.length] ?? 0;
}
