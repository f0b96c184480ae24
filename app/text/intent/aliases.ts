/**
 * Names viewers use for a product, derived from its catalogue name. Nobody types 春季亲子插花体验课; they
 * type 插花课, 花艺课 or 插花. Catalogue names are a qualifier or two, a head noun and a size, so the
 * qualifiers and sizes are peeled off and every piece of what is left becomes a weaker alias; the index
 * drops pieces shared by two products, so this needs no dictionary of product words.
 */

export interface AliasTerm {
  text: string;
  /** How surely the text means this product: the full name 1, a piece of it down to 0.7. */
  score: number;
}

const brackets = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|「[^「」]*」|《[^《》]*》|<[^<>]*>/g;
/** Sizes and counts: 800g, 500ml, 30枚, 6月龄+, 2段, ×12, 三斤装. */
const sizes =
  /[x×*]?\d+(?:\.\d+)?\s*(?:kg|g|ml|l|cm|mm|克|千克|公斤|斤|升|毫升|枚|个|只|片|袋|包|盒|瓶|罐|支|颗|粒|根|条|寸|装|入|人份|份|月龄|岁|段)?\+?|[一二两三四五六七八九十]+(?:斤|枚|只|个|袋|盒|瓶|罐|包)装?/g;
const separators = /[\s\-_/·・,，、.。:+&|]+/g;

/** Words that sell but do not name: they are peeled off the front of a name, again and again. */
const qualifiers = [
  '有机',
  '散养',
  '低敏',
  '零添加',
  '无添加',
  '春季',
  '夏季',
  '秋季',
  '冬季',
  '当季',
  '亲子',
  '新鲜',
  '鲜',
  '精选',
  '优选',
  '特级',
  '特价',
  '进口',
  '国产',
  '农家',
  '天然',
  '纯天然',
  '手工',
  '现摘',
  '儿童',
  '宝宝',
  '婴儿',
  '家庭装',
  '正宗',
  '野生',
  '周末',
  '暑期',
  '寒假',
  '暑假',
  '限定',
  '限量',
  '网红',
  '招牌',
  '经典',
];
const qualifierPrefix = new RegExp(`^(?:${[...qualifiers].sort((a, b) => b.length - a.length).join('|')})`);

/** Pieces too common in comments to stand for any product on their own. */
const stopTerms = new Set([
  '宝宝',
  '宝贝',
  '链接',
  '主播',
  '今天',
  '明天',
  '一个',
  '套餐',
  '组合',
  '礼盒',
  '体验',
]);

/**
 * Everyday synonyms of grocery words, so the egg box answers to 蛋 and the flower class to 花艺课. Only
 * words shoppers really swap; a product's own words come from its name.
 */
const synonyms: readonly (readonly [word: string, others: readonly string[]])[] = [
  ['鸡蛋', ['蛋', '鸡子']],
  ['插花', ['花艺']],
  ['酱油', ['生抽', '老抽']],
  ['米粉', ['米糊']],
  ['番茄', ['西红柿']],
  ['西红柿', ['番茄']],
  ['土豆', ['马铃薯']],
  ['脐橙', ['橙子']],
  ['牛奶', ['鲜奶']],
];

/** A one-character alias (蛋) is not the product inside a longer word: 蛋糕, 蛋挞, 蛋卷, 蛋饼. */
export const oneCharNotBefore = /^[糕挞卷饼筒]/;

/** Courses are called by their subject plus 课: 插花体验课 → 插花课. */
const courseSuffix = /[课班]$/;
const hanOnly = /^\p{Script=Han}+$/u;

export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(separators, '');
}

function stripQualifiers(text: string): string {
  let core = text;
  for (let match = qualifierPrefix.exec(core); match !== null; match = qualifierPrefix.exec(core)) {
    const rest = core.slice(match[0].length);
    if (rest.length < 2) break;
    core = rest;
  }
  return core;
}

/** Every piece of at least two characters: the head noun (a suffix) is the likeliest name, then the start. */
function pieces(core: string, add: (text: string, score: number) => void): void {
  const chars = Array.from(core);
  for (let start = 0; start < chars.length; start += 1) {
    for (let end = start + 2; end <= chars.length; end += 1) {
      if (start === 0 && end === chars.length) continue;
      const score = end === chars.length ? 0.85 : start === 0 ? 0.8 : 0.7;
      add(chars.slice(start, end).join(''), score);
    }
  }
  const last = chars.at(-1) ?? '';
  if (!courseSuffix.test(last) || chars.length < 4) return;
  // 插花体验课 → 插花课, 体验课: a two-character subject and the course word.
  for (let start = 0; start + 2 < chars.length; start += 1) {
    add(`${chars[start]}${chars[start + 1]}${last}`, 0.8);
  }
}

/** Sizes tell apart products that share a name (草莓250g, 草莓500g): the name's tail with its size. */
function withSizes(name: string, core: string, add: (text: string, score: number) => void): void {
  const chars = Array.from(core);
  for (const size of name.match(sizes) ?? []) {
    const key = aliasKey(size);
    for (let start = 0; start + 2 <= chars.length && key !== ''; start += 1) {
      add(`${chars.slice(start).join('')}${key}`, 0.9);
    }
  }
}

/** The terms (normalized like {@link aliasKey}) a product answers to, each once with its best score. */
export function deriveAliases(name: string, ownerAliases: readonly string[] = []): AliasTerm[] {
  const terms = new Map<string, number>();
  const add = (text: string, score: number) => {
    const key = aliasKey(text);
    if (key === '' || stopTerms.has(key) || (terms.get(key) ?? 0) >= score) return;
    terms.set(key, score);
  };
  const normalized = name.normalize('NFKC').toLowerCase();
  add(normalized, 1);
  const bare = aliasKey(normalized.replace(brackets, ' ').replace(sizes, ' '));
  add(bare, 1);
  for (const alias of ownerAliases) add(alias, 0.95);
  const core = stripQualifiers(bare);
  add(core, 0.95);
  // Pieces of a Latin name (ip, ph of iphone) would fire inside any English word.
  if (hanOnly.test(core)) {
    pieces(core, add);
    withSizes(normalized.replace(brackets, ' '), core, add);
  }
  for (const [text, score] of [...terms]) {
    for (const [word, others] of synonyms) {
      if (!text.includes(word)) continue;
      for (const other of others) add(text.replace(word, other), score * 0.95);
    }
  }
  return [...terms].map(([text, score]) => ({ text, score }));
}
