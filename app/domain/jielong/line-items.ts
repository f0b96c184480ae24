import type { Mention, ProductIndex, Resolution } from './product-index';
import {
  isUnitOnly,
  leadingQuantity,
  trailingQuantity,
  wholeQuantity,
  type FoundQuantity,
} from './quantity-text';

/** A run of a line between separators, with the product references found in it. */
export interface Token {
  /** Lower case for matching; as written when lower-casing would move positions. */
  lower: string;
  start: number;
  end: number;
  mentions: Mention[];
}

export interface DraftItem {
  productId: string;
  qty: number;
  /** How sure the product is. */
  reference: number;
  /** How sure the quantity is. */
  quantity: number;
  explicit: boolean;
}

export interface ItemsReading {
  items: DraftItem[];
  /** A quantity that came before any product: the whole order in a single-product 接龙. */
  loose: FoundQuantity | null;
  unresolved: boolean;
  candidates: string[];
}

/** No quantity written means one, but people do forget to write it. */
const implicitQuantityConfidence = 0.85;

/** Courtesy, payment and pickup notes around an order; they name nothing, and they end a nickname. */
const filler =
  /^(?:谢谢|感谢|多谢|辛苦|麻烦|老板|团长|亲|好的|收到|备注|已付|已转|已支付|付了|已接龙|自提|送货|配送|thanks?|thx|pls|please|ok|paid)/;
/** A multiplier written apart from its number (4号 x 3). */
const loneMultiplier = /^[x×*]$/;

const leadingMarks = /^[^\p{L}\p{N}]+/u;
const hasLetters = /\p{L}/u;

export function isFiller(token: Token): boolean {
  const word = token.lower.replace(leadingMarks, '');
  return filler.test(word) || loneMultiplier.test(word) || isUnitOnly(word);
}

/** The token without its first `from` characters, as when a nickname is cut off its front. */
export function sliceToken(token: Token, from: number): Token {
  return {
    lower: token.lower.slice(from),
    start: token.start + from,
    end: token.end,
    mentions: token.mentions.map((mention) => ({
      ...mention,
      start: mention.start - from,
      end: mention.end - from,
    })),
  };
}

/**
 * A product text with its quantity: the whole text first (土鸡蛋30枚 is a name, not thirty eggs), then
 * with a quantity taken off its end (土鸡蛋2盒) or its start (两盒土鸡蛋).
 */
function readText(
  text: string,
  index: ProductIndex,
): { found: Resolution; quantity: FoundQuantity | null } | null {
  const whole = index.resolve(text);
  if (whole !== null) return { found: whole, quantity: null };
  const trailing = trailingQuantity(text);
  if (trailing !== null && trailing.length < text.length) {
    const found = index.resolve(text.slice(0, text.length - trailing.length));
    if (found !== null) return { found, quantity: trailing };
  }
  const leading = leadingQuantity(text);
  if (leading !== null && leading.length < text.length) {
    const found = index.resolve(text.slice(leading.length));
    if (found !== null) return { found, quantity: leading };
  }
  return null;
}

/** Whether a token after a nickname starts the order rather than continuing the name (Lily Chen). */
export function looksLikeItem(token: Token, index: ProductIndex): boolean {
  if (token.mentions.length > 0 || wholeQuantity(token.lower) !== null) return true;
  if (hasLetters.test(token.lower) && !isFiller(token) && readText(token.lower, index) !== null) {
    return true;
  }
  // 榴莲2个: an order for something we do not sell still ends the name. 王姐2 does not.
  const trailing = trailingQuantity(token.lower);
  return (
    trailing !== null &&
    trailing.length < token.lower.length &&
    /[^\d\s]/.test(token.lower.slice(-trailing.length))
  );
}

