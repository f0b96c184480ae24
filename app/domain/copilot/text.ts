import type { Segmenter } from '../../text/segmenter';

/** Half-width, lower case, single spaces: how keywords, products and transcripts are compared. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Characters that say nothing about what is asked: particles, politeness, addressing the host. Left in,
 * they make 这个怎么吃呀 and 那个怎么卖呀 look alike.
 */
const filler = /[\p{P}\p{S}\s吗嘛呢吧啊呀哦哈的了]|请问|主播|老板|亲们|宝宝们|家人们|姐妹们/gu;

/** Words no question is about, for the word-based comparison. */
const stopWords: ReadonlySet<string> = new Set([
  '这个',
  '那个',
  '什么',
  '怎么',
  '怎么样',
  '可以',
  '能',
  '是',
  '有',
  '没有',
  '我',
  '你',
  '我们',
  '你们',
  '一下',
  '还',
  '也',
  '都',
  '就',
  '请问',
  '主播',
  '哪个',
  '还是',
  '要',
  '用',
  '一起',
  '真',
  '真的',
]);

/**
 * What a question is compared by: its words when a segmenter is given, else its character pairs (single
 * characters for a one-character remainder). Pairs need no dictionary and cost nothing; words match
 * rephrasings better (蔬菜箱都有什么菜 / 蔬菜箱里有哪些菜 share 蔬菜, 箱, 菜).
 */
export function questionTokens(normalized: string, segmenter?: Segmenter): ReadonlySet<string> {
  if (segmenter !== undefined) {
    return new Set(
      segmenter
        .cut(normalized)
        .map((word) => word.replace(filler, ''))
        .filter((word) => word !== '' && !stopWords.has(word)),
    );
  }
  const chars = [...normalized.replace(filler, '')];
  if (chars.length === 1) return new Set(chars);
  const pairs = new Set<string>();
  for (let i = 1; i < chars.length; i += 1) pairs.add(`${chars[i - 1] ?? ''}${chars[i] ?? ''}`);
  return pairs;
}

/** Shared tokens over all tokens; 0 when both are empty, so two blank questions are not "the same". */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
