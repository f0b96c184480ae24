import type { MemberDoc } from '../../app/db/schemas/members';
import { seededRandom, type SeededRandom } from '../../app/domain/demo/random';
import { nameKey } from '../../app/domain/jielong/normalize';
import type { FinalOrder } from '../../app/domain/jielong/types';

/** A campaign item as neighbours refer to it: its link number, the word they use for it, its unit. */
export interface ChatProduct {
  id: string;
  linkNo: number;
  /** What people type instead of the full name (土鸡蛋 for 散养土鸡蛋30枚); null: they use the number. */
  word: string | null;
  unit: string;
  perPersonLimit: number;
}

export interface BenchChat {
  text: string;
  /** nameKey → sorted "productId×qty" list: what each neighbour should end up with. */
  expected: Map<string, string>;
  copies: number;
  people: number;
}

interface Person {
  speaker: string;
  /** How the person writes themselves into the list; a building number tells two 王阿姨 apart. */
  listName: string;
  items: Map<number, number>;
  line: string;
  withdrawn: boolean;
}

const cn = ['零', '一', '两', '三', '四', '五'];
const cnLink = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const circled = ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];
const courtesy = ['', '', '', '', ' 谢谢团长', ' 🙏', '[玫瑰]', ' 自提', ' 备注晚点取', ' 已付'];
/** Only texts the parser must leave alone: a noise line that read as an order would break the check. */
const chatter = [
  '好的',
  '好的👌',
  '收到',
  '[图片]',
  '[表情]',
  '[语音]',
  '谢谢团长🌹',
  '团长辛苦了',
  '鸡蛋今天几点到？',
  '团长 明天几点自提',
  '可以送到5栋吗',
  '今天的脐橙甜不甜',
  '下午3点到货',
  '1号楼的到了吗',
  '上次的牛腱子很好吃👍',
  '牛奶是当天的吗',
  '+1',
  '已转账',
];
const withdrawals = ['不要了', '取消', '我不要了', '撤销'];

function writeItem(product: ChatProduct, qty: number, random: SeededRandom, linksOnly: boolean): string {
  const n = product.linkNo;
  const form = random.int(0, linksOnly ? 3 : 7);
  if (form === 1) return `${n}号${qty}${product.unit}`;
  if (form === 2) return `${cnLink[n] ?? n}号${cn[qty] ?? qty}${product.unit}`;
  if (form === 3) return `#${n}*${qty}`;
  if (form === 4) return `${circled[n] ?? `${n}号`}×${qty}`;
  if (product.word !== null && form === 5) return `${product.word}${cn[qty] ?? qty}${product.unit}`;
  if (product.word !== null && form === 6) return `${product.word} x${qty}`;
  if (product.word !== null && form === 7) return `${cn[qty] ?? qty}${product.unit}${product.word}`;
  return `${n}号×${qty}`;
}

/** One to three products, each within its per-person limit, keyed by link number. */
function pickItems(products: readonly ChatProduct[], random: SeededRandom): Map<number, number> {
  const items = new Map<number, number>();
  const count = random.chance(0.6) ? 1 : random.int(2, 3);
  while (items.size < count) {
    const product = random.pick(products);
    items.set(product.linkNo, random.int(1, Math.max(1, Math.min(4, product.perPersonLimit || 4))));
  }
  return items;
}

function writeItems(
  items: ReadonlyMap<number, number>,
  byLink: ReadonlyMap<number, ChatProduct>,
  random: SeededRandom,
  linksOnly: boolean,
): string {
  const separator = random.pick([' ', ' ', '，', '+']);
  return [...items]
    .map(([link, qty]) => {
      const product = byLink.get(link);
      return product === undefined ? `${link}号×${qty}` : writeItem(product, qty, random, linksOnly);
    })
    .join(separator);
}

/** Distinct nicknames from the demo members: one nameKey must mean one neighbour, or the check lies. */
function people(members: readonly MemberDoc[]): Person[] {
  const seen = new Set<string>();
  const found: Person[] = [];
  for (const member of members) {
    const nickname = member.nicknames[0];
    if (nickname === undefined || seen.has(nameKey(nickname))) continue;
    seen.add(nameKey(nickname));
    const speaker = found.length % 7 === 3 ? `🌸${nickname}` : nickname;
    const listName = found.length % 8 === 5 ? `${speaker}(${member.address.building})` : speaker;
    found.push({ speaker, listName, items: new Map(), line: '', withdrawn: false });
  }
  return found;
}

/**
 * A 接龙 as an owner copies it out of WeChat: the post, then neighbours each copying the whole list and
 * adding their line (some with the post's header, some without), others ordering with a bare line that
 * the next copier folds into the list, edits made by re-posting the list, withdrawals said in the chat
 * (while careless copies keep the stale line), and group chatter. Exactly `lineCount` lines.
 */
