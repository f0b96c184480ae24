import { parseQuantity } from '../import/quantity';
import type { JielongProduct } from './types';

/** How sure a product reference is, before the quantity is considered. */
const referenceConfidence = { link: 1, chineseLink: 0.9, name: 1, alias: 0.95, substring: 0.75 };

/** A product reference inside a token; `productId` is null when it fits none or several products. */
export interface Mention {
  start: number;
  end: number;
  productId: string | null;
  candidates: string[];
  confidence: number;
}

export type Resolution =
  { productId: string; confidence: number } | { productId: null; candidates: string[] };

export interface ProductIndex {
  /** Link numbers, names and aliases inside a lower-case token, left to right, longest first. */
  mentions(token: string): Mention[];
  /** What a bare product text means (exact name or alias, else the one product containing it). */
  resolve(text: string): Resolution | null;
  /** The product of a single-product 接龙, where "李阿姨 2份" needs no product. */
  only: string | null;
}

interface Term {
  key: string;
  ids: string[];
  confidence: number;
}

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
}

// 1号楼, 3号床 and 5号门 are addresses, not link numbers.
const notLink = '(?![楼栋院室床单层门])';
const hashLink = /#\s*(\d{1,3})/y;
const digitLink = new RegExp(String.raw`(\d{1,3})\s*号${notLink}`, 'y');
const chineseLink = new RegExp(String.raw`([一二三四五六七八九十]{1,3})号${notLink}`, 'y');
const isDigit = (char: string) => char >= '0' && char <= '9';
const isChineseDigit = (char: string) => char !== '' && '一二三四五六七八九十'.includes(char);
const isAsciiLetter = (char: string) => char >= 'a' && char <= 'z';

function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Alias "egg" must not fire inside "eggplant"; Chinese has no such boundaries to respect. */
function atWordBoundary(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  const last = text.charAt(end - 1);
  if (isAsciiLetter(first) && isAsciiLetter(text.charAt(start - 1))) return false;
  return !(isAsciiLetter(last) && isAsciiLetter(text.charAt(end)));
}

export function createProductIndex(products: readonly JielongProduct[]): ProductIndex {
  const byLink = new Map<number, string>();
  const terms = new Map<string, Term>();
  const haystacks: { id: string; texts: string[] }[] = [];
  const addTerm = (text: string, id: string, confidence: number) => {
    const term = terms.get(text);
    if (term === undefined) terms.set(text, { key: text, ids: [id], confidence });
    else if (!term.ids.includes(id)) term.ids.push(id);
    else term.confidence = Math.max(term.confidence, confidence);
  };
  for (const product of products) {
    if (product.linkNo !== undefined) byLink.set(product.linkNo, product.id);
    const name = key(product.name);
    const aliases = product.aliases.map(key).filter((alias) => alias !== '');
    if (name !== '') addTerm(name, product.id, referenceConfidence.name);
    for (const alias of aliases) addTerm(alias, product.id, referenceConfidence.alias);
    haystacks.push({ id: product.id, texts: [name, ...aliases] });
  }
  // Scanning free text uses terms of two or more characters: a one-character alias (蛋) would fire
  // inside nicknames; it still matches when it stands alone as a token.
  const byFirstChar = new Map<string, Term[]>();
  for (const term of terms.values()) {
    if (term.key.length < 2) continue;
    const first = term.key.charAt(0);
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), term]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.key.length - a.key.length);

  function linkAt(token: string, at: number): Mention | null {
    const char = token.charAt(at);
    const before = token.charAt(at - 1);
    let match: RegExpExecArray | null = null;
    let confidence = referenceConfidence.link;
    if (char === '#') match = execAt(hashLink, token, at);
    else if (isDigit(char) && !isDigit(before)) match = execAt(digitLink, token, at);
    else if (isChineseDigit(char) && !isChineseDigit(before)) {
      match = execAt(chineseLink, token, at);
      confidence = referenceConfidence.chineseLink;
    }
    const numberText = match?.[1];
    if (match === null || numberText === undefined) return null;
    const productId = byLink.get(parseQuantity(numberText) ?? 0) ?? null;
    return { start: at, end: at + match[0].length, productId, candidates: [], confidence };
  }

  function termAt(token: string, at: number): Mention | null {
    for (const term of byFirstChar.get(token.charAt(at)) ?? []) {
      const end = at + term.key.length;
      if (!token.startsWith(term.key, at) || !atWordBoundary(token, at, end)) continue;
      const [id, ...others] = term.ids;
      const single = id !== undefined && others.length === 0;
      return {
        start: at,
        end,
        productId: single ? id : null,
        candidates: single ? [] : term.ids,
        confidence: term.confidence,
      };
    }
    return null;
  }

  const resolved = new Map<string, Resolution | null>();
  function resolveUncached(text: string): Resolution | null {
    const term = terms.get(text);
    if (term !== undefined) {
      const [id, ...others] = term.ids;
      if (id !== undefined && others.length === 0) return { productId: id, confidence: term.confidence };
      return { productId: null, candidates: term.ids };
    }
    if (text.length < 2) return null;
    const containing = haystacks.filter(({ texts }) => texts.some((haystack) => haystack.includes(text)));
    const [only, ...others] = containing;
    if (only === undefined) return null;
    if (others.length === 0) return { productId: only.id, confidence: referenceConfidence.substring };
    return { productId: null, candidates: containing.map(({ id }) => id) };
  }

  return {
    mentions(token) {
      const found: Mention[] = [];
      let at = 0;
      while (at < token.length) {
        const mention = linkAt(token, at) ?? termAt(token, at);
        if (mention === null) at += 1;
        else {
          found.push(mention);
          at = mention.end;
        }
      }
      return found;
    },
    resolve(text) {
      let resolution = resolved.get(text);
      if (resolution === undefined && !resolved.has(text)) {
        const textKey = key(text);
        resolution = textKey === '' ? null : resolveUncached(textKey);
        resolved.set(text, resolution);
      }
      return resolution ?? null;
    },
    only: products.length === 1 ? (products[0]?.id ?? null) : null,
  };
}
