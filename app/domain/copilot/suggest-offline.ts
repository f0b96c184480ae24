import type { ComplianceOptions } from '../../text/compliance';
import { dueWindowMs } from '../live';
import { marginPercent } from '../money';
import { copilotPhrases } from './phrases';
import { shortName } from './product-facts';
import { screenText, type CheckedText } from './screen';
import {
  factLines,
  pointOfTopic,
  sellingPointTexts,
  standingLines,
  stockLine,
  type ScriptLine,
  type ScriptPoint,
} from './script-candidates';
import { transcriptTail } from './transcript-recall';
import type { CopilotLocale, Digest, DigestProduct, QuestionCluster } from './types';

export interface SuggestionInput {
  /** The product on air; `costFen` only feeds the owner's margin note. */
  product: DigestProduct & { costFen?: number };
  digest: Digest;
  /** What the host said in the last minutes, oldest first. */
  transcriptTail: string[];
  /** Time left in the product's segment (see segmentTiming). */
  remainingMs?: number;
  locale: CopilotLocale;
  /** Stock at or below this gets a "only N left" line; default 10. */
  lowStockAt?: number;
  compliance?: ComplianceOptions;
}

export interface SuggestionCheck extends CheckedText {
  kind: 'line' | 'sellingPoint' | 'answer';
}

export interface OfflineSuggestions {
  /** 3 to 5 lines to say next, in the owner's language. */
  lines: string[];
  sellingPoints: string[];
  /** Replies to the digest's top questions that the facts answer, this product's first. */
  answers: { question: string; reply: string }[];
  /** For the owner only (margin, questions only they can answer); never part of a script. */
  notes: string[];
  /** Points held back because the host made them in the transcript tail, with the words used. */
  alreadySaid: { point: ScriptPoint; excerpt: string }[];
  /** The check of every line, selling point and answer given, and of every line it dropped. */
  checked: SuggestionCheck[];
}

export const defaultLowStockAt = 10;
const minLines = 3;
const maxLines = 5;
const maxAnswerLines = 2;
/** Buyers in the window before "N of you ordered" is worth saying. */
const orderedLineFrom = 3;

const stockWords = ['还有', '还剩', '只剩', '卖完'];
const afterSalesWords = ['售后', '退货', '退款', '换货'];

const aboutProduct = (cluster: QuestionCluster, link: number): boolean =>
  cluster.productLink === link || cluster.productLink === null;

/**
 * "3 people asked about age: …" for the top answered questions about this product. Held back when the
 * host already said the fact that answers it.
 */
function answerLines(input: SuggestionInput, candidates: readonly ScriptLine[]): ScriptLine[] {
  const { line, topic: topicLabel } = copilotPhrases(input.locale);
  return input.digest.questions
    .flatMap((cluster) => {
      const { topic } = cluster;
      if (topic === null || cluster.needsOwner || !aboutProduct(cluster, input.product.link)) return [];
      const point = pointOfTopic[topic];
      const sameFact = candidates.find((candidate) => candidate.point === point)?.keywords ?? [];
      const extra = point === 'stock' ? stockWords : point === 'afterSales' ? afterSalesWords : [];
      const text = line.asked(cluster.people, topicLabel[topic], cluster.suggestedReply);
      return [{ point, text, keywords: [...sameFact, ...extra] }];
    })
    .slice(0, maxAnswerLines);
}

function momentLines(input: SuggestionInput): { closing: ScriptLine[]; ordered: ScriptLine[] } {
  const { product, digest, remainingMs, locale } = input;
  const { line } = copilotPhrases(locale);
  const name = shortName(product.name);
  const onSale = product.stockLeft > 0;
  const nearlyOver = remainingMs !== undefined && remainingMs <= dueWindowMs;
  const buyers = digest.hotProducts.find((hot) => hot.link === product.link)?.buyers ?? 0;
  return {
    closing:
      onSale && nearlyOver
        ? [{ point: 'closing', text: line.closing(name, product.link), keywords: ['下一个', '下一款'] }]
        : [],
    ordered:
      onSale && buyers >= orderedLineFrom
        ? [{ point: 'ordered', text: line.ordered(buyers, name, product.link), keywords: [`${buyers}位`] }]
        : [],
  };
}

