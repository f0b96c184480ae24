import { copilotPhrases } from './phrases';
import { ageOf, shortName, specOf, spokenPrice } from './product-facts';
import type { CopilotLocale, DigestProduct, ProductFacts, QuestionTopic } from './types';

type TextFact = 'pickupWindow' | 'delivery' | 'afterSales';

const filled = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

/**
 * A store-wide fact for a question that names no product: the products' common value, or null when
 * they differ or one lacks it, since answering with one product's pickup time could mislead.
 */
function commonFact(products: readonly DigestProduct[], fact: TextFact): string | null {
  // A service's window is when it takes place, not when goods are collected.
  const relevant =
    fact === 'pickupWindow' ? products.filter((product) => product.kind !== 'service') : products;
  const values = new Set(relevant.map((product) => filled(product.facts[fact])));
  const [only] = values;
  return values.size === 1 && only !== undefined ? only : null;
}

function factOf(
  product: DigestProduct | null,
  products: readonly DigestProduct[],
  fact: TextFact,
): string | null {
  return product === null ? commonFact(products, fact) : filled(product.facts[fact]);
}

function productReply(topic: QuestionTopic, product: DigestProduct, locale: CopilotLocale): string | null {
  const { reply } = copilotPhrases(locale);
  const name = shortName(product.name);
  const facts: ProductFacts = product.facts;
  switch (topic) {
    case 'price':
      return reply.price(name, spokenPrice(product.priceFen, locale), product.unit, product.link);
    case 'stock':
      return product.stockLeft > 0
        ? reply.inStock(name, product.stockLeft, product.unit)
        : reply.soldOut(name);
    case 'age': {
      const age = ageOf(product, locale);
      return age === null ? null : reply.age(name, age);
    }
    case 'size': {
      const spec = specOf(product);
      return spec === null ? null : reply.size(name, spec, product.unit);
    }
    case 'shelfLife':
      return facts.shelfLifeDays === undefined || facts.shelfLifeDays <= 0
        ? null
        : reply.shelfLife(name, facts.shelfLifeDays);
    case 'ingredients': {
      const ingredients = filled(facts.ingredients);
      return ingredients === null ? null : reply.ingredients(name, ingredients);
    }
    default:
      return null;
  }
}

/**
 * The answer the facts give to a question on `topic`, or null when they give none. `product` is the
 * product asked about, null when the question names none: then only store-wide topics can be answered,
 * and only when every product agrees.
 */
export function replyFor(
  topic: QuestionTopic | null,
  product: DigestProduct | null,
  products: readonly DigestProduct[],
  locale: CopilotLocale,
): string | null {
  const { reply } = copilotPhrases(locale);
  switch (topic) {
    case null:
      return null;
    case 'howToBuy':
      return reply.howToBuy(product?.link ?? null);
    case 'pickup': {
      const window = factOf(product, products, 'pickupWindow');
      if (window === null) return null;
      return product?.kind === 'service'
        ? reply.schedule(shortName(product.name), window)
        : reply.pickup(window);
    }
    case 'delivery': {
      const delivery = factOf(product, products, 'delivery');
      return delivery === null ? null : reply.delivery(delivery);
    }
    case 'afterSales': {
      const afterSales = factOf(product, products, 'afterSales');
      return afterSales === null ? null : reply.afterSales(afterSales);
    }
    default:
      return product === null ? null : productReply(topic, product, locale);
  }
}
