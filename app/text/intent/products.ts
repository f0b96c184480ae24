import { aliasKey, deriveAliases, oneCharNotBefore } from './aliases';
import type { LinkedProduct } from './types';

/** A product named inside a comment, by any of its names. `link` is null when the words fit several. */
export interface ProductMention {
  start: number;
  end: number;
  link: number | null;
  candidates: readonly number[];
  score: number;
}

export interface ProductIndex {
  /** Link numbers on the rundown. */
  readonly links: ReadonlySet<number>;
  /** Product names in a normalized comment, left to right, each the longest name starting there. */
  mentions(text: string): ProductMention[];
}

interface Term {
  text: string;
  score: number;
  links: number[];
}

const isAsciiLetter = (char: string) => char >= 'a' && char <= 'z';

/** The alias "tea" must not fire inside "steak"; Chinese has no such boundaries to respect. */
function atWordBoundary(text: string, start: number, end: number): boolean {
  if (isAsciiLetter(text.charAt(start)) && isAsciiLetter(text.charAt(start - 1))) return false;
  return !(isAsciiLetter(text.charAt(end - 1)) && isAsciiLetter(text.charAt(end)));
}

/**
 * Builds the lookup once per rundown. A name shared by two products goes to the one it names more
 * surely (鸡蛋 is a piece of 土鸡蛋 but the whole of 鸡蛋 in another product); at equal strength it names
 * neither, since guessing a product for a viewer is worse than asking.
 */
export function createProductIndex(products: readonly LinkedProduct[]): ProductIndex {
  const terms = new Map<string, Term>();
  const nameOf = new Map<number, string>();
  for (const product of products) {
    const name = aliasKey(product.name);
    // A product shown twice keeps its first link: "米粉" names the first slot, not both.
    if ([...nameOf.values()].includes(name)) continue;
    nameOf.set(product.link, name);
    for (const { text, score } of deriveAliases(product.name, product.aliases)) {
      const term = terms.get(text);
      if (term === undefined || score > term.score) terms.set(text, { text, score, links: [product.link] });
      else if (score === term.score) term.links.push(product.link);
    }
  }
  const byFirstChar = new Map<string, Term[]>();
  for (const term of terms.values()) {
    const first = term.text.charAt(0);
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), term]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.text.length - a.text.length);

  function termAt(text: string, at: number): ProductMention | null {
    for (const term of byFirstChar.get(text.charAt(at)) ?? []) {
      const end = at + term.text.length;
      if (!text.startsWith(term.text, at) || !atWordBoundary(text, at, end)) continue;
      if (term.text.length === 1 && oneCharNotBefore.test(text.slice(end, end + 1))) continue;
      const [link, ...others] = term.links;
      const single = link !== undefined && others.length === 0;
      return { start: at, end, link: single ? link : null, candidates: term.links, score: term.score };
    }
    return null;
  }

  return {
    links: new Set(products.map((product) => product.link)),
    mentions(text) {
      const found: ProductMention[] = [];
      for (let at = 0; at < text.length;) {
        const mention = termAt(text, at);
        if (mention === null) at += 1;
        else {
          found.push(mention);
          at = mention.end;
        }
      }
      return found;
    },
  };
}

/** The rundown's products with their link numbers: the first item is 1号, as the host calls them. */
export function rundownProducts<P extends { name: string; aliases?: readonly string[] }>(
  rundown: readonly { productId: string }[],
  productsById: ReadonlyMap<string, P>,
): LinkedProduct[] {
  return rundown.flatMap(({ productId }, index) => {
    const product = productsById.get(productId);
    return product === undefined
      ? []
      : [{ link: index + 1, name: product.name, aliases: product.aliases ?? [] }];
  });
}