/** Candidates in the order they are worth saying (see offlineSuggestions). */
function candidateLines(input: SuggestionInput, lowStockAt: number): ScriptLine[] {
  const { product, locale } = input;
  const facts = factLines(product, locale);
  const standing = standingLines(product, locale);
  const stock = stockLine(product, lowStockAt, locale);
  const stockLines = stock === null ? [] : [stock];
  const answers = answerLines(input, [...facts, ...standing, ...stockLines]);
  const { closing, ordered } = momentLines(input);
  const price = standing.filter((line) => line.point === 'price');
  const rest = standing.filter((line) => line.point !== 'price');
  return [...closing, ...answers, ...stockLines, ...price, ...ordered, ...facts, ...rest];
}

function ownerNotes(input: SuggestionInput): string[] {
  const { note } = copilotPhrases(input.locale);
  const { costFen, priceFen } = input.product;
  const margin = costFen === undefined ? null : marginPercent(priceFen, costFen);
  return [
    ...(margin === null ? [] : [note.margin(margin)]),
    ...input.digest.questions
      .filter((cluster) => cluster.needsOwner)
      .map((cluster) => note.unanswered(cluster.people, cluster.label)),
  ];
}

/** Each text with its check; `kept` then takes the ones that may be used. */
function screenAll(
  kind: SuggestionCheck['kind'],
  texts: readonly string[],
  options: ComplianceOptions | undefined,
): SuggestionCheck[] {
  return texts.map((text) => ({ kind, ...screenText(text, options) }));
}

const kept = (checks: readonly SuggestionCheck[]): string[] =>
  checks.flatMap((check) => (check.text === null ? [] : [check.text]));

/**
 * The offline engine's suggestions for the product on air, built only from its facts, the digest and the
 * transcript tail; a fact that is absent gives no line. Lines go, in order: a last call when the segment is
 * nearly over, answers to what viewers are asking, low stock, price, how many ordered, the product's facts,
 * ordering, an invitation to ask. A point the host made in the transcript tail is held back unless fewer
 * than three lines would remain. Every line, selling point and answer passes the compliance check (or is
 * rewritten until it does, or dropped); a line the product's own name trips says 这款 instead. Margin
 * stays in `notes`, for the owner. Answers and answer lines use the digest's replies, so build the digest
 * in the same locale.
 */
export function offlineSuggestions(input: SuggestionInput): OfflineSuggestions {
  const { product, locale } = input;
  const lowStockAt = input.lowStockAt ?? defaultLowStockAt;
  const tail = transcriptTail(input.transcriptTail);

  const dropped: SuggestionCheck[] = [];
  const covered = new Set<ScriptPoint>();
  const fresh: SuggestionCheck[] = [];
  const repeated: SuggestionCheck[] = [];
  const alreadySaid: OfflineSuggestions['alreadySaid'] = [];
  const name = shortName(product.name);
  const { thisOne } = copilotPhrases(locale);
  for (const candidate of candidateLines(input, lowStockAt)) {
    if (covered.has(candidate.point)) continue;
    let check: SuggestionCheck = { kind: 'line', ...screenText(candidate.text, input.compliance) };
    if (check.text === null) {
      dropped.push(check);
      const unnamed = name === '' ? candidate.text : candidate.text.split(name).join(thisOne);
      if (unnamed === candidate.text) continue;
      check = { kind: 'line', ...screenText(unnamed, input.compliance) };
      if (check.text === null) continue;
    }
    covered.add(candidate.point);
    const said = tail.find(candidate.keywords);
    if (said === null) fresh.push(check);
    else {
      repeated.push(check);
      alreadySaid.push({ point: candidate.point, excerpt: said });
    }
  }
  const lineCount = Math.max(minLines, Math.min(fresh.length, maxLines));
  const lines = [...fresh.slice(0, maxLines), ...repeated].slice(0, lineCount);

  const sellingPoints = screenAll(
    'sellingPoint',
    sellingPointTexts(product, lowStockAt, locale),
    input.compliance,
  );
  const answered = input.digest.questions
    .filter((cluster) => !cluster.needsOwner)
    .sort((a, b) => Number(b.productLink === product.link) - Number(a.productLink === product.link));
  const answerChecks = screenAll(
    'answer',
    answered.map((cluster) => cluster.suggestedReply),
    input.compliance,
  );
  const answers = answered.flatMap((cluster, index) => {
    const reply = answerChecks[index]?.text ?? null;
    return reply === null ? [] : [{ question: cluster.label, reply }];
  });

  return {
    lines: kept(lines),
    sellingPoints: kept(sellingPoints),
    answers,
    notes: ownerNotes(input),
    alreadySaid,
    checked: [...lines, ...dropped, ...sellingPoints, ...answerChecks],
  };
}
