import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../text/compliance';
import { buildDigest } from './digest';
import { commentsOf, devRows, liveProducts, minute, productAt, t0, type CommentRow } from './fixtures';
import { offlineSuggestions, type SuggestionInput } from './suggest-offline';
import type { CopilotLocale, Digest } from './types';

const quiet: Digest = buildDigest([], liveProducts, t0);

const suggest = (product: SuggestionInput['product'], patch: Partial<SuggestionInput> = {}) =>
  offlineSuggestions({ product, digest: quiet, transcriptTail: [], locale: 'zh-CN', ...patch });

const ageQuestions: CommentRow[] = [
  ['李阿姨', '这个米粉几个月的宝宝能吃？', 'question', 1, null],
  ['小王妈妈', '米粉多大宝宝可以吃', 'question', 1, null],
  ['豆豆妈', '米粉6个月宝宝能吃吗', 'question', 1, null],
];

describe('offlineSuggestions lines', () => {
  it('turns the digest into "3 people asked about age: it is for 6 months+"', () => {
    const digest = buildDigest(commentsOf(ageQuestions), liveProducts, t0 + minute);
    const { lines, answers } = suggest(productAt(1), { digest });
    expect(lines[0]).toBe('刚才有3位朋友问适合多大的宝宝，有机米粉适合6月龄+的宝宝');
    expect(answers).toEqual([{ question: '这个米粉几个月的宝宝能吃？', reply: '有机米粉适合6月龄+的宝宝' }]);
  });

  it('says a certification only when the product has one', () => {
    const certified = suggest(productAt(1));
    expect(certified.lines).toContain('有机米粉的认证：有机产品认证');
    expect(certified.sellingPoints).toContain('有机产品认证');
    for (const link of [2, 4, 6]) {
      const { lines, sellingPoints } = suggest(productAt(link));
      expect([...lines, ...sellingPoints].filter((text) => text.includes('认证'))).toEqual([]);
    }
  });

  it('states scarcity with the real number, only when stock is low', () => {
    expect(suggest(productAt(3, { stockLeft: 8 })).lines).toContain(
      '低敏奶粉只剩8罐了，需要的朋友抓紧拍3号链接',
    );
    expect(suggest(productAt(3, { stockLeft: 8 })).sellingPoints).toContain('仅剩8罐');
    const plenty = suggest(productAt(3, { stockLeft: 24 }));
    expect([...plenty.lines, ...plenty.sellingPoints].join('\n')).not.toMatch(/只剩|仅剩/u);
    expect(suggest(productAt(3, { stockLeft: 24 }), { lowStockAt: 30 }).lines).toContain(
      '低敏奶粉只剩24罐了，需要的朋友抓紧拍3号链接',
    );
  });

  it('answers a stock question once, not again as a scarcity line', () => {
    const milk = productAt(3, { stockLeft: 8 });
    const digest = buildDigest(
      commentsOf([
        ['A', '奶粉还有货吗', 'question', 3, null],
        ['B', '奶粉还有吗', 'question', 3, null],
      ]),
      liveProducts.map((product) => (product.link === 3 ? milk : product)),
      t0 + minute,
    );
    const { lines } = suggest(milk, { digest });
    expect(lines.filter((line) => line.includes('8罐'))).toEqual([
      '刚才有2位朋友问还有没有货，低敏奶粉还有8罐',
    ]);
  });

  it('stops selling a sold-out product and offers the 接龙 instead', () => {
    const { lines } = suggest(productAt(1, { stockLeft: 0 }), { remainingMs: 10_000 });
    expect(lines).toContain('有机米粉这一批已经卖完了，还想要的朋友在评论区留言，下播后接龙登记');
    expect(lines.join('\n')).not.toMatch(/马上要讲下一个|只剩/u);
  });

  it('adds a last call when the segment is nearly over', () => {
    expect(suggest(productAt(2), { remainingMs: 45_000 }).lines[0]).toBe(
      '散养土鸡蛋马上要讲下一个了，还没拍的朋友抓紧拍2号链接',
    );
    expect(suggest(productAt(2), { remainingMs: 5 * minute }).lines.join()).not.toContain('马上要讲下一个');
  });

  it('says how many ordered once enough viewers have', () => {
    const digest = buildDigest(commentsOf(devRows), liveProducts, t0 + 6 * minute, { windowMs: 10 * minute });
    expect(suggest(productAt(1), { digest }).lines).toContain(
      '已经有4位朋友要了有机米粉，还没跟上的拍1号链接',
    );
    expect(suggest(productAt(4), { digest }).lines.join()).not.toContain('位朋友要了');
  });

  it('holds back what the host just said, and shows where it was said', () => {
    const tail = ['好 我们看一下这个米粉', '这个米粉 39.9 元一盒，保质期是十八个月'];
    const result = suggest(productAt(1), { transcriptTail: tail });
    expect(result.lines.join('\n')).not.toMatch(/39\.9元|保质期/u);
    expect(result.alreadySaid).toEqual([
      { point: 'price', excerpt: '这个米粉 39.9 元一盒，保质期是十八个月' },
      { point: 'shelfLife', excerpt: '这个米粉 39.9 元一盒，保质期是十八个月' },
    ]);
  });

  it('keeps three lines even when the host has said everything', () => {
    const bare = productAt(5, { facts: { certifications: [] } });
    const tail = ['蔬菜箱59元一箱 拍5号链接 有问题打在评论区'];
    const { lines, alreadySaid } = suggest(bare, { transcriptTail: tail });
    expect(lines).toEqual([
      '有机蔬菜箱59元一箱',
      '想要有机蔬菜箱的朋友拍5号链接，或者评论“5号+数量”，我来登记',
      '对有机蔬菜箱有什么想问的，打在评论区，我挨个回答',
    ]);
    expect(alreadySaid.map(({ point }) => point)).toEqual(['price', 'howToBuy', 'invite']);
  });

  it('gives 3 to 5 lines for every product', () => {
    for (const product of liveProducts) {
      const count = suggest(product).lines.length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
    }
  });

  it('writes in English for an English-speaking owner', () => {
    const digest = buildDigest(commentsOf(ageQuestions), liveProducts, t0 + minute, { locale: 'en' });
    const { lines } = suggest(productAt(1, { stockLeft: 5 }), { digest, locale: 'en' });
    expect(lines.slice(0, 3)).toEqual([
      '3 of you asked about what age it suits: 有机米粉 is for babies 6 months+',
      'Only 5 盒 of 有机米粉 left, grab link #1',
      '有机米粉: CN¥39.90 per 盒',
    ]);
  });
});

