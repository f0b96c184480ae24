import type {
  AskedButNotBought,
  CopilotLocale,
  DigestProduct,
  HandoffInput,
  ParsedComment,
} from '../../../../app/domain/copilot';
import type { DraftLine } from './drafts';

/** Group 接龙 usually stay open into the next evening, so neighbours who missed the show can still join. */
export const handoffOpenMs = 24 * 60 * 60_000;

/**
 * Viewers who asked something and neither typed a buy nor hold a draft, with their questions in order: the
 * ones worth a personal message after the show.
 */
export function askedButNotBought(
  comments: readonly ParsedComment[],
  drafts: readonly DraftLine[],
): AskedButNotBought[] {
  const buyers = new Set([
    ...comments.filter((comment) => comment.intent === 'buy').map((comment) => comment.nickname),
    ...drafts.map((draft) => draft.nickname),
  ]);
  const asked = new Map<string, string[]>();
  for (const { nickname, intent, text } of comments) {
    if (intent !== 'question' || buyers.has(nickname)) continue;
    asked.set(nickname, [...(asked.get(nickname) ?? []), text]);
  }
  return [...asked].map(([nickname, questions]) => ({ nickname, memberId: null, questions }));
}

export function handoffInput(input: {
  sessionTitle: string;
  products: readonly DigestProduct[];
  comments: readonly ParsedComment[];
  /** The session's drafts: confirmed ones are gone from the list, so every one left is unconfirmed. */
  drafts: readonly DraftLine[];
  endedAt: number;
  locale: CopilotLocale;
}): HandoffInput {
  return {
    sessionTitle: input.sessionTitle,
    products: input.products,
    buyIntentsUnconfirmed: input.drafts.map(({ nickname, link, qty }) => ({ nickname, link, qty })),
    askedButNotBought: askedButNotBought(input.comments, input.drafts),
    // The catalogue keeps no pickup place yet: the post leaves the line out rather than guess one.
    pickupPlace: '',
    deadline: input.endedAt + handoffOpenMs,
    locale: input.locale,
  };
}
