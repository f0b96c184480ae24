import type { CatalogItemDoc } from '../../db/schemas/catalog';
import { defaultTagDictionary } from '../../text/tag-dictionary';
import type { Segmenter } from '../../text/segmenter';
import { shanghaiDay } from '../orders/shanghai-day';
import { createKeywordMatcher, normalizeKeyword } from './keyword-match';

export type TrendDirection = 'rising' | 'steady' | 'falling' | 'new';

export interface TrendMessage {
  at: number;
  text: string;
}

export interface KeywordTrend {
  keyword: string;
  /**
   * Messages that mention the keyword, per week, this week first. A week is seven Asia/Shanghai calendar
   * days: week 0 is today and the six days before it, week 1 the seven days before those, and so on.
   */
  weeks: number[];
  trend: TrendDirection;
}

/**
 * Rolling weeks that end today rather than calendar weeks from Monday: on a Monday a calendar "this week"
 * holds a few hours of chat and every keyword would look like it was falling.
 */
const daysPerWeek = 7;

/**
 * A change needs to be both relative and absolute to count: 1 → 2 mentions doubles but is noise in a group
 * of a few hundred neighbours, and 20 → 22 is two more but no trend.
 */
const trendRules = { minChange: 2, risingRatio: 1.5, fallingRatio: 0.5 };

/**
 * Per keyword (blank and duplicate keywords dropped, in the order given), how many messages mentioned it in
 * each of the last `weeks` weeks (at least 2, so that there is a week to compare with) and which way that
 * goes. A message counts once per keyword however often it repeats it; messages after `now` are ignored.
 */
export function keywordTrends(
  messages: readonly TrendMessage[],
  keywords: readonly string[],
  segmenter: Segmenter,
  now: number,
  weeks = 4,
): KeywordTrend[] {
  const span = Math.max(2, Math.floor(weeks));
  const matcher = createKeywordMatcher(keywords, segmenter);
  const counts = matcher.keywords.map(() => new Array<number>(span).fill(0));
  const today = shanghaiDay(now);
  for (const message of messages) {
    if (message.at > now) continue;
    const week = Math.floor((today - shanghaiDay(message.at)) / daysPerWeek);
    if (week >= span) continue;
    for (const at of matcher.mentioned(message.text)) {
      const row = counts[at];
      if (row !== undefined) row[week] = (row[week] ?? 0) + 1;
    }
  }
  return matcher.keywords.map((keyword, at) => {
    const row = counts[at] ?? [];
    return { keyword, weeks: row, trend: classifyTrend(row) };
  });
}

/**
 * This week against the average of the earlier weeks. 'new' when only this week has mentions; a keyword
 * nobody mentioned at all is 'steady'.
 */
export function classifyTrend(weeks: readonly number[]): TrendDirection {
  const current = weeks[0] ?? 0;
  const earlier = weeks.slice(1);
  const earlierTotal = earlier.reduce((sum, n) => sum + n, 0);
  if (earlierTotal === 0) return current > 0 ? 'new' : 'steady';
  const baseline = earlierTotal / earlier.length;
  const { minChange, risingRatio, fallingRatio } = trendRules;
  if (current - baseline >= minChange && current >= baseline * risingRatio) return 'rising';
  if (baseline - current >= minChange && current <= baseline * fallingRatio) return 'falling';
  return 'steady';
}

/**
 * Words in product names that neighbours ask about by name: claims about how food is made or grown. Plain
 * data, extended as HQ's range grows; only words found in the catalogue's names are suggested.
 */
export const trackedNameWords: readonly string[] = [
  '零添加',
  '无添加',
  '有机',
  '散养',
  '土鸡',
  '农家',
  '无蔗糖',
  '低糖',
  '低脂',
  '低敏',
  '无谷',
  '谷饲',
  '草饲',
  '冷榨',
  '鲜榨',
  '手工',
  '全麦',
  '杂粮',
  '明前',
  '野生',
  '原生',
  '冰鲜',
  '非转基因',
];

/**
 * Tags that are not worth tracking in chat: words too common to mean the product (日常, 活动), and the
 * scene tags of members (有孩家庭…), which nobody writes in a group and which the audience signal of the
 * ranking already counts from members.
 */
export const untrackedTags: readonly string[] = [
  '日常',
  '活动',
  ...defaultTagDictionary.map((rule) => rule.tag),
];

/**
 * Keywords to watch for this catalogue: its tags and certifications and the tracked words in its product
 * names, most widely carried first (ties keep the order they were first met), without `skip`.
 */
export function suggestedKeywords(
  catalog: readonly Pick<CatalogItemDoc, 'name' | 'tags' | 'certifications'>[],
  skip: readonly string[] = untrackedTags,
): string[] {
  const skipped = new Set(skip.map(normalizeKeyword));
  const found = new Map<string, { keyword: string; items: number; first: number }>();
  catalog.forEach((item, position) => {
    const name = normalizeKeyword(item.name);
    const words = [
      ...item.tags,
      ...item.certifications,
      ...trackedNameWords.filter((word) => name.includes(normalizeKeyword(word))),
    ];
    const seen = new Set<string>();
    for (const word of words) {
      const key = normalizeKeyword(word);
      if (key === '' || skipped.has(key) || seen.has(key)) continue;
      seen.add(key);
      const entry = found.get(key) ?? { keyword: word.trim(), items: 0, first: position };
      entry.items += 1;
      found.set(key, entry);
    }
  });
  return [...found.values()].sort((a, b) => b.items - a.items || a.first - b.first).map((e) => e.keyword);
}
