import { headerStarts } from './labels';
import { isFiller, looksLikeItem, readItems, sliceToken, type DraftItem, type Token } from './line-items';
import { normalizeLine } from './normalize';
import type { ProductIndex } from './product-index';
import { leadingQuantity, trailingQuantity, wholeQuantity } from './quantity-text';
import type { JielongItem } from './types';

/** Real 接龙 lines are far shorter; longer ones are pasted articles or garbage, and are not scanned. */
export const maxLineLength = 300;

/** How sure a line is when the product had to be assumed (single-product 接龙) or something went unread. */
const assumed = { quantityOnly: 0.8, nameOnly: 0.6, partlyUnread: 0.6 };
const maxNameTokens = 4;

export interface EntryReading {
  type: 'entry';
  /** The line without its list number, to recognise copies of it. */
  text: string;
  numbered: boolean;
  name: string | null;
  withdraw: boolean;
  items: JielongItem[];
  confidence: number;
  /** A quantity was written: chat without one is talk, not an order. */
  explicit: boolean;
  /** Part of the line named something that is not exactly one product. */
  unresolved: boolean;
  candidates: string[];
}

export type LineReading =
  | { type: 'blank' }
  | { type: 'noise'; text: string }
  | { type: 'speaker'; text: string; name: string }
  | EntryReading;

/** "1. ", "2、", "3)", "4 " before the nickname; not "1号", which is a product. */
const listNumber = /^\d{1,4}(?:\s*(?:[.、。,)\]]|:(?!\d))|\s+(?!号))\s*/;
const timeOnly = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const systemMessage = /撤回了一条消息|拍了拍|加入了?群聊|修改群名|以下为新消息|recalled a message/i;
/** ¥40.00/箱 or 40元/箱 is the post's product list, never a neighbour's order. */
const unitPrice = /(?:¥\s*\d[\d.,]*|\d[\d.,]*\s*元)\s*\//;
const withdrawWords = /不要了|不要|取消|撤回|撤销|删除|删掉|退出|退掉|算了|cancel/i;
/** WeChat puts "李阿姨 14:02" (or with a date) above each message when several are copied at once. */
const speakerTail =
  /\s+(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?\s*)?(?:上午|下午|晚上|凌晨|中午|早上)?\s*\d{1,2}:\d{2}(?::\d{2})?$/;
const dateWords =
  /^(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?|昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日天]|上午|下午|晚上|凌晨|中午|早上)$/;
const maxSpeakerLength = 40;
const numeralChar = /[\d零〇一二两三四五六七八九十百千廿卅]/;
const wordy = /[\p{L}\p{N}]/u;
const tokenPattern = /[^\s,、;+|/:。!?~…]+/g;

const round = (value: number) => Math.round(value * 100) / 100;

/** A speaker's name; null for a date separator ("昨天 14:02"); undefined when the line is not one. */
function speakerOf(line: string): string | null | undefined {
  const tail = speakerTail.exec(line);
  if (tail === null) return undefined;
  const name = line.slice(0, tail.index).trim();
  // "5. 王姐 1号×2 18:00" is an order that mentions a pickup time, not a speaker.
  if (name.includes(':') || name.length > maxSpeakerLength || listNumber.test(name)) return undefined;
  return name === '' || dateWords.test(name) ? null : name;
}

