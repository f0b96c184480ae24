import type { CatalogItemDoc } from '../../db/schemas/catalog';

/**
 * When a kind of product sells best, as data: a category, optionally narrowed to names containing one of
 * some words (脐橙 sells in winter, 蓝莓 in spring, though both are 水果), the months (1–12) and the
 * owner-facing reason. The first row that fits an item wins, so the narrower rows of a category come before
 * its general one. Words are whole dish names (三黄鸡, not 鸡) because 散养土鸡蛋 is no soup chicken.
 */
export interface SeasonRule {
  category: string;
  nameIncludes?: readonly string[];
  months: readonly number[];
  text: string;
}

/**
 * A starting point for stores in eastern China (the brand's home market), from when produce is harvested
 * and when neighbours traditionally buy: 春茶 before 清明, 进补 from 立冬, dumplings for 冬至 and 春节.
 */
export const seasonTable: readonly SeasonRule[] = [
  { category: '水果', nameIncludes: ['脐橙'], months: [11, 12, 1, 2], text: '脐橙当季' },
  { category: '水果', nameIncludes: ['橘', '柚'], months: [10, 11, 12, 1], text: '柑橘当季' },
  { category: '水果', nameIncludes: ['蓝莓'], months: [3, 4, 5, 6], text: '蓝莓当季' },
  { category: '水果', nameIncludes: ['苹果'], months: [9, 10, 11, 12], text: '新季苹果上市' },
  { category: '水果', nameIncludes: ['西瓜'], months: [6, 7, 8], text: '夏季热卖' },
  { category: '水果', months: [6, 7, 8, 9], text: '夏季水果旺季' },
  {
    category: '生鲜',
    nameIncludes: ['三黄鸡', '老母鸡', '乌鸡', '鸽'],
    months: [11, 12, 1, 2],
    text: '冬季炖汤热卖',
  },
  { category: '生鲜', nameIncludes: ['牛腱', '牛腩', '羊肉'], months: [11, 12, 1, 2], text: '冬季热卖' },
  { category: '生鲜', nameIncludes: ['鲈鱼', '鲫鱼', '鳜鱼'], months: [3, 4, 5, 9, 10], text: '鱼正肥' },
  { category: '生鲜', nameIncludes: ['蔬菜'], months: [4, 5, 6, 9, 10], text: '时令蔬菜多' },
  { category: '滋补', months: [10, 11, 12, 1, 2], text: '秋冬进补' },
  { category: '饮品', months: [5, 6, 7, 8, 9], text: '夏季热卖' },
  { category: '茶饮', nameIncludes: ['明前'], months: [3, 4], text: '春茶上新' },
  { category: '冻品', nameIncludes: ['饺'], months: [12, 1, 2], text: '冬至春节饺子季' },
  { category: '休闲零食', nameIncludes: ['坚果'], months: [12, 1, 2], text: '年货季' },
  { category: '服务', nameIncludes: ['家电清洗'], months: [5, 6], text: '入夏前清洗空调' },
  { category: '服务', nameIncludes: ['插花'], months: [3, 4, 5], text: '春季活动' },
  { category: '母婴', nameIncludes: ['纸尿裤'], months: [6, 7, 8], text: '夏季换季囤货' },
];

/** The season rule an item is in for a month, or undefined when it is out of season or has none. */
export function seasonFor(
  item: Pick<CatalogItemDoc, 'category' | 'name'>,
  month: number,
  table: readonly SeasonRule[] = seasonTable,
): SeasonRule | undefined {
  const rule = table.find(
    (row) =>
      row.category === item.category && (row.nameIncludes?.some((word) => item.name.includes(word)) ?? true),
  );
  return rule?.months.includes(month) ? rule : undefined;
}
