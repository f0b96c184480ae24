import { nameKey } from './normalize';
import { maxLineLength, readLine, type EntryReading } from './parse-line';
import { createProductIndex } from './product-index';
import type {
  FinalOrder,
  JielongEntry,
  JielongItem,
  JielongParse,
  JielongProduct,
  UnmatchedLine,
  UnmatchedReason,
} from './types';

export interface JielongContext {
  products: readonly JielongProduct[];
}

/** A line given no name of its own is the speaker's, but the speaker may be relaying for someone else. */
const speakerConfidence = 0.9;
/** "我不要了": the speaker, when the paste says who spoke. */
const selfWords = new Set(['我', '我的', '我家', '本人', 'me']);

/** What a line says, independent of its list number and of how its products were written. */
function signature(entry: { withdraw: boolean; items: readonly JielongItem[] }): string {
  const items = entry.items
    .map((item) => `${item.productId}×${item.qty}`)
    .sort()
    .join(',');
  return entry.withdraw ? `-${items}` : items;
}

/** Why an entry-shaped line still gives no entry, or null when it gives one. */
function rejection(reading: EntryReading, name: string | null): UnmatchedReason | null {
  // Chat around the list ("鸡蛋真新鲜") names products too; only list lines may leave the quantity out.
  if (!reading.numbered && !reading.withdraw && !reading.explicit) return 'noise';
  const saysSomething = reading.withdraw || reading.items.length > 0 || reading.unresolved;
  if (name === null) return saysSomething ? 'noName' : 'noise';
  // Withdrawing "草莓" when 草莓 fits two products must not withdraw the whole order.
  if (reading.items.length === 0 && (!reading.withdraw || reading.unresolved)) return 'noProduct';
  return null;
}

/**
 * Reads a 接龙 as copied out of WeChat: the numbered list neighbours extend, usually pasted many times
 * over as each person copies it to add themselves, mixed with the post's header and chat. Linear in
 * the text's length. Each neighbour's first line is an `order`, a later different one an `edit`, and
 * any line saying the same as one already seen for that name is skipped: copies of the list repeat it,
 * and a stale copy must not undo an edit or a withdrawal.
 */
export function parseJielong(text: string, ctx: JielongContext): JielongParse {
  const index = createProductIndex(ctx.products);
  const entries: JielongEntry[] = [];
  const unmatched: UnmatchedLine[] = [];
  const seen = new Set<string>();
  const ordering = new Set<string>();
  let speaker: string | null = null;
  let read = 0;
  let duplicates = 0;

  /** False, counting a duplicate, when the key was seen before. */
  const firstTime = (key: string): boolean => {
    if (seen.has(key)) {
      duplicates += 1;
      return false;
    }
    seen.add(key);
    return true;
  };

  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const reading = readLine(raw, index);
    if (reading.type === 'blank') return;
    read += 1;
    const reject = (reason: UnmatchedReason, candidates: readonly string[] = []) => {
      if (!firstTime(`unmatched\u0000${reason}\u0000${reading.text.replace(/\s+/g, ' ')}`)) return;
      const shown = raw.trim().slice(0, maxLineLength);
      unmatched.push(
        candidates.length > 0
          ? { line, text: shown, reason, candidates: [...candidates] }
          : { line, text: shown, reason },
      );
    };
    if (reading.type === 'speaker') speaker = reading.name;
    if (reading.type !== 'entry') {
      reject('noise');
      return;
    }
    let name = reading.name !== null && !selfWords.has(reading.name.toLowerCase()) ? reading.name : null;
    const bySpeaker = name === null && !reading.numbered && speaker !== null;
    if (bySpeaker) name = speaker;
    const reason = rejection(reading, name);
    if (reason !== null || name === null) {
      reject(reason ?? 'noName', reading.candidates);
      return;
    }
    const person = nameKey(name);
    // "那就算了", "不要客气": chat that only sounds like a withdrawal, from someone with nothing to withdraw.
    if (reading.withdraw && !reading.numbered && !ordering.has(person)) {
      reject('noise');
      return;
    }
    if (!firstTime(`entry\u0000${person}\u0000${signature(reading)}`)) return;
    const kind = reading.withdraw ? 'withdraw' : ordering.has(person) ? 'edit' : 'order';
    if (kind !== 'withdraw') ordering.add(person);
    else if (reading.items.length === 0) ordering.delete(person);
    const scale = (confidence: number) =>
      bySpeaker ? Math.round(confidence * speakerConfidence * 100) / 100 : confidence;
    entries.push({
      line,
      name,
      items: reading.items.map((item) => ({ ...item, confidence: scale(item.confidence) })),
      kind,
      confidence: scale(reading.confidence),
      raw: raw.trim(),
    });
  });

  return {
    entries,
    unmatched,
    stats: {
      lines: read,
      entries: entries.length,
      duplicates,
      unmatched: unmatched.length,
      names: new Set(entries.map((entry) => nameKey(entry.name))).size,
    },
  };
}

/**
 * One order per neighbour, in the order they first appear: an edit replaces the whole list (people
 * re-write their line), a withdrawal with products drops those products, one without drops the order.
 * `lines` are the lines the surviving order is built from.
 */
export function finalOrders(entries: readonly JielongEntry[]): FinalOrder[] {
  const orders = new Map<string, { name: string; items: Map<string, JielongItem>; lines: number[] }>();
  for (const entry of entries) {
    const person = nameKey(entry.name);
    const current = orders.get(person);
    if (entry.kind !== 'withdraw') {
      orders.set(person, {
        name: current?.name ?? entry.name,
        items: new Map(entry.items.map((item) => [item.productId, item])),
        lines: [...(current?.lines ?? []), entry.line],
      });
    } else if (current !== undefined && entry.items.length > 0) {
      for (const item of entry.items) current.items.delete(item.productId);
      current.lines.push(entry.line);
    } else orders.delete(person);
  }
  return [...orders.values()]
    .filter((order) => order.items.size > 0)
    .sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0))
    .map(({ name, items, lines }) => ({ name, items: [...items.values()], lines }));
}
