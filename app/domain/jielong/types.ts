/** A product a 接龙 can name: ProductDoc satisfies it, plus the number it has in the post. */
export interface JielongProduct {
  id: string;
  name: string;
  aliases: readonly string[];
  /** The position in the post (1号, #1, ①); absent when the list was not made from our post. */
  linkNo?: number;
}

export interface JielongItem {
  productId: string;
  /** In a withdrawal, 0: the neighbour no longer wants this product at all. */
  qty: number;
  /**
   * 0..1; below 1 when the product or the quantity had to be guessed, when something else on the line
   * went unread, or when the name came from the speaker rather than the line.
   */
  confidence: number;
}

export type JielongKind = 'order' | 'edit' | 'withdraw';

/** One line of the chat that says what a neighbour wants, or that they want less or nothing. */
export interface JielongEntry {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The nickname as written, after full-width letters and digits became half-width. */
  name: string;
  /** For a withdrawal: the products taken back, or none when the whole order is. */
  items: JielongItem[];
  kind: JielongKind;
  /** The least confident item's; for a whole withdrawal, how sure the line is about who withdrew. */
  confidence: number;
  raw: string;
}

/**
 * Why a line gave no entry. `noProduct`: someone wrote their name but what they want is unknown or fits
 * more than one product (then `candidates` lists those). `noName`: items without anyone to give them to.
 * `noise`: the post's own header, chat, timestamps, pictures.
 */
export type UnmatchedReason = 'noProduct' | 'noName' | 'noise';

export interface UnmatchedLine {
  line: number;
  text: string;
  reason: UnmatchedReason;
  candidates?: string[];
}

export interface JielongStats {
  /** Non-blank lines read. */
  lines: number;
  entries: number;
  /**
   * Lines skipped because they repeat one already read: the same name saying the same thing (copies of
   * the whole list), or the same unmatched text.
   */
  duplicates: number;
  unmatched: number;
  /** Distinct names among the entries. */
  names: number;
}

export interface JielongParse {
  entries: JielongEntry[];
  unmatched: UnmatchedLine[];
  stats: JielongStats;
}

/** What one neighbour ends up wanting once edits and withdrawals are applied. */
export interface FinalOrder {
  name: string;
  items: JielongItem[];
  /** The lines this order is built from, oldest first. */
  lines: number[];
}
