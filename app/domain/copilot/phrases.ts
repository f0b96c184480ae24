import { enPhrases } from './phrases-en';
import { zhPhrases } from './phrases-zh';
import type { CopilotLocale, QuestionTopic } from './types';

/** Answers to viewers, built from one product's facts. */
export interface ReplyPhrases {
  age(name: string, age: string): string;
  price(name: string, price: string, unit: string, link: number): string;
  inStock(name: string, left: number, unit: string): string;
  soldOut(name: string): string;
  pickup(window: string): string;
  /** A service's "pickup window" is when it takes place. */
  schedule(name: string, window: string): string;
  delivery(text: string): string;
  ingredients(name: string, text: string): string;
  shelfLife(name: string, days: number): string;
  size(name: string, spec: string, unit: string): string;
  howToBuy(link: number | null): string;
  afterSales(text: string): string;
  origin(name: string, origin: string): string;
}

/** What the host can say next. */
export interface LinePhrases {
  asked(people: number, topic: string, reply: string): string;
  scarce(name: string, left: number, unit: string, link: number): string;
  soldOut(name: string): string;
  closing(name: string, link: number): string;
  ordered(buyers: number, name: string, link: number): string;
  certified(name: string, certifications: string): string;
  price(name: string, price: string, unit: string): string;
  howToBuy(name: string, link: number): string;
  invite(name: string): string;
}

/** Short facts for the selling-point chips. */
export interface PointPhrases {
  price(price: string, unit: string): string;
  shelfLife(days: number): string;
  age(age: string): string;
  spec(spec: string, unit: string): string;
  origin(origin: string): string;
  pickup(window: string): string;
  stockLeft(left: number, unit: string): string;
  ingredients(text: string): string;
}

/** For the owner's eyes only, never read out. */
export interface NotePhrases {
  margin(percent: number): string;
  unanswered(people: number, question: string): string;
}

export interface CopilotPhrases {
  topic: Record<QuestionTopic, string>;
  reply: ReplyPhrases;
  line: LinePhrases;
  point: PointPhrases;
  note: NotePhrases;
  /** Stands in for a product name the compliance check refuses (the owner named it 全网最低价米粉). */
  thisOne: string;
  /** Between items of a list: 、 in Chinese. */
  listSeparator: string;
}

export function copilotPhrases(locale: CopilotLocale): CopilotPhrases {
  return locale === 'en' ? enPhrases : zhPhrases;
}
