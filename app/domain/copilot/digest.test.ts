import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from '../../text/segmenter';
import { buildDigest } from './digest';
import { commentsOf, devRows, liveProducts, minute, second, t0, type CommentRow } from './fixtures';
import type { ParsedComment } from './types';

const question = (nickname: string, text: string, link: number | null = null): CommentRow => [
  nickname,
  text,
  'question',
  link,
  null,
];

/** The dev comments, 10 s apart from t0, read at the moment the last one arrived. */
const dev = commentsOf(devRows);
const devNow = t0 + (devRows.length - 1) * 10 * second;

describe('buildDigest question clusters', () => {
  it('puts three people asking the baby age of 米粉 into one cluster answered from the name', () => {
    const comments = commentsOf([
      question('李阿姨', '这个米粉几个月的宝宝能吃？', 1),
      question('小王妈妈', '米粉多大宝宝可以吃', 1),
      ['Lily', '+1', 'buy', null, 1],
      // Names no product: counts for the one on air.
      question('豆豆妈', '5个月的宝宝能吃吗'),
    ]);
    const digest = buildDigest(comments, liveProducts, t0 + minute, {
      onAir: [{ link: 1, at: t0 - minute }],
    });
    expect(digest.questions).toEqual([
      {
        key: 'age@1',
        topic: 'age',
        label: '这个米粉几个月的宝宝能吃？',
        count: 3,
        people: 3,
        nicknames: ['李阿姨', '小王妈妈', '豆豆妈'],
        productLink: 1,
        suggestedReply: '有机米粉适合6月龄+的宝宝',
        needsOwner: false,
        firstAt: t0,
        lastAt: t0 + 30 * second,
      },
    ]);
  });

  it('answers from facts, and flags what the facts cannot answer for the owner', () => {
    const byLabel = new Map(
      buildDigest(dev, liveProducts, devNow, { topQuestions: 10 }).questions.map((cluster) => [
        cluster.label,
        [cluster.suggestedReply, cluster.needsOwner],
      ]),
    );
    expect(Object.fromEntries(byLabel)).toEqual({
      '这个米粉几个月的宝宝能吃？': ['有机米粉适合6月龄+的宝宝', false],
      奶粉是几段的: ['低敏奶粉适合0-6月龄（1段）的宝宝', false],
      // Every product picked up the same way: a store-wide answer.
      什么时候可以自提: ['自提时间：明天9:00-20:00 阳光花园南门', false],
      // Only the eggs are delivered: no answer for the store as a whole.
      能送到12栋吗: ['', true],
      鸡蛋是今天的吗: ['散养土鸡蛋保质期30天', false],
      // No ingredients on file: the 零添加 in the name is not read as an answer.
      酱油有没有防腐剂: ['', true],
      插花课是周几: ['春季亲子插花体验课的时间：周六14:00-16:00 社区活动室', false],
      蔬菜箱里有哪些菜: ['有机蔬菜箱的配料：当季蔬菜6-8种', false],
    });
  });

  it('ranks by people asking, so one viewer repeating a question does not outrank two viewers', () => {
    const comments = commentsOf([
      question('晴天', '鸡蛋多少钱', 2),
      question('晴天', '鸡蛋多少钱？？', 2),
      question('晴天', '鸡蛋多少钱啊', 2),
      question('阿强', '酱油保质期多久', 4),
      question('陈陈', '酱油能放多久', 4),
    ]);
    const questions = buildDigest(comments, liveProducts, t0 + minute).questions;
    expect(questions.map(({ key, count, people }) => [key, count, people])).toEqual([
      ['shelfLife@4', 2, 2],
      ['price@2', 3, 1],
    ]);
  });

  it('groups questions no keyword places by similarity, within one product', () => {
    const comments = commentsOf([
      question('A', '米粉要用温水冲吗', 1),
      question('B', '米粉用温水冲可以吗', 1),
      question('C', '米粉是国产的吗', 1),
      question('D', '鸡蛋是散养的吗', 2),
      question('E', '鸡蛋真的是散养的吗', 2),
    ]);
    const questions = buildDigest(comments, liveProducts, t0 + minute).questions;
    expect(questions.map(({ key, count, needsOwner }) => [key, count, needsOwner])).toEqual([
      ['q@1@c1', 2, true],
      ['q@2@c4', 2, true],
      ['q@1@c3', 1, true],
    ]);
  });

  it('matches rephrasings by words when given the jieba segmenter', async () => {
    const segmenter = await createJiebaSegmenter();
    const comments = commentsOf([
      question('A', '奶粉是哪个牌子', 3),
      question('B', '奶粉什么牌子的', 3),
      question('C', '插花课大人能参加吗', 6),
      question('D', '插花课家长可以一起参加吗', 6),
    ]);
    const counts = (options: Parameters<typeof buildDigest>[3]) =>
      buildDigest(comments, liveProducts, t0 + minute, options).questions.map(({ count }) => count);
    expect(counts({})).toEqual([1, 1, 1, 1]);
    expect(counts({ segmenter })).toEqual([2, 2]);
  });

  it('lists at most five clusters and ten nicknames each', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => question(`viewer${i}`, '米粉多少钱', 1));
    const topics = ['保质期多久', '几个月能吃', '还有货吗', '怎么下单', '规格多大', '配料有什么'];
    const comments = commentsOf([...crowd, ...topics.map((text) => question('x', `米粉${text}`, 1))]);
    const questions = buildDigest(comments, liveProducts, t0 + 4 * minute).questions;
    expect(questions).toHaveLength(5);
    expect(questions[0]).toMatchObject({ topic: 'price', count: 12, people: 12 });
    expect(questions[0]?.nicknames).toHaveLength(10);
  });
});

