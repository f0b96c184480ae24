import type { RulePattern, Suggest, Unless } from './types';

/** One Chinese character. */
export const han = '\\p{Script=Han}';

/** What may stand before a clause's first word once full-width punctuation is folded to ASCII. */
export const clauseStart = /(?:^|[,.!?;:、。…~"“”'‘’()（）【】《》[\]|/-]|首先|那么|那|好|其次|然后)$/u;

/**
 * Words that turn the claim after them into a disclaimer or a warning: 本品不能代替药物, 不适合糖尿病人,
 * 没有治疗作用. Only rules marked `negatable` consult it; 最/第一 stay risky even when denied (不敢说第一).
 */
export const negation =
  /(?:不能|不可以?|不会|无法|没法|没有|并没有|并不能|不具[有备]?|不是|并非|不等于|不代表|不用于|不宣传|不涉及|不承诺|不适合|不适宜|不宜|不建议|不推荐|不可能|能不能|是不是)$/u;

export function regex(source: string): RegExp {
  return new RegExp(source, 'u');
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** An alternation of plain words, longest first, so the regex prefers 低价 over 低. */
export function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** Literal patterns sharing one suggestion (and one set of exceptions). */
export function literals(
  suggestion: Suggest,
  terms: readonly string[],
  unless?: readonly Unless[],
): RulePattern[] {
  return terms.map((match) => (unless === undefined ? { match, suggestion } : { match, suggestion, unless }));
}
