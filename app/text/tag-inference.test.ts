import { beforeAll, describe, expect, it } from 'vitest';
import { createJiebaSegmenter, type Segmenter } from './segmenter';
import { cleanTagDictionary, defaultTagDictionary, type TagDictionary } from './tag-dictionary';
import { inferTags, type TagMessage } from './tag-inference';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createJiebaSegmenter();
});

const day = 86_400_000;
const base = Date.UTC(2025, 5, 1);
const say = (text: string, at = base, source: TagMessage['source'] = 'group'): TagMessage => ({
  at,
  text,
  source,
});
const tagsOf = (texts: string[], dictionary: TagDictionary = defaultTagDictionary): string[] =>
  inferTags(
    texts.map((t, i) => say(t, base + i)),
    dictionary,
    segmenter,
    { minHits: 1 },
  ).map((t) => t.tag);

describe('inferTags: one message', () => {
  it.each<[string, string[]]>([
    ['宝宝辅食怎么做', ['有孩家庭']],
    ['给宝宝买奶粉', ['有孩家庭']],
    ['我家小宝宝不爱喝水', ['有孩家庭']],
    ['买了两袋猫粮狗粮', ['宠物主人']],
    ['我是铲屎官', ['宠物主人']],
    ['我家主子只吃这个牌子的猫条', ['宠物主人']],
    ['每天早上遛狗顺便来拿菜', ['宠物主人']],
    ['小狗粮食都吃完了', []],
    ['减脂期吃什么', ['健身人群']],
    ['蛋白粉到了吗', ['健身人群']],
    ['鸡蛋白和蛋黄分开装', []],
    ['家里老人血压高', ['老人家庭']],
    ['降压药还有吗', ['老人家庭']],
    ['老人们腿脚不好，能送上楼吗', ['老人家庭']],
    ['产检回来顺路买菜', ['孕产家庭']],
    ['周末一起做蛋糕', ['烘焙爱好者']],
    ['初一十五吃素', ['素食']],
    ['宝宝 辅食 有推荐吗', ['有孩家庭']],
    ['给爸妈买的，宝宝也爱吃', ['有孩家庭', '老人家庭']],
    ['今天的青菜很新鲜', []],
    ['', []],
  ])('%j → %j', (text, tags) => expect(tagsOf([text]).sort()).toEqual([...tags].sort()));
});

describe('inferTags: negation', () => {
  it.each<[string, string[]]>([
    ['没有宝宝', []],
    ['家里没有老人', []],
    ['不是给老人买的', []],
    ['不给宝宝吃', []],
    ['我不是吃素的', []],
    ['我家没养猫，不需要猫粮', []],
    ['不是给老人买的，给宝宝吃', ['有孩家庭']],
    ['不要香菜，宝宝爱吃', ['有孩家庭']],
    ['宝宝还没有长牙', ['有孩家庭']],
  ])('%j → %j', (text, tags) => expect(tagsOf([text])).toEqual(tags));
});

describe('inferTags: the owner’s dictionary', () => {
  const cats: TagDictionary = [{ tag: '猫', keywords: ['猫'] }];

  it.each<[string, string[]]>([
    ['熊猫好可爱', []],
    ['花猫又来了', []],
    ['我家猫不吃', ['猫']],
  ])('a single character only matches a word of its own: %j → %j', (text, tags) =>
    expect(tagsOf([text], cats)).toEqual(tags),
  );

  it('matches case- and width-insensitively, and ignores blank keywords and tags', () => {
    const dictionary: TagDictionary = [
      { tag: ' 英文 ', keywords: ['Baby', ' ', ''] },
      { tag: '', keywords: ['青菜'] },
      { tag: '全角', keywords: ['ＫＥＴＯ'] },
    ];
    expect(tagsOf(['my BABY loves it', 'keto 饮食'], dictionary)).toEqual(['英文', '全角']);
    expect(tagsOf(['今天的青菜很新鲜'], dictionary)).toEqual([]);
  });

  it('a keyword shared by two tags suggests both', () => {
    const dictionary: TagDictionary = [
      { tag: '有孩家庭', keywords: ['奶粉'] },
      { tag: '老人家庭', keywords: ['奶粉', '老人'] },
    ];
    expect(tagsOf(['买奶粉'], dictionary)).toEqual(['有孩家庭', '老人家庭']);
  });

  it('an empty dictionary suggests nothing', () => expect(tagsOf(['宝宝辅食'], [])).toEqual([]));
});

describe('inferTags: hits, evidence and order', () => {
  it('needs two messages by default', () => {
    expect(inferTags([say('宝宝辅食')], defaultTagDictionary, segmenter)).toEqual([]);
    const result = inferTags(
      [say('宝宝辅食'), say('奶粉到了吗', base + day)],
      defaultTagDictionary,
      segmenter,
    );
    expect(result.map((t) => [t.tag, t.hits])).toEqual([['有孩家庭', 2]]);
  });

  it('counts a message once per tag however many keywords it has', () => {
    const [tag] = inferTags([say('宝宝的奶粉和尿不湿，宝宝辅食')], defaultTagDictionary, segmenter, {
      minHits: 1,
    });
    expect(tag?.hits).toBe(1);
    expect(tag?.evidence).toEqual([{ text: '宝宝的奶粉和尿不湿，宝宝辅食', keyword: '宝宝', at: base }]);
  });

  it('keeps the three newest messages as evidence', () => {
    const messages = [1, 5, 3, 4, 2].map((d) => say(`第${d}天给宝宝买奶粉`, base + d * day, 'comment'));
    const [tag] = inferTags(messages, defaultTagDictionary, segmenter);
    expect(tag?.hits).toBe(5);
    expect(tag?.evidence.map((e) => e.at)).toEqual([base + 5 * day, base + 4 * day, base + 3 * day]);
  });

  it('clips long messages around the keyword', () => {
    const long = `${'今天的菜很新鲜'.repeat(6)}我家主子爱吃这个${'下次还来买'.repeat(6)}`;
    const [tag] = inferTags([say(long)], defaultTagDictionary, segmenter, { minHits: 1 });
    const text = tag?.evidence[0]?.text ?? '';
    expect(text).toContain('主子');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(50);
  });

  it('orders tags by hits, ties in dictionary order', () => {
    const messages = ['猫粮', '宝宝', '猫砂', '爸妈', '猫咪'].map((t, i) => say(t, base + i));
    const result = inferTags(messages, defaultTagDictionary, segmenter, { minHits: 1 });
    expect(result.map((t) => [t.tag, t.hits])).toEqual([
      ['宠物主人', 3],
      ['有孩家庭', 1],
      ['老人家庭', 1],
    ]);
  });
});

describe('cleanTagDictionary', () => {
  it('trims, drops blanks and repeats, joins rules of one tag', () => {
    expect(
      cleanTagDictionary([
        { tag: ' 宠物主人', keywords: ['猫粮', ' 猫粮 ', ''] },
        { tag: '空', keywords: [' '] },
        { tag: '宠物主人 ', keywords: ['狗粮', '猫粮'] },
      ]),
    ).toEqual([{ tag: '宠物主人', keywords: ['猫粮', '狗粮'] }]);
  });

  it('keeps the default dictionary as it is', () => {
    expect(cleanTagDictionary(defaultTagDictionary)).toEqual(defaultTagDictionary);
  });
});
