/** The product fields matching needs; ProductDoc satisfies it. */
export interface ImportProduct {
  id: string;
  sku: string;
  name: string;
  aliases: readonly string[];
  active: boolean;
}

/** Finds the product a row means, or null when none or more than one fits. */
export type ProductMatcher = (productText: string, specText: string) => string | null;

interface Indexed {
  id: string;
  name: string;
  sku: string;
}

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
}

function addTo(index: Map<string, Indexed[]>, text: string, product: Indexed): void {
  if (text === '') return;
  const list = index.get(text);
  if (list === undefined) index.set(text, [product]);
  else if (!list.includes(product)) list.push(product);
}

/**
 * One answer from a set of candidates. Exports often split 草莓 / 500g across 商品 and 规格, so the spec
 * narrows a tie; a tie that remains is ambiguous and the owner must say which product was meant.
 */
function pick(candidates: readonly Indexed[], spec: string): string | null | undefined {
  if (candidates.length === 0) return undefined;
  let narrowed = candidates;
  if (candidates.length > 1 && spec !== '') {
    narrowed = candidates.filter((product) => product.name.includes(spec) || product.sku === spec);
  }
  return narrowed.length === 1 ? (narrowed[0]?.id ?? null) : null;
}

/** Of the product names found inside a decorated title (【周末鲜】有机鸡蛋10枚装), the longest if only one is. */
function longestContained(products: readonly Indexed[], text: string): Indexed[] {
  const contained = products.filter((product) => product.name.length >= 2 && text.includes(product.name));
  const longest = Math.max(0, ...contained.map((product) => product.name.length));
  return contained.filter((product) => product.name.length === longest);
}

/**
 * Matches against active products only: an import makes new orders, and those must not sell what the
 * owner has taken off the shelf. Tries, in order: SKU in the spec column, exact SKU, exact name, alias,
 * name + spec, a unique name containing the text, a unique longest name inside the text. Answers are
 * cached per distinct text because a 50k-row export repeats a few dozen products.
 */
export function createProductMatcher(products: readonly ImportProduct[]): ProductMatcher {
  const active: Indexed[] = [];
  const bySku = new Map<string, Indexed[]>();
  const byName = new Map<string, Indexed[]>();
  const byAlias = new Map<string, Indexed[]>();
  for (const product of products) {
    if (!product.active) continue;
    const indexed = { id: product.id, name: key(product.name), sku: key(product.sku) };
    active.push(indexed);
    addTo(bySku, indexed.sku, indexed);
    addTo(byName, indexed.name, indexed);
    for (const alias of product.aliases) addTo(byAlias, key(alias), indexed);
  }
  const cache = new Map<string, string | null>();

  function match(productText: string, specText: string): string | null {
    const text = key(productText);
    const spec = key(specText);
    if (text === '' && spec === '') return null;
    const tiers: (() => readonly Indexed[])[] = [
      () => (spec === '' ? [] : (bySku.get(spec) ?? [])),
      () => bySku.get(text) ?? [],
      () => byName.get(text) ?? [],
      () => byAlias.get(text) ?? [],
      () => byName.get(text + spec) ?? [],
      () => (text === '' ? [] : active.filter((product) => product.name.includes(text))),
      () => (text === '' ? [] : longestContained(active, text)),
    ];
    for (const tier of tiers) {
      const answer = pick(tier(), spec);
      if (answer !== undefined) return answer;
    }
    return null;
  }

  return (productText, specText) => {
    const cacheKey = `${productText}\u0000${specText}`;
    let answer = cache.get(cacheKey);
    if (answer === undefined && !cache.has(cacheKey)) {
      answer = match(productText, specText);
      cache.set(cacheKey, answer);
    }
    return answer ?? null;
  };
}
