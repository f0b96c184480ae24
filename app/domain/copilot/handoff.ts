import type { ComplianceOptions } from '../../text/compliance';
import { createProductIndex, parseComment, type ProductIndex } from '../../text/intent';
import { postLabels, type PostLabels } from '../jielong/labels';
import { postClock } from '../jielong/post';
import { formatFen } from '../money';
import { shanghaiDate } from '../orders/shanghai-day';
import { handoffPhrases, type HandoffPhrases } from './handoff-phrases';
import { shortName } from './product-facts';
import { replyFor } from './replies';
import { screenText, type CheckedText } from './screen';
import { normalizeText } from './text';
import { questionTopic } from './topics';
import type { CopilotLocale, DigestProduct } from './types';

export interface UnconfirmedBuy {
  nickname: string;
  link: number;
  qty: number;
}

export interface AskedButNotBought {
  nickname: string;
  memberId: string | null;
  questions: string[];
}

export interface HandoffInput {
  sessionTitle: string;
  /** The session's products; the post lists them in link order and numbers them 1号, 2号… */
  products: readonly DigestProduct[];
  buyIntentsUnconfirmed: readonly UnconfirmedBuy[];
  askedButNotBought: readonly AskedButNotBought[];
  pickupPlace: string;
  /** When the 接龙 closes, epoch ms; shown in Asia/Shanghai time. */
  deadline: number;
  /** The post's and messages' language; default zh-CN, as the groups are Chinese. */
  locale?: CopilotLocale;
  compliance?: ComplianceOptions;
}

export interface FollowUpMessage {
  memberId: string | null;
  nickname: string;
  message: string;
}

export interface Handoff {
  jielongPost: string;
  followUp: FollowUpMessage[];
  /**
   * Texts the compliance check flagged. A post line is rewritten when it can be (`text`), else left as
   * written for the owner to edit (`text` null), since dropping it would renumber the items. A message is
   * replaced by a plainer one (without the answer, then without the quote) until one passes.
   */
  checked: CheckedText[];
}

function deadlineText(labels: PostLabels, deadline: number): string {
  const { month, day } = shanghaiDate(deadline);
  return `${labels.date(month, day)} ${postClock(deadline)}`;
}

/**
 * Each viewer's unfinished demand, in order of first asking: per product the largest quantity asked,
 * since viewers repeat a comment the host missed rather than mean it twice.
 */
function demandByViewer(buys: readonly UnconfirmedBuy[], postNo: ReadonlyMap<number, number>) {
  const viewers = new Map<string, Map<number, number>>();
  for (const { nickname, link, qty } of buys) {
    const name = nickname.trim();
    if (name === '' || qty <= 0 || !postNo.has(link)) continue;
    const items = viewers.get(name) ?? new Map<number, number>();
    items.set(link, Math.max(items.get(link) ?? 0, qty));
    viewers.set(name, items);
  }
  return [...viewers].map(([nickname, items]) => ({
    nickname,
    items: [...items].sort(([a], [b]) => (postNo.get(a) ?? 0) - (postNo.get(b) ?? 0)),
  }));
}

/**
 * The 接龙 post in the shape app/domain/jielong posts have (tag, title, deadline and pickup, one line per
 * item, the reply format), with the unfinished demand already entered as "1. 昵称 1号×2" lines, so the
 * jielong parser reads them back and neighbours extend the list from the next number.
 */
function jielongLines(
  input: HandoffInput,
  products: readonly DigestProduct[],
  postNo: ReadonlyMap<number, number>,
  labels: PostLabels,
): { head: string[]; entries: string[] } {
  const phrases = handoffPhrases(input.locale ?? 'zh-CN');
  const place = input.pickupPlace.trim();
  const facts = [
    `${labels.deadline}${labels.colon}${deadlineText(labels, input.deadline)}`,
    ...(place === '' ? [] : [`${labels.pickup}${labels.colon}${place}`]),
  ];
  const items = products.map(
    (product, index) =>
      `${labels.link(index + 1)} ${product.name} ${formatFen(product.priceFen, labels.moneyLocale)}/${product.unit}`,
  );
  const second = Math.min(3, products.length);
  const example = `1. ${labels.exampleName} ${labels.link(1)}×2${second > 1 ? ` ${labels.link(second)}×1` : ''}`;
  const demand = demandByViewer(input.buyIntentsUnconfirmed, postNo).map(
    ({ nickname, items: wanted }, index) =>
      `${index + 1}. ${nickname} ${wanted.map(([link, qty]) => `${labels.link(postNo.get(link) ?? 0)}×${qty}`).join(' ')}`,
  );
  return {
    head: [
      labels.tag,
      phrases.title(input.sessionTitle),
      facts.join(labels.separator),
      ...items,
      `${labels.formatLead}${labels.colon}${labels.formatHint}${example}`,
      '',
    ],
    entries: [...demand, `${demand.length + 1}. `],
  };
}

