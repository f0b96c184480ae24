import { copilotPhrases } from './phrases';
import { ageOf, priceKeywords, shortName, specOf, spokenPrice } from './product-facts';
import type { CopilotLocale, DigestProduct, QuestionTopic } from './types';

/** What a line is about; one line per point, so an answered question is not repeated as a fact. */
export type ScriptPoint =
  | 'closing'
  | 'ordered'
  | 'certification'
  | 'age'
  | 'spec'
  | 'shelfLife'
  | 'origin'
  | 'ingredients'
  | 'pickup'
  | 'delivery'
  | 'afterSales'
  | 'price'
  | 'stock'
  | 'howToBuy'
  | 'invite';

export interface ScriptLine {
  point: ScriptPoint;
  text: string;
  /**
   * Words that show the host already made this point, matched in the transcript with spaces removed.
   * Chinese only: the host speaks Chinese even when the owner reads English.
   */
  keywords: string[];
}

/** The point a question topic is answered by. */
export const pointOfTopic: Record<QuestionTopic, ScriptPoint> = {
  price: 'price',
  shelfLife: 'shelfLife',
  age: 'age',
  afterSales: 'afterSales',
  stock: 'stock',
  delivery: 'delivery',
  pickup: 'pickup',
  ingredients: 'ingredients',
  size: 'spec',
  howToBuy: 'howToBuy',
};

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** 6月龄+ → 6个月, 6月龄: how a host would say the age aloud. */
function ageKeywords(age: string): string[] {
  const months = /\d+/u.exec(age)?.[0];
  return months === undefined ? [compact(age)] : [`${months}个月`, `${months}月龄`];
}

/**
 * The product's facts as lines the host can say, the ones viewers weigh most first (certification, age,
 * size, shelf life…); a fact that is absent gives no line. Price and ordering are in standingLines.
 */
export function factLines(product: DigestProduct, locale: CopilotLocale): ScriptLine[] {
  const { reply, line, listSeparator } = copilotPhrases(locale);
  const name = shortName(product.name);
  const { facts } = product;
  const lines: ScriptLine[] = [];
  const certifications = facts.certifications.filter(present).map((text) => text.trim());
  if (certifications.length > 0) {
    lines.push({
      point: 'certification',
      text: line.certified(name, certifications.join(listSeparator)),
      keywords: ['认证', ...certifications.map(compact)],
    });
  }
  const age = ageOf(product, locale);
  if (age !== null) {
    const zhAge = ageOf(product, 'zh-CN') ?? age;
    lines.push({ point: 'age', text: reply.age(name, age), keywords: ageKeywords(zhAge) });
  }
  const spec = specOf(product);
  if (spec !== null) {
    lines.push({ point: 'spec', text: reply.size(name, spec, product.unit), keywords: [compact(spec)] });
  }
  if (facts.shelfLifeDays !== undefined && facts.shelfLifeDays > 0) {
    lines.push({
      point: 'shelfLife',
      text: reply.shelfLife(name, facts.shelfLifeDays),
      keywords: ['保质期'],
    });
  }
  if (present(facts.origin)) {
    lines.push({
      point: 'origin',
      text: reply.origin(name, facts.origin.trim()),
      keywords: [compact(facts.origin)],
    });
  }
  if (present(facts.ingredients)) {
    lines.push({
      point: 'ingredients',
      text: reply.ingredients(name, facts.ingredients.trim()),
      keywords: ['配料', '成分'],
    });
  }
  if (present(facts.pickupWindow)) {
    const window = facts.pickupWindow.trim();
    lines.push(
      product.kind === 'service'
        ? { point: 'pickup', text: reply.schedule(name, window), keywords: [compact(window)] }
        : { point: 'pickup', text: reply.pickup(window), keywords: ['自提', '取货', '提货'] },
    );
  }
  if (present(facts.delivery)) {
    lines.push({
      point: 'delivery',
      text: reply.delivery(facts.delivery.trim()),
      keywords: ['送货', '配送', '送到'],
    });
  }
  return lines;
}

/** Price, ordering and an invitation to ask: lines every product has, so there are always three. */
export function standingLines(product: DigestProduct, locale: CopilotLocale): ScriptLine[] {
  const { line } = copilotPhrases(locale);
  const name = shortName(product.name);
  return [
    {
      point: 'price',
      text: line.price(name, spokenPrice(product.priceFen, locale), product.unit),
      keywords: priceKeywords(product.priceFen),
    },
    { point: 'howToBuy', text: line.howToBuy(name, product.link), keywords: [`${product.link}号链接`] },
    { point: 'invite', text: line.invite(name), keywords: ['评论区', '想问'] },
  ];
}

/** "Only 8 left" with the real number, or "sold out"; nothing while stock is above `lowStockAt`. */
export function stockLine(
  product: DigestProduct,
  lowStockAt: number,
  locale: CopilotLocale,
): ScriptLine | null {
  const { line } = copilotPhrases(locale);
  const name = shortName(product.name);
  if (product.stockLeft <= 0)
    return { point: 'stock', text: line.soldOut(name), keywords: ['卖完', '没有了'] };
  if (product.stockLeft > lowStockAt) return null;
  return {
    point: 'stock',
    text: line.scarce(name, product.stockLeft, product.unit, product.link),
    keywords: ['只剩', '还剩', '剩下', `${product.stockLeft}${product.unit}`],
  };
}

/** Selling-point chips: short facts, the price first; low stock only once it is worth mentioning. */
export function sellingPointTexts(
  product: DigestProduct,
  lowStockAt: number,
  locale: CopilotLocale,
): string[] {
  const { point } = copilotPhrases(locale);
  const { facts } = product;
  const age = ageOf(product, locale);
  const spec = specOf(product);
  const lowStock = product.stockLeft > 0 && product.stockLeft <= lowStockAt;
  return [
    point.price(spokenPrice(product.priceFen, locale), product.unit),
    ...(lowStock ? [point.stockLeft(product.stockLeft, product.unit)] : []),
    ...facts.certifications.filter(present).map((text) => text.trim()),
    ...(age === null ? [] : [point.age(age)]),
    ...(spec === null ? [] : [point.spec(spec, product.unit)]),
    ...(facts.shelfLifeDays !== undefined && facts.shelfLifeDays > 0
      ? [point.shelfLife(facts.shelfLifeDays)]
      : []),
    ...(present(facts.origin) ? [point.origin(facts.origin.trim())] : []),
    ...(present(facts.ingredients) ? [point.ingredients(facts.ingredients.trim())] : []),
    ...(present(facts.pickupWindow) && product.kind !== 'service'
      ? [point.pickup(facts.pickupWindow.trim())]
      : []),
  ];
}
