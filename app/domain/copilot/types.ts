import type { Intent } from '../../text/intent';
import type { ComplianceOptions } from '../../text/compliance';
import type { Segmenter } from '../../text/segmenter';

/** The languages the copilot writes in: the host's scripts follow the owner, as everything else does. */
export type CopilotLocale = 'zh-CN' | 'en';

/** A live comment once `parseComment` has read it (see app/text/intent). */
export interface ParsedComment {
  id: string;
  nickname: string;
  text: string;
  at: number;
  intent: Intent;
  link: number | null;
  qty: number | null;
}

/**
 * What the owner and HQ's catalogue say about a product. Every suggestion is built from these and from
 * the product's own name; a fact that is absent is never guessed.
 */
export interface ProductFacts {
  certifications: string[];
  shelfLifeDays?: number;
  /** When and where goods are picked up; for a service, when it takes place. */
  pickupWindow?: string;
  delivery?: string;
  /** "6-36月龄"; when absent, read from a name such as 有机米粉(6月龄+). */
  ageRange?: string;
  /** "30枚"; when absent, read from a name such as 低敏奶粉800g. */
  spec?: string;
  ingredients?: string;
  origin?: string;
  afterSales?: string;
}

/** A product on the rundown as the copilot sees it: `link` is its 号 in the live room. */
export interface DigestProduct {
  link: number;
  productId: string;
  name: string;
  priceFen: number;
  stockLeft: number;
  unit: string;
  kind?: 'goods' | 'service' | 'bundle';
  facts: ProductFacts;
}

/** What a question is about; null for questions no keyword places, clustered by similarity instead. */
export type QuestionTopic =
  | 'price'
  | 'shelfLife'
  | 'age'
  | 'afterSales'
  | 'stock'
  | 'delivery'
  | 'pickup'
  | 'ingredients'
  | 'size'
  | 'howToBuy';

export interface QuestionCluster {
  /** Stable while the cluster's first question stays in the window, so the UI can key rows on it. */
  key: string;
  topic: QuestionTopic | null;
  /** The first question asked, as written. */
  label: string;
  count: number;
  /** Distinct nicknames asking; one viewer repeating a question does not make it popular. */
  people: number;
  /** Distinct, in order of asking, at most 10. */
  nicknames: string[];
  productLink: number | null;
  /** From the product's facts; '' when they do not answer it (then `needsOwner`). */
  suggestedReply: string;
  needsOwner: boolean;
  firstAt: number;
  lastAt: number;
}

export interface HotProduct {
  link: number;
  name: string;
  /** Buy comments. */
  buy: number;
  /** Distinct nicknames among them. */
  buyers: number;
  /** The sum of their quantities (1 where none was written). */
  qtyWanted: number;
  questions: number;
  cancels: number;
}

export interface DigestComplaint {
  id: string;
  nickname: string;
  text: string;
  at: number;
  link: number | null;
}

export interface Digest {
  windowStart: number;
  windowEnd: number;
  /** Comments inside the window. */
  total: number;
  byIntent: Record<Intent, number>;
  questions: QuestionCluster[];
  hotProducts: HotProduct[];
  /** Every complaint up to `now`, not only the window's: each needs a follow-up however old. */
  complaints: DigestComplaint[];
  praise: number;
}

/** When a product went on air (from the session's `shown` list), to place comments that name none. */
export interface OnAirEntry {
  link: number;
  at: number;
}

export interface DigestOptions {
  /** Default 5 minutes. */
  windowMs?: number;
  /** Clusters listed; default 5. */
  topQuestions?: number;
  /**
   * "+1" and "几个月能吃" name no product: with the rundown's air times they count for the product on air
   * when they were written. Without, they stay unattributed.
   */
  onAir?: readonly OnAirEntry[];
  /** Words instead of character pairs for questions no keyword places (see question-tokens.ts). */
  segmenter?: Segmenter;
  locale?: CopilotLocale;
  compliance?: ComplianceOptions;
}
