/** What a live-stream comment asks of the host, as HQ labels its comment logs. */
export const intents = ['buy', 'cancel', 'change', 'question', 'complaint', 'praise', 'chat'] as const;

export type Intent = (typeof intents)[number];

/**
 * One comment understood. `link` is the rundown position the comment names ("3号"), when it names one;
 * `qty` is only given for `buy` (1 when no number was written) and `change` (the new total, null when the
 * comment only says "one less").
 */
export interface CommentIntent {
  intent: Intent;
  link: number | null;
  qty: number | null;
  /** 0..1: how much to trust the intent; an assistant should ask the host below about 0.6. */
  confidence: number;
  /** Which words decided, for the host's "why?" and for tuning on labelled logs. */
  reasons?: string[];
}

/** A product on the live rundown: its position ("3号" = link 3), its name and any aliases the owner gave. */
export interface LinkedProduct {
  link: number;
  name: string;
  aliases?: readonly string[];
}
