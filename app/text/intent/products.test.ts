import { describe, expect, it } from 'vitest';
import { deriveAliases } from './aliases';
import { createProductIndex, rundownProducts } from './products';

const shelf = createProductIndex([
  { link: 1, name: '有机米粉(6月龄+)' },
  { link: 2, name: '散养土鸡蛋30枚' },
  { link: 3, name: '低敏奶粉800g' },
  { link: 4, name: '零添加酱油500ml' },
  { link: 5, name: '有机蔬菜箱' },
  { link: 6, name: '春季亲子插花体验课' },
]);

const named = (text: string) => shelf.mentions(text).map(({ link }) => link);

describe('deriveAliases', () => {
  const texts = (name: string) => deriveAliases(name).map(({ text }) => text);

  it('peels brackets, sizes and selling words off to the head noun', () => {
    expect(texts('有机米粉(6月龄+)')).toContain('米粉');
    expect(texts('散养土鸡蛋30枚')).toEqual(expect.arrayContaining(['土鸡蛋', '鸡蛋', '蛋']));
    expect(texts('低敏奶粉800g')).toContain('奶粉');
    expect(texts('零添加酱油500ml')).toEqual(expect.arrayContaining(['酱油', '生抽']));
    expect(texts('有机蔬菜箱')).toEqual(expect.arrayContaining(['蔬菜箱', '蔬菜', '菜箱']));
    expect(texts('春季亲子插花体验课')).toEqual(
      expect.arrayContaining(['插花课', '花艺课', '插花', '体验课']),
    );
  });

  it('never makes a selling word or a generic word an alias', () => {
    expect(texts('有机米粉(6月龄+)')).not.toContain('有机');
    expect(texts('宝宝米粉')).not.toContain('宝宝');
  });

  it('rates the whole name above its pieces', () => {
    const scores = new Map(deriveAliases('散养土鸡蛋30枚').map(({ text, score }) => [text, score]));
    expect(scores.get('散养土鸡蛋30枚')).toBe(1);
    expect(scores.get('土鸡蛋') ?? 0).toBeGreaterThan(scores.get('鸡蛋') ?? 1);
  });

  it('keeps Latin names whole', () => {
    expect(texts('Brunch Box')).toEqual(['brunchbox']);
  });
});

describe('createProductIndex', () => {
  it.each([
    ['鸡蛋来一箱', 2],
    ['土鸡蛋', 2],
    ['蛋碎了', 2],
    ['米粉', 1],
    ['米糊', 1],
    ['奶粉', 3],
    ['生抽', 4],
    ['菜箱', 5],
    ['蔬菜', 5],
    ['插花课', 6],
    ['花艺课', 6],
    ['低敏奶粉800g', 3],
  ])('%s names link %d', (text, link) => {
    expect(named(text)).toEqual([link]);
  });

  it('finds several products left to right', () => {
    expect(named('米粉和奶粉')).toEqual([1, 3]);
  });

  it('does not read 蛋 inside 蛋糕', () => {
    expect(named('蛋糕')).toEqual([]);
  });

  it('names nothing when words fit two products equally', () => {
    const berries = createProductIndex([
      { link: 1, name: '丹东草莓250g' },
      { link: 2, name: '丹东草莓500g' },
    ]);
    expect(berries.mentions('草莓来一盒')).toMatchObject([{ link: null, candidates: [1, 2] }]);
    expect(berries.mentions('草莓500g来一盒')).toMatchObject([{ link: 2 }]);
  });

  it('gives a shared piece to the product it names more surely', () => {
    const index = createProductIndex([
      { link: 1, name: '鸡蛋' },
      { link: 2, name: '散养土鸡蛋' },
    ]);
    expect(index.mentions('鸡蛋')).toMatchObject([{ link: 1 }]);
    expect(index.mentions('土鸡蛋')).toMatchObject([{ link: 2 }]);
  });

  it("uses the owner's aliases", () => {
    const index = createProductIndex([{ link: 7, name: '赣南脐橙5斤', aliases: ['果冻橙'] }]);
    expect(index.mentions('果冻橙来一箱')).toMatchObject([{ link: 7 }]);
    expect(index.mentions('橙子')).toMatchObject([{ link: 7 }]);
  });

  it('respects word boundaries for Latin aliases', () => {
    const index = createProductIndex([{ link: 1, name: 'tea' }]);
    expect(index.mentions('steak')).toEqual([]);
    expect(index.mentions('tea x2')).toMatchObject([{ link: 1 }]);
  });
});

describe('rundownProducts', () => {
  it('numbers the rundown from 1 and keeps the first slot of a product shown twice', () => {
    const byId = new Map([
      ['egg', { name: '散养土鸡蛋30枚', aliases: [] }],
      ['veg', { name: '有机蔬菜箱', aliases: ['菜篮子'] }],
    ]);
    const linked = rundownProducts([{ productId: 'veg' }, { productId: 'egg' }, { productId: 'veg' }], byId);
    expect(linked.map(({ link, name }) => [link, name])).toEqual([
      [1, '有机蔬菜箱'],
      [2, '散养土鸡蛋30枚'],
      [3, '有机蔬菜箱'],
    ]);
    const index = createProductIndex(linked);
    expect(index.mentions('菜篮子')).toMatchObject([{ link: 1 }]);
    expect(index.links.has(3)).toBe(true);
  });
});
