import type { CampaignDoc } from '../../db/schemas/campaigns';
import type { ProductDoc } from '../../db/schemas/products';

/** A neighbourhood store's shelf and weekend campaign as the 接龙 tests see them (test data only). */
const product = (
  id: string,
  name: string,
  aliases: string[],
  unit: string,
  priceFen: number,
): ProductDoc => ({
  id,
  catalogId: `cat-${id}`,
  sku: id.toUpperCase(),
  name,
  aliases,
  kind: 'goods',
  unit,
  priceFen,
  costFen: Math.round(priceFen * 0.7),
  lowStockAt: 5,
  active: true,
  updatedAt: 0,
});

const shelf: ProductDoc[] = [
  product('egg', '散养土鸡蛋30枚', ['土鸡蛋', '鸡蛋', 'eggs'], '箱', 4500),
  product('veg', '有机蔬菜箱', ['蔬菜箱'], '箱', 5900),
  product('orange', '赣南脐橙5斤', ['脐橙', '橙子'], '箱', 4490),
  product('milk', '鲜牛奶950ml', ['牛奶', 'milk'], '瓶', 1590),
  product('beef', '谷饲牛腱子500g', [], '份', 6980),
  product('soy', '零添加酱油500ml', ['酱油'], '瓶', 2990),
  product('straw250', '丹东草莓250g', [], '盒', 3990),
  product('straw500', '丹东草莓500g', [], '盒', 6990),
  product('rice', '有机米粉(6月龄+)', ['米粉'], '盒', 3990),
];

export const shelfById = new Map(shelf.map((item) => [item.id, item]));

/** An instant given as a wall-clock time in Asia/Shanghai. */
export const shanghai = (year: number, month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(year, month - 1, day, hour - 8, minute);

export const weekendCampaign: CampaignDoc = {
  id: 'c-weekend',
  title: '周末生鲜团 · 土鸡蛋+蔬菜箱',
  status: 'open',
  items: [
    { productId: 'egg', priceFen: 4000, perPersonLimit: 2, totalLimit: 0 },
    { productId: 'veg', priceFen: 5000, perPersonLimit: 0, totalLimit: 0 },
    { productId: 'orange', priceFen: 3990, perPersonLimit: 3, totalLimit: 100 },
    ...['milk', 'beef', 'soy', 'straw250', 'straw500', 'rice'].map((productId) => ({
      productId,
      priceFen: (shelfById.get(productId)?.priceFen ?? 0) - 200,
      perPersonLimit: 0,
      totalLimit: 0,
    })),
  ],
  groupIds: ['g-sunny-1'],
  deadline: shanghai(2025, 11, 27, 20),
  pickupFrom: shanghai(2025, 11, 28, 9),
  pickupTo: shanghai(2025, 11, 28, 20),
  pickupPlace: '阳光花园南门',
  delivery: true,
  createdAt: shanghai(2025, 11, 25, 9),
  updatedAt: shanghai(2025, 11, 25, 9),
};

const families = '李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const roles = ['阿姨', '姐', '妈妈', '哥', '叔', '奶奶', '宝妈', '老师'];

function nickname(person: number): string {
  const base = `${families.charAt(person % 20)}${roles[Math.floor(person / 20) % roles.length] ?? ''}`;
  const unique = person >= families.length * roles.length ? `${base}${person}` : base;
  return person % 6 === 0 ? `🌸${unique}` : unique;
}

/** Person p's first order and, when they change their mind, their second; link numbers as in the post. */
const firstOrder = (person: number) =>
  `${(person % 5) + 1}号×${(person % 3) + 1}${person % 4 === 0 ? ' 酱油两瓶' : ''}`;
const changedOrder = (person: number) => `${(person % 5) + 1}号×5`;

export interface SimulatedChat {
  text: string;
  /** What each neighbour wants at the end: name → "productId×qty" sorted. */
  expected: Map<string, string[]>;
  /** How many lines say something new: first orders, edits and withdrawals. */
  events: number;
}

/**
 * A group chat as it grows: each neighbour copies the whole list, adds their own line and posts it;
 * every seventh one's arrival comes with an earlier neighbour editing their line, every eleventh with
 * an earlier one writing "不要了" in the chat (while the copies keep the stale line). Padded with chat
 * noise to exactly `lineCount` lines.
 */
export function simulatedChat(post: string, lineCount: number, linkIds: readonly string[]): SimulatedChat {
  const header = post.split('\n').slice(0, -1);
  const content: string[] = [];
  const withdrawn = new Set<number>();
  const out: string[] = [];
  let events = 0;
  for (let person = 0; ; person++) {
    const message: string[] = [];
    const editing = person >= 7 && person % 7 === 0 ? person - 7 : null;
    const withdrawing = person >= 11 && person % 11 === 0 ? person - 3 : null;
    if (withdrawing !== null)
      message.push(`${nickname(withdrawing)} 14:${String(person % 60).padStart(2, '0')}`, '不要了');
    message.push(`${nickname(person)} 15:${String(person % 60).padStart(2, '0')}`, ...header);
    const next = [...content, firstOrder(person)];
    if (editing !== null) next[editing] = changedOrder(editing);
    next.forEach((order, i) => message.push(`${i + 1}. ${nickname(i)} ${order}`));
    message.push(person % 5 === 0 ? '[图片]' : '好的👌', '');
    if (out.length + message.length > lineCount) break;
    out.push(...message);
    content.splice(0, content.length, ...next);
    events += 1 + (editing === null ? 0 : 1) + (withdrawing === null ? 0 : 1);
    if (editing !== null) withdrawn.delete(editing);
    if (withdrawing !== null) withdrawn.add(withdrawing);
  }
  while (out.length < lineCount) out.push(out.length % 2 === 0 ? '收到' : '[表情]');
  const expected = new Map<string, string[]>();
  content.forEach((order, person) => {
    if (withdrawn.has(person)) return;
    const items = [`${linkIds[person % 5] ?? ''}×${order.endsWith('×5') ? 5 : (person % 3) + 1}`];
    if (!order.endsWith('×5') && person % 4 === 0) items.push('soy×2');
    expected.set(nickname(person), items.sort());
  });
  return { text: out.join('\n'), expected, events };
}
