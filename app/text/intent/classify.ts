import {
  askCue,
  buyCue,
  cancelCue,
  changeByCue,
  changeToCue,
  complaintCue,
  correctionCue,
  eitherCue,
  fillers,
  pastCue,
  goodsWord,
  plainGoodCue,
  praiseCue,
  roomCue,
  wantOnly,
  yesNoCue,
} from './cues';
import { mentionMask, type QuantityCandidate } from './quantities';
import type { Intent } from './types';

/** One clause of a comment (split at spaces and punctuation) with its products and links masked. */
export interface ClauseView {
  /** Offset of the clause in the whole masked comment. */
  start: number;
  masked: string;
  hasMention: boolean;
  /** Amounts inside the clause, offsets in the whole comment. */
  quantities: readonly QuantityCandidate[];
  /** Whether an earlier clause holds an amount, which a later 不是3箱 corrects. */
  amountBefore: boolean;
}

/**
 * What one clause says. A `weak` buy only names a product or an amount ("3号"; "蔬菜箱x2" is strong) or
 * tells of an order placed before (已经拍了); a `weak` question only ends like one (…吗), which a clear
 * order in the same clause outranks.
 */
export interface ClauseVerdict {
  intent: Intent;
  strength: 'strong' | 'weak';
  /** The words that decided, '' when nothing did (chat). */
  cue: string;
  /**
   * For a change that states its new total: whether it follows the cue (改成3盒) or precedes it
   * (要3盒不是2盒), and the cue's whole-comment offset on that side. Null for "one less" and non-changes.
   */
  total: { side: 'after' | 'before'; at: number } | null;
}

const maskRun = new RegExp(`${mentionMask}+`, 'g');

function verdict(
  intent: Intent,
  strength: 'strong' | 'weak',
  cue: string,
  total: ClauseVerdict['total'] = null,
): ClauseVerdict {
  return { intent, strength, cue, total };
}

/** What is left once products, amounts and filler words are gone. */
function residual(clause: ClauseView): string {
  let text = clause.masked;
  for (const quantity of [...clause.quantities].reverse()) {
    text = text.slice(0, quantity.start - clause.start) + text.slice(quantity.end - clause.start);
  }
  return text.replace(maskRun, '').replace(fillers, '');
}

/** The words that order outright: an amount after 要/来/+/扣/x, an ordering verb, or only "want". */
function orderCue(clause: ClauseView, left: string): string | null {
  const ordered = clause.quantities.find(
    (quantity) => quantity.kind !== 'unit' && quantity.kind !== 'beside',
  );
  if (ordered !== undefined)
    return clause.masked.slice(ordered.start - clause.start, ordered.end - clause.start);
  return buyCue.exec(clause.masked)?.[0] ?? (wantOnly.test(left) ? left : null);
}

/** 改成3盒 (total after), 要3盒不是2盒 (total before) or 少要一盒 (no total); null when nothing changes. */
function changeVerdict(clause: ClauseView): ClauseVerdict | null {
  const { masked } = clause;
  const changeTo = changeToCue.exec(masked);
  if (changeTo !== null) {
    const at = clause.start + changeTo.index + changeTo[0].length;
    return verdict('change', 'strong', changeTo[0], { side: 'after', at });
  }
  const correction = correctionCue.exec(masked);
  const correctionAt = clause.start + (correction?.index ?? 0);
  if (correction !== null && (clause.amountBefore || clause.quantities.some((q) => q.start < correctionAt))) {
    return verdict('change', 'strong', correction[0], { side: 'before', at: correctionAt });
  }
  const changeBy = changeByCue.exec(masked);
  return changeBy === null ? null : verdict('change', 'strong', changeBy[0]);
}

/**
 * Reads one clause. Inside a clause the order is: taking back, changing, asking "A不A", complaining,
 * small talk, asking, ordering, yes/no asking, praising, only naming; so "碎了两个" is a complaint with a
 * number in it and "一箱多少个" a question, not orders.
 */
export function classifyClause(clause: ClauseView): ClauseVerdict {
  const { masked } = clause;
  const cancel = cancelCue.exec(masked);
  if (cancel !== null) return verdict('cancel', 'strong', cancel[0]);
  const change = changeVerdict(clause);
  if (change !== null) return change;
  const either = eitherCue.exec(masked);
  if (either !== null) return verdict('question', 'strong', either[0]);
  const complaint = complaintCue.exec(masked);
  if (complaint !== null) return verdict('complaint', 'strong', complaint[0]);
  if (roomCue.test(masked)) return verdict('chat', 'weak', '');
  const ask = askCue.exec(masked);
  if (ask !== null) return verdict('question', 'strong', ask[0]);
  const left = residual(clause);
  const order = orderCue(clause, left);
  // 已经拍了 tells of an order placed before; beside 怎么还没发货 the complaint is the news.
  if (order !== null) return verdict('buy', pastCue.test(masked) ? 'weak' : 'strong', order);
  const yesNo = yesNoCue.exec(masked);
  if (yesNo !== null) return verdict('question', 'weak', yesNo[0]);
  const praise =
    praiseCue.exec(masked) ??
    (clause.hasMention || goodsWord.test(masked) ? plainGoodCue.exec(masked) : null);
  if (praise !== null) return verdict('praise', 'strong', praise[0]);
  if (left === '' && (clause.hasMention || clause.quantities.length > 0)) return verdict('buy', 'weak', '');
  // 插花课我们家三个人: a product and a count, whatever else is said around them.
  if (clause.hasMention && clause.quantities.length > 0 && !pastCue.test(masked)) {
    return verdict('buy', 'weak', '');
  }
  return verdict('chat', 'weak', '');
}

/** Across clauses an order outranks a complaint or a question beside it ("还有吗？要两盒"). */
const rankOf = (v: ClauseVerdict): number => {
  switch (v.intent) {
    case 'cancel':
    case 'change':
      return 6;
    case 'buy':
      return v.strength === 'strong' ? 5 : 1;
    case 'complaint':
      return 4;
    case 'question':
      return 3;
    case 'praise':
      return 2;
    case 'chat':
      return 0;
  }
};

/**
 * The index of the clause that speaks for the whole comment; the first among equals, except that between
 * taking back and changing the last word counts (米粉不要了 换成奶粉 is a change).
 */
export function decisiveClause(verdicts: readonly ClauseVerdict[]): number {
  let best = -1;
  verdicts.forEach((v, index) => {
    const current = verdicts[best];
    const rank = rankOf(v);
    if (current === undefined || rank > rankOf(current) || (rank === 6 && rankOf(current) === 6))
      best = index;
  });
  return best;
}