function quote(text: string, phrases: HandoffPhrases): string {
  const chars = [...text.trim().replace(/\s+/gu, ' ')];
  return chars.length <= phrases.quoteLength
    ? chars.join('')
    : `${chars.slice(0, phrases.quoteLength).join('')}…`;
}

interface ReadQuestion {
  text: string;
  product: DigestProduct | null;
  answer: string | null;
}

/**
 * The question to follow up on: one the facts answer, else one naming a product, else the first. A
 * question naming no product can still be answered when it is about the store (pickup, delivery).
 */
function pickQuestion(
  questions: readonly string[],
  index: ProductIndex,
  products: readonly DigestProduct[],
  locale: CopilotLocale,
): ReadQuestion | null {
  const read = questions
    .filter((text) => text.trim() !== '')
    .map((text) => {
      const { link } = parseComment(text, index);
      const product = products.find((candidate) => candidate.link === link) ?? null;
      const topic = questionTopic(normalizeText(text), link !== null);
      return { text, product, answer: replyFor(topic, product, products, locale) };
    });
  return read.find((q) => q.answer !== null) ?? read.find((q) => q.product !== null) ?? read[0] ?? null;
}

/** The messages to try for one viewer, most informative first; the last always passes the check. */
function messageVariants(
  asker: AskedButNotBought,
  question: ReadQuestion | null,
  invite: (product: DigestProduct) => string,
  phrases: HandoffPhrases,
): string[] {
  const name = asker.nickname.trim();
  if (question === null) return [phrases.anonymous];
  const asked = quote(question.text, phrases);
  const { product, answer } = question;
  if (product === null) {
    return [
      ...(answer === null ? [] : [phrases.answeredStoreWide(name, asked, answer)]),
      phrases.noProduct(name, asked),
      phrases.anonymous,
    ];
  }
  const productName = shortName(product.name);
  return [
    ...(answer === null ? [] : [phrases.answered(name, productName, answer) + invite(product)]),
    phrases.unanswered(name, productName, asked) + invite(product),
    phrases.unanswered(name, productName, null) + invite(product),
    phrases.anonymous,
  ];
}

/**
 * What the owner sends after the stream: a 接龙 post carrying the orders viewers typed but nobody
 * confirmed, and one short message for each member who asked but did not buy, about the product they
 * asked after and with the answer when the product's facts give it. Everything passes the compliance check.
 */
export function draftHandoff(input: HandoffInput): Handoff {
  const locale = input.locale ?? 'zh-CN';
  const labels = postLabels(locale);
  const phrases = handoffPhrases(locale);
  const products = [...input.products].sort((a, b) => a.link - b.link);
  const postNo = new Map(products.map((product, index) => [product.link, index + 1]));
  const deadline = deadlineText(labels, input.deadline);
  const checked: CheckedText[] = [];

  const { head, entries } = jielongLines(input, products, postNo, labels);
  // The entries hold only nicknames and quantities: nothing there is the store's claim.
  const post = [
    ...head.map((line) => {
      const result = screenText(line, input.compliance);
      if (result.hits.length > 0) checked.push(result);
      return result.text ?? line;
    }),
    ...entries,
  ];

  const index = createProductIndex(products.map(({ link, name }) => ({ link, name })));
  const invite = (product: DigestProduct) =>
    phrases.invite(labels.link(postNo.get(product.link) ?? 0), deadline);
  const followUp = input.askedButNotBought.map((asker) => {
    const question = pickQuestion(asker.questions, index, products, locale);
    const name = asker.nickname.trim();
    let message = phrases.anonymous;
    for (const variant of messageVariants(asker, question, invite, phrases)) {
      const at = name === '' ? -1 : variant.indexOf(name);
      const span = at < 0 ? undefined : { start: at, end: at + name.length };
      const result = screenText(variant, input.compliance, span);
      if (result.hits.length > 0) checked.push(result);
      if (result.text !== null) {
        message = result.text;
        break;
      }
    }
    return { memberId: asker.memberId, nickname: asker.nickname, message };
  });

  return { jielongPost: post.join('\n'), followUp, checked };
}