describe('buildDigest counts', () => {
  it('counts intents and praise over the dev comments', () => {
    const digest = buildDigest(dev, liveProducts, devNow, { windowMs: 10 * minute });
    expect(digest.total).toBe(36);
    expect(digest.byIntent).toEqual({
      buy: 15,
      cancel: 1,
      change: 2,
      question: 8,
      complaint: 3,
      praise: 2,
      chat: 5,
    });
    expect(digest.praise).toBe(2);
  });

  it('orders hot products by buy comments, then quantity, then first appearance', () => {
    const digest = buildDigest(dev, liveProducts, devNow, { windowMs: 10 * minute });
    expect(
      digest.hotProducts.map(({ link, buy, buyers, qtyWanted, questions, cancels }) => ({
        link,
        buy,
        buyers,
        qtyWanted,
        questions,
        cancels,
      })),
    ).toEqual([
      { link: 1, buy: 4, buyers: 4, qtyWanted: 8, questions: 1, cancels: 1 },
      { link: 2, buy: 3, buyers: 3, qtyWanted: 4, questions: 1, cancels: 0 },
      { link: 4, buy: 2, buyers: 2, qtyWanted: 8, questions: 1, cancels: 0 },
      { link: 5, buy: 2, buyers: 2, qtyWanted: 3, questions: 1, cancels: 0 },
      { link: 6, buy: 1, buyers: 1, qtyWanted: 2, questions: 1, cancels: 0 },
      { link: 3, buy: 1, buyers: 1, qtyWanted: 1, questions: 1, cancels: 0 },
    ]);
  });

  it('counts "+1" and "扣1" for the product on air when the air times are given', () => {
    const onAir = [
      { link: 2, at: t0 - minute },
      { link: 1, at: t0 + 5 * second },
    ];
    const digest = buildDigest(dev, liveProducts, devNow, { windowMs: 10 * minute, onAir });
    expect(digest.hotProducts[0]).toMatchObject({ link: 1, buy: 6, buyers: 6, qtyWanted: 10 });
  });

  it('lists every complaint up to now, newest first, even those older than the window', () => {
    const digest = buildDigest(dev, liveProducts, devNow + 20 * minute);
    expect(digest.total).toBe(0);
    expect(digest.complaints.map(({ id, nickname, link }) => [id, nickname, link])).toEqual([
      ['c29', '小李', null],
      ['c28', '王大爷', 5],
      ['c27', '阳台花园', 2],
    ]);
  });
});

describe('buildDigest window', () => {
  const stream = commentsOf(
    Array.from({ length: 20 }, (_, i): CommentRow =>
      question(`v${i}`, i < 10 ? '米粉多少钱' : '鸡蛋多少钱', i < 10 ? 1 : 2),
    ),
    t0,
    minute,
  );

  it('keeps the last five minutes and slides with now', () => {
    const early = buildDigest(stream, liveProducts, t0 + 9 * minute);
    expect([early.windowStart, early.windowEnd, early.total]).toEqual([t0 + 4 * minute, t0 + 9 * minute, 5]);
    expect(early.questions.map(({ key }) => key)).toEqual(['price@1']);

    const later = buildDigest(stream, liveProducts, t0 + 14 * minute);
    expect(later.total).toBe(5);
    expect(later.questions.map(({ key, count }) => [key, count])).toEqual([['price@2', 5]]);
  });

  it('ignores comments after now, so a replayed session digests as it did live', () => {
    expect(buildDigest(stream, liveProducts, t0 + 2 * minute).total).toBe(3);
  });

  it('honours another window length', () => {
    expect(buildDigest(stream, liveProducts, t0 + 19 * minute, { windowMs: minute }).total).toBe(1);
  });
});

describe('buildDigest stability', () => {
  it('gives the same output for the same comments in any input order', () => {
    const shuffled: ParsedComment[] = [...dev].reverse();
    const first = buildDigest(dev, liveProducts, devNow, { topQuestions: 10 });
    expect(buildDigest(dev, liveProducts, devNow, { topQuestions: 10 })).toEqual(first);
    expect(buildDigest(shuffled, liveProducts, devNow, { topQuestions: 10 })).toEqual(first);
  });

  it('breaks ties by first appearance', () => {
    const comments = commentsOf([question('A', '鸡蛋多少钱', 2), question('B', '米粉多少钱', 1)]);
    expect(buildDigest(comments, liveProducts, t0 + minute).questions.map(({ key }) => key)).toEqual([
      'price@2',
      'price@1',
    ]);
  });

  it('digests a 500-comment window of a busy stream', () => {
    const rows = Array.from({ length: 500 }, (_, i): CommentRow => {
      const row = devRows[i % devRows.length] ?? devRows[0]!;
      return [`${row[0]}${i % 37}`, `${row[1]}${i % 7 === 0 ? '？' : ''}`, row[2], row[3], row[4]];
    });
    const comments = commentsOf(rows, t0, 500);
    const digest = buildDigest(comments, liveProducts, t0 + 500 * 500);
    expect(digest.total).toBe(500);
    expect(digest.questions).toHaveLength(5);
    expect(digest.questions.every((cluster) => cluster.nicknames.length <= 10)).toBe(true);
  });
});
