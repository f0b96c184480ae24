import { classifyClause, decisiveClause, type ClauseVerdict, type ClauseView } from './classify';
import { findLinks } from './links';
import { normalizeComment } from './normalize';
import type { ProductIndex } from './products';
import { bestQuantity, findQuantities, mentionMask, type QuantityCandidate } from './quantities';
import type { CommentIntent } from './types';

/** A product or link the comment names; `explicit` for a link number, which beats a name. */
interface Reference {
  start: number;
  end: number;
  link: number | null;
  explicit: boolean;
  ambiguous: boolean;
}

const clausePattern = /[^\s,.;:!?~、。，]+[\s,.;:!?~、。，]*/g;
/** Clauses read per comment; a comment of more pieces than this is a list or a flood, not one request. */
const maxClauses = 24;

/** In 扣1 culture a lone "1" is the viewer answering "want it? type 1". */
const loneOne = '1';

function mask(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const { start, end } of spans) {
    masked += text.slice(at, start) + mentionMask.repeat(end - start);
    at = end;
  }
  return masked + text.slice(at);
}

function references(normalized: string, products: ProductIndex): { masked: string; refs: Reference[] } {
  const links = findLinks(normalized);
  const withoutLinks = mask(normalized, links);
  const named = products.mentions(withoutLinks);
  const refs: Reference[] = [
    ...links.map(({ start, end, link }) => ({ start, end, link, explicit: true, ambiguous: false })),
    ...named.map(({ start, end, link, candidates }) => ({
      start,
      end,
      link,
      explicit: false,
      ambiguous: candidates.length > 1,
    })),
  ].sort((a, b) => a.start - b.start);
  return { masked: mask(withoutLinks, named), refs };
}

/** A link number first, then a product name; null when neither names exactly one product. */
function pickLink(refs: readonly Reference[]): Reference | null {
  return refs.find((ref) => ref.explicit) ?? refs.find((ref) => ref.link !== null) ?? null;
}

function clauses(masked: string, refs: readonly Reference[], quantities: readonly QuantityCandidate[]) {
  const views: ClauseView[] = [];
  clausePattern.lastIndex = 0;
  for (
    let match = clausePattern.exec(masked);
    match !== null && views.length < maxClauses;
    match = clausePattern.exec(masked)
  ) {
    const start = match.index;
    const end = start + match[0].length;
    views.push({
      start,
      masked: match[0],
      hasMention: refs.some((ref) => ref.start >= start && ref.start < end),
      quantities: quantities.filter((quantity) => quantity.start >= start && quantity.start < end),
      amountBefore: quantities.some((quantity) => quantity.start < start),
    });
  }
  return views;
}

const baseConfidence = (v: ClauseVerdict): number =>
  v.intent === 'chat' ? 0.6 : v.strength === 'weak' ? (v.intent === 'buy' ? 0.65 : 0.75) : 0.9;

const chat: CommentIntent = { intent: 'chat', link: null, qty: null, confidence: 0.6, reasons: [] };

/** What the comment reads as, clause by clause, and which clause decided. */
interface Reading {
  refs: readonly Reference[];
  quantities: readonly QuantityCandidate[];
  views: readonly ClauseView[];
  verdicts: readonly ClauseVerdict[];
  view: ClauseView;
  decided: ClauseVerdict;
}

/** After 改成/换成 the new product; else the deciding clause's; else the comment's first. */
function linkOf({ refs, view, decided }: Reading): Reference | null {
  const end = view.start + view.masked.length;
  const total = decided.total;
  const afterChange = total?.side === 'after' ? refs.filter((ref) => ref.start >= total.at) : [];
  const inClause = refs.filter((ref) => ref.start >= view.start && ref.start < end);
  return pickLink(afterChange) ?? pickLink(inClause) ?? pickLink(refs);
}

function qtyOf({ quantities, views, verdicts, view, decided }: Reading): number | null {
  const total = decided.total;
  if (decided.intent === 'buy') {
    // Amounts in clauses that complain or ask ("碎了两个") are not what this comment orders.
    const orderable = quantities.filter((quantity) => {
      const owner = views.findIndex(
        (v) => quantity.start >= v.start && quantity.start < v.start + v.masked.length,
      );
      const ownerIntent = verdicts[owner]?.intent;
      return ownerIntent === 'buy' || ownerIntent === 'chat';
    });
    return (bestQuantity(view.quantities) ?? bestQuantity(orderable))?.value ?? 1;
  }
  if (total === null) return null;
  if (total.side === 'after') return bestQuantity(quantities.filter((q) => q.end > total.at))?.value ?? null;
  return quantities.filter((q) => q.end <= total.at).at(-1)?.value ?? null;
}

function read(normalized: string, products: ProductIndex): Reading | null {
  const { masked, refs } = references(normalized, products);
  const quantities = findQuantities(masked);
  const views = clauses(masked, refs, quantities);
  const verdicts = views.map(classifyClause);
  const decisive = decisiveClause(verdicts);
  const view = views[decisive];
  const decided = verdicts[decisive];
  if (view === undefined || decided === undefined) return null;
  return { refs, quantities, views, verdicts, view, decided };
}

/**
 * Reads one live-stream comment against the products on the rundown.
 *
 * The comment is split into clauses at spaces and punctuation; each clause is read on its own and the
 * strongest speaks for the comment (taking back or changing, the later of the two > ordering >
 * complaining > asking > praising > only naming a product > chat). The link comes from the deciding
 * clause, else from anywhere in the comment; for a change, from what follows 改成/换成; never for chat.
 * `qty` is only set for `buy` (1 when no amount is written) and for `change` (the new total, or null for
 * "one less").
 */
export function parseComment(text: string, products: ProductIndex): CommentIntent {
  const normalized = normalizeComment(text);
  if (normalized === loneOne) {
    return { intent: 'buy', link: null, qty: 1, confidence: 0.7, reasons: ['a lone "1" answers 扣1'] };
  }
  const reading = normalized === '' ? null : read(normalized, products);
  if (reading === null) return chat;
  const { intent, cue } = reading.decided;
  const reasons = [cue === '' ? intent : `${intent} "${cue}"`];
  let confidence = baseConfidence(reading.decided);
  // Chat is about nothing on sale; a name inside it (我家也种了蔬菜) is not a product reference.
  const ref = intent === 'chat' ? null : linkOf(reading);
  if (ref !== null) reasons.push(`link ${ref.link ?? '?'} from "${normalized.slice(ref.start, ref.end)}"`);
  if (ref?.explicit === true && ref.link !== null && !products.links.has(ref.link)) {
    confidence -= 0.2;
    reasons.push(`link ${ref.link} is not on the rundown`);
  }
  if (intent !== 'chat' && ref === null && reading.refs.some((r) => r.ambiguous)) {
    confidence -= 0.1;
    reasons.push('product name fits several links');
  }
  const qty = qtyOf(reading);
  if (qty !== null) reasons.push(`qty ${qty}`);
  return { intent, link: ref?.link ?? null, qty, confidence: Math.max(0.1, confidence), reasons };
}
