/**
 * The comments the copilot bench parses: HQ's dev comments, repeated verbatim and varied the way a live
 * room varies them (other numbers, nicknames, emoji, filler), plus 5,000-unit floods. Seeded, so every run
 * parses the same corpus and runs can be compared.
 */
import type { LiveComment } from './copilot-data';
import { seededRandom } from './order-fixtures';

export interface Corpus {
  comments: LiveComment[];
  /** How many of `comments` are dev comments as written; the rest are variations. */
  verbatim: number;
}

export interface Flood extends LiveComment {
  kind: FloodKind;
}

export const floodLength = 5000;

const surnames = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱'];
const nicknameTails = ['阿姨', '姐', '妈妈', '大爷', '宝妈', '先生', '小姐', '同学', '老师', '叔'];
const latinNames = ['Lily', 'Momo', 'Coco', 'Amy', 'Tony', 'Kiki', 'Nana', 'Leo'];
const emoji = ['👍', '❤️', '🌹', '😂', '🙏', '🔥', '🎉', '😍', '💪', '[玫瑰]', '[赞]'];
const fillers = ['！！', '~', '～～', ' 谢谢', ' 主播辛苦了', '。', '?', ' 哈哈'];
const prefixes = ['主播 ', '@主播 ', '姐姐 ', '老板 '];
const numerals = ['一', '两', '三', '四', '五', '六', '七', '八', '九'];

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from no items');
  return item;
}

function nickname(random: Random): string {
  const roll = random();
  if (roll < 0.2) return `${pick(latinNames, random)}${Math.floor(random() * 100)}`;
  if (roll < 0.6) return `${pick(surnames, random)}${pick(nicknameTails, random)}`;
  // Douyin's default names: a word and a long number, so most nicknames in a busy room are unique.
  return `${pick(['用户', '小', '阳光', '幸福'], random)}${Math.floor(random() * 1e6)}`;
}

/** The same request in other words a viewer might type: other amounts, decoration, a greeting. */
function vary(text: string, random: Random): string {
  let varied = text;
  if (random() < 0.6) varied = varied.replace(/\d+/gu, () => String(1 + Math.floor(random() * 9)));
  if (random() < 0.5) varied = varied.replace(/[一两三四五六七八九]/gu, () => pick(numerals, random));
  if (random() < 0.1) varied = pick(prefixes, random) + varied;
  if (random() < 0.15) varied = pick(emoji, random).repeat(1 + Math.floor(random() * 3)) + varied;
  if (random() < 0.4) varied += pick(emoji, random).repeat(1 + Math.floor(random() * 3));
  if (random() < 0.2) varied += pick(fillers, random);
  return varied;
}

/**
 * `size` comments in a shuffled order, every third one a dev comment as written (with its own nickname),
 * the others variations of a random dev comment by a random nickname.
 */
export function buildCorpus(dev: readonly LiveComment[], size: number, seed = 20260418): Corpus {
  const random = seededRandom(seed);
  const comments: LiveComment[] = [];
  let verbatim = 0;
  for (let index = 0; index < size; index += 1) {
    const source = pick(dev, random);
    if (index % 3 === 0) {
      comments.push(source);
      verbatim += 1;
    } else comments.push({ nickname: nickname(random), text: vary(source.text, random) });
  }
  return { comments, verbatim };
}

export const floodKinds = ['laughter', 'emoji', 'repeatedOrder', 'digits', 'pastedAd', 'noSpaces'] as const;
export type FloodKind = (typeof floodKinds)[number];

/** Exactly `floodLength` UTF-16 units of `unit` repeated; cut only between whole code points. */
function fill(unit: string): string {
  const repeated = unit.repeat(Math.ceil(floodLength / unit.length));
  const cut = repeated.slice(0, floodLength);
  // A lone high surrogate at the end would be half an emoji; pad with a plain character instead.
  return /[\uD800-\uDBFF]$/u.test(cut) ? `${cut.slice(0, -1)}!` : cut;
}

/** Hanzi the product names use, so a flood without separators keeps the name matcher busy. */
const nameChars = '有机米粉鸡蛋奶粉酱油蔬菜箱插花课土散养低敏零添加';

function flood(kind: FloodKind, dev: readonly LiveComment[], random: Random): string {
  switch (kind) {
    case 'laughter':
      return fill('哈');
    case 'emoji':
      return fill(pick(emoji, random));
    case 'repeatedOrder':
      return fill(`${pick(dev, random).text} `);
    case 'digits':
      return fill('6');
    case 'pastedAd':
      return fill('【今晚福利】有机米粉39.9元一盒，散养土鸡蛋30枚只要45元！3号低敏奶粉限量，拍下备注楼号。');
    case 'noSpaces': {
      let text = '';
      while (text.length < floodLength)
        text +=
          random() < 0.8 ? nameChars.charAt(Math.floor(random() * nameChars.length)) : pick(numerals, random);
      return text;
    }
  }
}

/** `count` floods, the kinds taking turns, each from a spammer with a nickname of their own. */
export function buildFloods(dev: readonly LiveComment[], count: number, seed = 5000): Flood[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const kind = floodKinds[index % floodKinds.length] ?? 'laughter';
    return { kind, nickname: nickname(random), text: flood(kind, dev, random) };
  });
}
