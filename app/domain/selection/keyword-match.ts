import type { Segmenter } from '../../text/segmenter';

/**
 * Finds which of a set of keywords a message mentions, on the segmenter's words rather than raw substrings,
 * with the rules of `app/text/tag-inference.ts`: a keyword hits when it is exactly a run of consecutive words
 * (零添加 = 零 + 添加), or, for keywords of two or more characters, the start or end of one longer word (有机
 * in 有机菜); it never hits across a word boundary that splits it (有机 in 有/机会), and a single character
 * only hits a word of its own.
 *
 * Unlike tag inference there is no negation: "没有零添加的吗" asks for 零添加, which is exactly the demand a
 * keyword trend should count.
 */
export interface KeywordMatcher {
  /** The keywords as given, after dropping blanks and duplicates (first spelling wins). */
  keywords: string[];
  /** Indices into `keywords` of every keyword the text mentions, each once, in keyword order. */
  mentioned(text: string): number[];
}

const clauseBreak = /^\p{P}+$/u;
const whitespace = /^\s*$/u;

export function normalizeKeyword(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s/gu, '');
}

export function createKeywordMatcher(keywords: readonly string[], segmenter: Segmenter): KeywordMatcher {
  const index = new Map<string, number>();
  const kept: string[] = [];
  let longest = 0;
  for (const keyword of keywords) {
    const key = normalizeKeyword(keyword);
    if (key === '' || index.has(key)) continue;
    index.set(key, kept.length);
    kept.push(keyword.trim());
    longest = Math.max(longest, key.length);
  }

  function mentioned(text: string): number[] {
    if (index.size === 0 || text.trim() === '') return [];
    const words = segmenter
      .cut(text)
      .filter((word) => !whitespace.test(word))
      .map((word) => word.normalize('NFKC').toLowerCase());
    const found = new Set<number>();
    const add = (candidate: string): void => {
      const at = index.get(candidate);
      if (at !== undefined) found.add(at);
    };
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] ?? '';
      if (clauseBreak.test(word)) continue;
      add(word);
      for (let length = Math.min(word.length - 1, longest); length >= 2; length -= 1) {
        add(word.slice(0, length));
        add(word.slice(-length));
      }
      let run = word;
      for (let end = i + 1; end < words.length; end += 1) {
        const next = words[end] ?? '';
        run += next;
        if (clauseBreak.test(next) || run.length > longest) break;
        add(run);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  return { keywords: kept, mentioned };
}