/** 1号鸡蛋: two references to one product side by side are one; to two products, a contradiction. */
function mergeAdjacent(mentions: readonly Mention[]): Mention[] | null {
  const merged: Mention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    if (previous === undefined || previous.end !== mention.start) merged.push(mention);
    else if (previous.productId === null || previous.productId !== mention.productId) return null;
    else merged[merged.length - 1] = { ...previous, end: mention.end };
  }
  return merged;
}

class ItemsBuilder {
  readonly reading: ItemsReading = { items: [], loose: null, unresolved: false, candidates: [] };
  private last: DraftItem | null = null;

  add(productId: string, reference: number, quantity: FoundQuantity | null): void {
    if (quantity !== null && quantity.value === null) {
      this.reading.unresolved = true;
      return;
    }
    const qty = quantity?.value ?? 1;
    const quantityConfidence = quantity?.confidence ?? implicitQuantityConfidence;
    const existing = this.reading.items.find((item) => item.productId === productId);
    if (existing === undefined) {
      this.last = { productId, qty, reference, quantity: quantityConfidence, explicit: quantity !== null };
      this.reading.items.push(this.last);
      return;
    }
    // 1号×2 … 1号×1 on one line: the neighbour wants both.
    existing.qty += qty;
    existing.reference = Math.min(existing.reference, reference);
    existing.quantity = Math.min(existing.quantity, quantityConfidence);
    existing.explicit ||= quantity !== null;
    this.last = existing;
  }

  unresolved(candidates: readonly string[]): void {
    this.reading.unresolved = true;
    for (const id of candidates) if (!this.reading.candidates.includes(id)) this.reading.candidates.push(id);
  }

  /** A quantity standing alone belongs to the product before it (鸡蛋 x1), or to all of them (各2). */
  attach(quantity: FoundQuantity & { each: boolean }): void {
    const { items } = this.reading;
    const targets = (quantity.each ? items : this.last === null ? [] : [this.last]).filter(
      (item) => !item.explicit,
    );
    if (quantity.value === null) this.reading.unresolved = true;
    else if (targets.length > 0) {
      for (const item of targets) {
        item.qty = quantity.value;
        item.quantity = quantity.confidence;
        item.explicit = true;
      }
    } else if (items.length === 0) this.reading.loose ??= quantity;
  }
}

function readMentions(token: Token, builder: ItemsBuilder): void {
  const mentions = mergeAdjacent(token.mentions);
  if (mentions === null) {
    builder.unresolved([]);
    return;
  }
  const text = token.lower;
  const gaps = mentions.map((mention, i) => text.slice(mentions[i - 1]?.end ?? 0, mention.start));
  gaps.push(text.slice(mentions[mentions.length - 1]?.end ?? 0));
  // 两盒鸡蛋一瓶酱油 puts quantities before products; 鸡蛋两盒酱油一瓶 after. A token keeps one habit.
  const before =
    trailingQuantity(gaps[0] ?? '') !== null && leadingQuantity(gaps[gaps.length - 1] ?? '') === null;
  mentions.forEach((mention, i) => {
    if (mention.productId === null) builder.unresolved(mention.candidates);
    else {
      const gap = (before ? gaps[i] : gaps[i + 1]) ?? '';
      builder.add(
        mention.productId,
        mention.confidence,
        before ? trailingQuantity(gap) : leadingQuantity(gap),
      );
    }
  });
}

/** The items an order line's tokens (its nickname already taken off) ask for. */
export function readItems(content: readonly Token[], index: ProductIndex): ItemsReading {
  const builder = new ItemsBuilder();
  for (const token of content) {
    if (token.mentions.length > 0) {
      readMentions(token, builder);
      continue;
    }
    const quantity = wholeQuantity(token.lower);
    if (quantity !== null) builder.attach(quantity);
    else if (hasLetters.test(token.lower) && !isFiller(token)) {
      const read = readText(token.lower, index);
      if (read === null) builder.unresolved([]);
      else if (read.found.productId === null) builder.unresolved(read.found.candidates);
      else builder.add(read.found.productId, read.found.confidence, read.quantity);
    }
  }
  return builder.reading;
}