export function benchChat(
  post: string,
  storeName: string,
  products: readonly ChatProduct[],
  members: readonly MemberDoc[],
  options: { lineCount: number; seed: number },
): BenchChat {
  const random = seededRandom(options.seed);
  const byLink = new Map(products.map((product) => [product.linkNo, product]));
  const pool = people(members);
  const header = post.split('\n').slice(0, -1);
  const list: Person[] = [];
  const out: string[] = [];
  let joined = 0;
  let copies = 0;
  let minute = 9 * 60;
  const stamp = (who: string) => {
    minute += random.int(0, 3);
    return `${who} ${Math.floor(minute / 60) % 24}:${String(minute % 60).padStart(2, '0')}`;
  };
  /** The list as `who` re-posts it, with `change` (their own new or edited line) applied. */
  const copy = (who: Person, change: { person: Person; line: string }) => {
    // Some copiers tidy away the lines of people who withdrew; most copy what they see.
    const tidy = random.chance(0.3);
    const rows = [...list, ...(list.includes(change.person) ? [] : [change.person])]
      .filter((person) => !(tidy && person.withdrawn))
      .map((person) => (person === change.person ? change.line : person.line));
    return [
      stamp(who.speaker),
      ...(random.chance(0.7) ? header : []),
      ...rows.map((line, i) => `${i + 1}${random.chance(0.9) ? '.' : '、'} ${line}`),
    ];
  };
  const draft = (person: Person, bare: boolean) => {
    const items = pickItems(products, random);
    const text = writeItems(items, byLink, random, bare);
    return { items, text, line: `${person.listName} ${text}${bare ? '' : random.pick(courtesy)}` };
  };
  // Only someone whose list name is their WeChat name can be recognised speaking in the chat.
  const speakers = () => list.filter((person) => !person.withdrawn && person.speaker === person.listName);

  /** The next message and what it changes, applied only once the message is in the text. */
  const nextEvent = (): { message: string[]; commit: () => void } => {
    const roll = random.int(0, 99);
    const next = pool[joined];
    const ordering = list.filter((person) => !person.withdrawn);
    if (roll < 62 && next !== undefined) {
      const bare = roll >= 50 && next.speaker === next.listName;
      const { items, text, line } = draft(next, bare);
      return {
        message: bare ? [stamp(next.speaker), text] : copy(next, { person: next, line }),
        commit: () => {
          Object.assign(next, { items, line });
          list.push(next);
          joined += 1;
          if (!bare) copies += 1;
        },
      };
    }
    if (roll < 70 && ordering.length > 0) {
      const editor = random.pick(ordering);
      const { items, line } = draft(editor, false);
      return {
        message: copy(editor, { person: editor, line }),
        commit: () => {
          Object.assign(editor, { items, line });
          copies += 1;
        },
      };
    }
    const leavers = speakers();
    if (roll < 78 && leavers.length > 0) {
      const leaver = random.pick(leavers);
      const links = [...leaver.items.keys()];
      if (links.length > 1 && random.chance(0.4)) {
        const link = random.pick(links);
        return {
          message: [stamp(leaver.speaker), `${link}号不要了`],
          commit: () => {
            leaver.items.delete(link);
          },
        };
      }
      return {
        message: [stamp(leaver.speaker), random.pick(withdrawals)],
        commit: () => {
          leaver.withdrawn = true;
        },
      };
    }
    const who = random.pick(members).nicknames[0] ?? '邻居';
    const message = random.chance(0.1) ? [`${who}撤回了一条消息`] : [stamp(who), random.pick(chatter)];
    return { message, commit: () => {} };
  };

  out.push(stamp(storeName), ...post.split('\n'));
  // Near the end the list outgrows the space left; shorter messages keep the chat going until none fit.
  for (let misses = 0; misses < 50 && out.length < options.lineCount;) {
    const { message, commit } = nextEvent();
    if (out.length + message.length > options.lineCount) {
      misses += 1;
      continue;
    }
    out.push(...message);
    commit();
  }
  while (out.length < options.lineCount) out.push(random.pick(chatter));

  const expected = new Map<string, string>();
  for (const person of list) {
    if (person.withdrawn || person.items.size === 0) continue;
    const items = [...person.items].map(([link, qty]) => `${byLink.get(link)?.id ?? link}×${qty}`);
    expected.set(nameKey(person.listName), items.sort().join(','));
  }
  return { text: out.join('\n'), expected, copies, people: list.length };
}

/** Neighbours whose parsed final order differs from the script's, missing ones and invented ones. */
export function orderMismatches(
  orders: readonly FinalOrder[],
  expected: ReadonlyMap<string, string>,
): string[] {
  const parsed = new Map(
    orders.map((order) => [
      nameKey(order.name),
      order.items
        .map((item) => `${item.productId}×${item.qty}`)
        .sort()
        .join(','),
    ]),
  );
  const names = new Set([...parsed.keys(), ...expected.keys()]);
  return [...names]
    .filter((name) => parsed.get(name) !== expected.get(name))
    .map((name) => `${name}: parsed ${parsed.get(name) ?? '-'}, expected ${expected.get(name) ?? '-'}`);
}