describe('offlineSuggestions for the owner only', () => {
  it('keeps the margin in a note, never in a line or selling point', () => {
    const result = suggest({ ...productAt(1), costFen: 2500 });
    expect(result.notes).toContain('毛利37%（只给你看，不要在直播里说）');
    expect([...result.lines, ...result.sellingPoints].join('\n')).not.toMatch(/毛利|%|25元/u);
  });

  it('notes the questions only the owner can answer', () => {
    const digest = buildDigest(
      commentsOf([['陈陈', '酱油有没有防腐剂', 'question', 4, null]]),
      liveProducts,
      t0 + minute,
    );
    expect(suggest(productAt(4), { digest }).notes).toEqual([
      '1人问“酱油有没有防腐剂”，商品资料里没有答案，需要你亲自回答',
    ]);
  });
});

describe('offlineSuggestions compliance', () => {
  const locales: CopilotLocale[] = ['zh-CN', 'en'];

  it('passes every line, selling point and answer through the check', () => {
    const digest = buildDigest(commentsOf(devRows), liveProducts, t0 + 6 * minute, { windowMs: 10 * minute });
    for (const locale of locales) {
      for (const product of liveProducts) {
        for (const stockLeft of [0, 3, product.stockLeft]) {
          const result = offlineSuggestions({
            product: { ...product, stockLeft, costFen: 1000 },
            digest,
            transcriptTail: [],
            remainingMs: 30_000,
            locale,
          });
          const texts = [
            ...result.lines,
            ...result.sellingPoints,
            ...result.answers.map(({ reply }) => reply),
          ];
          expect(texts.filter((text) => checkCompliance(text).flagged)).toEqual([]);
        }
      }
    }
  });

  it('rewrites or drops a line whose facts are risky, and says so', () => {
    const risky = productAt(1, {
      facts: {
        certifications: ['国家级有机认证'],
        origin: '全网最好的黑土地',
        ingredients: '有机大米，宝宝吃了更聪明',
      },
    });
    const result = suggest(risky);
    expect(result.lines.join('\n')).not.toMatch(/国家级|最好|聪明/u);
    expect(result.lines).toContain('有机米粉产地是很好的黑土地');
    const flagged = result.checked.filter(({ hits }) => hits.length > 0);
    expect(flagged.map(({ kind, original, text }) => [kind, original, text])).toEqual([
      ['line', '有机米粉产地是全网最好的黑土地', '有机米粉产地是很好的黑土地'],
      ['line', '有机米粉的认证：国家级有机认证', null],
      ['line', '有机米粉的配料：有机大米，宝宝吃了更聪明', null],
      ['sellingPoint', '国家级有机认证', null],
      ['sellingPoint', '产地全网最好的黑土地', '产地很好的黑土地'],
      ['sellingPoint', '配料：有机大米，宝宝吃了更聪明', null],
    ]);
  });

  it('applies the owner’s own risky words', () => {
    const result = suggest(productAt(2), {
      compliance: { extraTerms: [{ term: '散养', suggestion: '' }] },
    });
    expect(result.lines.join('\n')).not.toContain('散养');
    // The name itself is refused, so the lines speak of 这款 rather than go silent.
    expect(result.lines.length).toBeGreaterThanOrEqual(3);
    expect(result.lines).toContain('这款45元一箱');
  });
});
