import { beforeAll, describe, expect, it } from 'vitest';
import { createJiebaSegmenter, type Segmenter } from '../../text/segmenter';
import { catalog, day, hour, now, shanghai } from './fixtures';
import {
  classifyTrend,
  keywordTrends,
  suggestedKeywords,
  type TrendDirection,
  type TrendMessage,
} from './keyword-trends';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createJiebaSegmenter();
});

const keywords = ['零添加', '有机', '散养', '猫', '手工', 'DHA'];
const mentionedIn = (text: string): string[] =>
  keywordTrends([{ at: now, text }], keywords, segmenter, now)
    .filter((trend) => trend.weeks[0] === 1)
    .map((trend) => trend.keyword);

describe('keywordTrends: what a message mentions', () => {
  it.each<[string, string[]]>([
    ['有零添加的酱油吗', ['零添加']],
    ['零添加酱油还有吗？', ['零添加']],
    ['没有零添加的吗', ['零添加']],
    ['零添加！零添加！重要的事说两遍', ['零添加']],
    ['零添加剂太多了', []],
    ['这家的有机菜真不错', ['有机']],
    ['有机会再说吧', []],
    ['散养土鸡蛋还有吗', ['散养']],
    ['熊猫好可爱', []],
    ['我家猫不吃这个', ['猫']],
    ['手工水饺和有机米粉都要', ['有机', '手工']],
    ['有dha的奶粉吗', ['DHA']],
    ['今天的青菜很新鲜', []],
    ['   ', []],
  ])('%j → %j', (text, expected) => expect(mentionedIn(text)).toEqual(expected));
});

describe('keywordTrends: weeks in Asia/Shanghai', () => {
  const at = (label: string, time: number): TrendMessage => ({ at: time, text: `${label}：零添加的有吗` });

  it('puts each message in the rolling week of its Shanghai calendar day, this week first', () => {
    const messages = [
      at('now', now),
      at('today 00:00', shanghai(2025, 12, 10, 0, 0)),
      at('6 days ago, first minute', shanghai(2025, 12, 4, 0, 1)),
      at('7 days ago, last minute (still 12-03 in Shanghai)', shanghai(2025, 12, 3, 23, 59)),
      at('13 days ago', shanghai(2025, 11, 27, 9)),
      at('14 days ago', shanghai(2025, 11, 26, 9)),
      at('27 days ago', shanghai(2025, 11, 13, 9)),
      at('28 days ago: outside four weeks', shanghai(2025, 11, 12, 9)),
      at('later today: not yet said', now + 1),
    ];
    const [trend] = keywordTrends(messages, ['零添加'], segmenter, now);
    expect(trend?.weeks).toEqual([3, 2, 1, 1]);
  });

  it.each<[number, number]>([
    [2, 2],
    [1, 2],
    [8, 8],
  ])('weeks = %i gives %i weeks', (weeks, length) => {
    const [trend] = keywordTrends([], ['有机'], segmenter, now, weeks);
    expect(trend?.weeks).toHaveLength(length);
  });

  it('drops blank and repeated keywords, keeping the first spelling', () => {
    const trends = keywordTrends([], ['零添加', ' ', '', '零添加 ', '有机'], segmenter, now);
    expect(trends.map((trend) => trend.keyword)).toEqual(['零添加', '有机']);
  });
});

describe('classifyTrend', () => {
  it.each<[number[], TrendDirection]>([
    [[3, 0, 0, 0], 'new'],
    [[1, 0, 0, 0], 'new'],
    [[0, 0, 0, 0], 'steady'],
    [[3, 0, 1, 1], 'rising'],
    [[6, 3, 4, 3], 'rising'],
    [[3, 1], 'rising'],
    [[2, 1, 1, 1], 'steady'],
    [[5, 4, 4, 4], 'steady'],
    [[20, 18, 19, 17], 'steady'],
    [[0, 1, 0, 0], 'steady'],
    [[1, 2, 2, 2], 'steady'],
    [[0, 2, 2, 2], 'falling'],
    [[2, 5, 4, 6], 'falling'],
  ])('%j → %s', (weeks, trend) => expect(classifyTrend(weeks)).toBe(trend));
});

describe('keywordTrends: a month of the 阳光花园 group', () => {
  const daysAgo = (days: number, hours = 0): number => now - days * day - hours * hour;
  const messages: TrendMessage[] = [
    { at: daysAgo(0, 2), text: '有没有零添加的酱油？给宝宝做辅食用' },
    { at: daysAgo(1), text: '零添加酱油还有货吗' },
    { at: daysAgo(3), text: '想要零添加的，普通的不敢给孩子吃' },
    { at: daysAgo(2), text: '上次的有机蔬菜箱很新鲜' },
    { at: daysAgo(9), text: '有机米粉什么时候到' },
    { at: daysAgo(16), text: '有机菜贵是贵，但是放心' },
    { at: daysAgo(17), text: '酱油是零添加的吗' },
    { at: daysAgo(23), text: '有机的和普通的差别大吗' },
    { at: daysAgo(24), text: '零添加的调料有哪些' },
    { at: daysAgo(8), text: '散养土鸡蛋还有吗' },
    { at: daysAgo(10), text: '散养鸡蛋给我留两箱' },
    { at: daysAgo(15), text: '散养的蛋黄颜色深' },
    { at: daysAgo(18), text: '散养土鸡蛋来一箱' },
    { at: daysAgo(22), text: '散养的就是香' },
    { at: daysAgo(25), text: '散养鸡蛋明天到吗' },
    { at: daysAgo(4), text: '鲜榨橙汁有吗？孩子爱喝' },
    { at: daysAgo(5), text: '鲜榨的果汁能送上楼吗' },
    { at: daysAgo(1, 5), text: '今天有鲜榨橙汁吗' },
  ];

  it('counts each keyword per week and tells which way it goes', () => {
    const trends = keywordTrends(messages, ['零添加', '有机', '散养', '鲜榨', '手工'], segmenter, now);
    expect(trends).toEqual([
      { keyword: '零添加', weeks: [3, 0, 1, 1], trend: 'rising' },
      { keyword: '有机', weeks: [1, 1, 1, 1], trend: 'steady' },
      { keyword: '散养', weeks: [0, 2, 2, 2], trend: 'falling' },
      { keyword: '鲜榨', weeks: [3, 0, 0, 0], trend: 'new' },
      { keyword: '手工', weeks: [0, 0, 0, 0], trend: 'steady' },
    ]);
  });
});

describe('suggestedKeywords', () => {
  it('takes tags, certifications and tracked name words, most widely carried first', () => {
    expect(suggestedKeywords(catalog)).toEqual([
      '零添加',
      '安心厨房',
      '有机认证',
      '有机',
      '散养',
      '土鸡',
      '地理标志',
      '鲜榨',
      '手工',
    ]);
  });

  it('skips what the caller asks it to skip instead of the defaults', () => {
    const item = { name: '有机杂粮组合', tags: ['日常', '健身人群'], certifications: ['有机认证'] };
    expect(suggestedKeywords([item], ['有机认证'])).toEqual(['日常', '健身人群', '有机', '杂粮']);
    expect(suggestedKeywords([item])).toEqual(['有机认证', '有机', '杂粮']);
  });

  it('counts a word once per item even when it is both a tag and a certification', () => {
    const items = [
      { name: '零添加酱油500ml', tags: ['零添加'], certifications: ['零添加'] },
      { name: '手工挂面', tags: [], certifications: [] },
      { name: '手工水饺', tags: [], certifications: [] },
    ];
    expect(suggestedKeywords(items)).toEqual(['手工', '零添加']);
  });
});