function isHeader(body: string): boolean {
  const lower = body.toLowerCase();
  if (lower.startsWith('#') && !/^#\s*\d/.test(lower)) return true;
  return headerStarts.some((start) => lower.startsWith(start));
}

function tokenize(body: string, index: ProductIndex): Token[] {
  return Array.from(body.matchAll(tokenPattern), (match) => {
    const text = match[0];
    const start = match.index;
    const lowered = text.toLowerCase();
    const lower = lowered.length === text.length ? lowered : text;
    return { lower, start, end: start + text.length, mentions: index.mentions(lower) };
  });
}

/**
 * The nickname is the first token, plus following ones until an item starts (Lily Chen 鸡蛋×1), or the
 * front of a token that runs into a product (李阿姨米粉×2). A nickname may begin with a product name
 * (鸡蛋妈妈) when a real order follows it.
 */
function splitName(
  tokens: readonly Token[],
  index: ProductIndex,
): { name: [number, number] | null; content: Token[] } {
  const [first, ...rest] = tokens;
  if (first === undefined) return { name: null, content: [] };
  if (wholeQuantity(first.lower) !== null) return { name: null, content: [...tokens] };
  const [mention] = first.mentions;
  if (mention !== undefined && mention.start > 0) {
    // 两盒鸡蛋 is a quantity in front of a product, not a nickname.
    if (trailingQuantity(first.lower.slice(0, mention.start)) !== null)
      return { name: null, content: [...tokens] };
    return {
      name: [first.start, first.start + mention.start],
      content: [sliceToken(first, mention.start), ...rest],
    };
  }
  if (mention !== undefined) {
    const after = first.lower.slice(first.mentions[first.mentions.length - 1]?.end ?? 0);
    const nickname =
      after !== '' && leadingQuantity(after) === null && rest.some((token) => token.mentions.length > 0);
    return nickname
      ? { name: [first.start, first.end], content: rest }
      : { name: null, content: [...tokens] };
  }
  let end = 1;
  while (end < tokens.length && end < maxNameTokens) {
    const next = tokens[end];
    // An emoji or a mark after the name is decoration; it does not join the next word to the name.
    if (next === undefined || !wordy.test(next.lower) || isFiller(next) || looksLikeItem(next, index)) break;
    end += 1;
  }
  return { name: [first.start, tokens[end - 1]?.end ?? first.end], content: tokens.slice(end) };
}

function toItem({ productId, qty, reference, quantity }: DraftItem): JielongItem {
  return { productId, qty, confidence: round(reference * quantity) };
}

/** What one line of a pasted chat is, before the line is weighed against the rest of the chat. */
export function readLine(raw: string, index: ProductIndex): LineReading {
  if (raw.trim() === '') return { type: 'blank' };
  if (raw.length > maxLineLength) return { type: 'noise', text: raw.trim() };
  const line = normalizeLine(raw).trim();
  if (line === '' || timeOnly.test(line) || systemMessage.test(line)) return { type: 'noise', text: line };
  const speaker = speakerOf(line);
  if (speaker === null) return { type: 'noise', text: line };
  if (speaker !== undefined) return { type: 'speaker', text: line, name: speaker };

  const number = listNumber.exec(line);
  const text = number === null ? line : line.slice(number[0].length);
  if (unitPrice.test(text) || (number === null && isHeader(text))) return { type: 'noise', text };
  const withdrawal = withdrawWords.exec(text);
  const body =
    withdrawal === null
      ? text
      : `${text.slice(0, withdrawal.index)} ${text.slice(withdrawal.index + withdrawal[0].length)}`;

  // Most chat is unnumbered and has no number in it; it cannot be an order, so it is not tokenized.
  if (number === null && withdrawal === null && !numeralChar.test(body)) return { type: 'noise', text };
  const { name, content } = splitName(tokenize(body, index), index);
  const reading = readItems(content, index);
  let items = reading.items.map(toItem);
  // A single-product 接龙 is often answered with a quantity alone, or just a name.
  if (items.length === 0 && index.only !== null && withdrawal === null && !reading.unresolved) {
    const loose = reading.loose;
    if (loose !== null && loose.value !== null) {
      items = [
        {
          productId: index.only,
          qty: loose.value,
          confidence: round(assumed.quantityOnly * loose.confidence),
        },
      ];
    } else if (number !== null && name !== null) {
      items = [{ productId: index.only, qty: 1, confidence: assumed.nameOnly }];
    }
  }
  // Something on the line went unread (榴莲×1 beside 鸡蛋×2): every item carries the doubt, so that it
  // survives into the final order, where the line itself is no longer seen.
  const ceiling = reading.unresolved ? assumed.partlyUnread : 1;
  items = items.map((item) => ({
    ...item,
    qty: withdrawal === null ? item.qty : 0,
    confidence: Math.min(item.confidence, ceiling),
  }));
  return {
    type: 'entry',
    text,
    numbered: number !== null,
    name: name === null ? null : body.slice(name[0], name[1]).trim(),
    withdraw: withdrawal !== null,
    items,
    confidence: Math.min(ceiling, ...items.map((item) => item.confidence)),
    explicit: reading.items.some((item) => item.explicit) || reading.loose !== null,
    unresolved: reading.unresolved,
    candidates: reading.candidates,
  };
}
