import type { CommentIntent } from '../../../../app/text/intent';

/** A buy heard in the comments, waiting for the owner to turn it into a real order. */
export interface DraftLine {
  key: string;
  sessionId: string;
  nickname: string;
  link: number;
  productId: string;
  qty: number;
  at: number;
}

/** One parsed comment as the drafts need it: who wrote it, when, and which rundown item `link` names. */
export interface DraftInput {
  sessionId: string;
  nickname: string;
  at: number;
  parsed: CommentIntent;
  /** The product behind `parsed.link` in the session's rundown, or null when the link names none. */
  productId: string | null;
}

export const draftKey = (sessionId: string, nickname: string, link: number): string =>
  `${sessionId}\n${nickname}\n${link}`;

/**
 * Folds one comment into the drafts. A buy sets the viewer's quantity for that link (a repeated "+1" is
 * usually the same wish, so it does not add up); a change sets the new total; a cancel drops the draft, or
 * every draft of the viewer when it names no link. A change naming no link applies only when it is
 * unambiguous: the viewer has exactly one draft.
 */
export function applyComment(drafts: readonly DraftLine[], input: DraftInput): DraftLine[] {
  const { intent, link, qty } = input.parsed;
  const mine = drafts.filter((d) => d.sessionId === input.sessionId && d.nickname === input.nickname);
  if (intent === 'buy') {
    if (link === null || input.productId === null || qty === null || qty < 1) return [...drafts];
    const key = draftKey(input.sessionId, input.nickname, link);
    const line: DraftLine = {
      key,
      sessionId: input.sessionId,
      nickname: input.nickname,
      link,
      qty,
      at: input.at,
      productId: input.productId,
    };
    return drafts.some((d) => d.key === key)
      ? drafts.map((d) => (d.key === key ? line : d))
      : [...drafts, line];
  }
  if (intent === 'cancel') {
    const gone = new Set(mine.filter((d) => link === null || d.link === link).map((d) => d.key));
    return drafts.filter((d) => !gone.has(d.key));
  }
  if (intent === 'change' && qty !== null) {
    const target =
      link === null ? (mine.length === 1 ? mine[0] : undefined) : mine.find((d) => d.link === link);
    if (target === undefined) return [...drafts];
    return qty < 1
      ? drafts.filter((d) => d.key !== target.key)
      : drafts.map((d) => (d.key === target.key ? { ...d, qty, at: input.at } : d));
  }
  return [...drafts];
}
