import type { Intent } from '../../text/intent';
import { bucketQuestions, type AskedQuestion, type QuestionBucket } from './cluster';
import { replyFor } from './replies';
import { screenText } from './screen';
import { normalizeText } from './text';
import { isStoreWide, questionTopic } from './topics';
import type {
  Digest,
  DigestComplaint,
  DigestOptions,
  DigestProduct,
  HotProduct,
  OnAirEntry,
  ParsedComment,
  QuestionCluster,
} from './types';

export const defaultWindowMs = 5 * 60_000;
const defaultTopQuestions = 5;
const maxNicknames = 10;
/** A question longer than this is a paste, not a question; its start says what it is about. */
const maxQuestionLength = 200;

/** Intents that are about one product, so a comment naming none is about the one on air. */
const productIntents: ReadonlySet<Intent> = new Set(['buy', 'cancel', 'change', 'question']);
/** What the hot-product ranking counts; a change only moves a quantity already counted. */
const tallied: ReadonlySet<Intent> = new Set(['buy', 'cancel', 'question']);

/** The link on air at `at`: the last entry at or before it (entries in air order). */
function onAirAt(onAir: readonly OnAirEntry[], at: number): number | null {
  let link: number | null = null;
  for (const entry of onAir) {
    if (entry.at > at) break;
    link = entry.link;
  }
  return link;
}

/** Oldest first; comments written in the same millisecond keep the order they were given in. */
const byTime = (comments: readonly ParsedComment[]): ParsedComment[] =>
  [...comments].sort((a, b) => a.at - b.at);

function toCluster(
  bucket: QuestionBucket,
  products: ReadonlyMap<number, DigestProduct>,
  all: readonly DigestProduct[],
  options: DigestOptions,
): QuestionCluster {
  const product = bucket.link === null ? null : (products.get(bucket.link) ?? null);
  const reply = replyFor(bucket.topic, product, all, options.locale ?? 'zh-CN');
  const checked = reply === null ? null : screenText(reply, options.compliance).text;
  return {
    key: bucket.key,
    topic: bucket.topic,
    label: bucket.first.text.trim(),
    count: bucket.count,
    people: bucket.nicknames.length,
    nicknames: bucket.nicknames.slice(0, maxNicknames),
    productLink: bucket.link,
    suggestedReply: checked ?? '',
    needsOwner: checked === null,
    firstAt: bucket.first.at,
    lastAt: bucket.lastAt,
  };
}

/** Most people first, then most questions; the order of buckets (first asked) breaks ties. */
function topBuckets(buckets: readonly QuestionBucket[], top: number): QuestionBucket[] {
  return buckets
    .map((bucket, order) => ({ bucket, order }))
    .sort(
      (a, b) =>
        b.bucket.nicknames.length - a.bucket.nicknames.length ||
        b.bucket.count - a.bucket.count ||
        a.order - b.order,
    )
    .slice(0, top)
    .map(({ bucket }) => bucket);
}

interface Tally extends HotProduct {
  buyerNames: Set<string>;
  order: number;
}

function hotProducts(tallies: ReadonlyMap<number, Tally>): HotProduct[] {
  return [...tallies.values()]
    .sort(
      (a, b) => b.buy - a.buy || b.qtyWanted - a.qtyWanted || b.questions - a.questions || a.order - b.order,
    )
    .map(({ buyerNames, order: _order, ...product }) => ({ ...product, buyers: buyerNames.size }));
}

/**
 * What the live room wants, for the copilot panel to refresh every few seconds.
 *
 * Reads the comments of the last `windowMs` up to `now` (later ones are ignored, so a replayed session
 * digests as it did live): counts by intent, question clusters with a reply from the products' facts
 * (checked for risky words; '' and `needsOwner` when the facts do not answer), products by buying interest,
 * and praise. Complaints are listed from every comment given up to `now`, newest first, as each needs a
 * follow-up however long ago it was written. The same input always gives the same output in the same
 * order, so the panel does not reshuffle between refreshes.
 */
export function buildDigest(
  comments: readonly ParsedComment[],
  products: readonly DigestProduct[],
  now: number,
  options: DigestOptions = {},
): Digest {
  const windowStart = now - (options.windowMs ?? defaultWindowMs);
  const onAir = options.onAir ?? [];
  const productsByLink = new Map(products.map((product) => [product.link, product]));
  const byIntent: Record<Intent, number> = {
    buy: 0,
    cancel: 0,
    change: 0,
    question: 0,
    complaint: 0,
    praise: 0,
    chat: 0,
  };
  const tallies = new Map<number, Tally>();
  const asked: AskedQuestion[] = [];
  const complaints: DigestComplaint[] = [];
  let total = 0;

  for (const comment of byTime(comments)) {
    if (comment.at > now) break;
    if (comment.intent === 'complaint') {
      const { id, nickname, text, at, link } = comment;
      complaints.push({ id, nickname, text, at, link });
    }
    if (comment.at <= windowStart) continue;
    total += 1;
    byIntent[comment.intent] += 1;
    const normalized =
      comment.intent === 'question' ? normalizeText(comment.text).slice(0, maxQuestionLength) : '';
    const topic = comment.intent === 'question' ? questionTopic(normalized, comment.link !== null) : null;
    const guessLink = productIntents.has(comment.intent) && !isStoreWide(topic);
    const link = comment.link ?? (guessLink ? onAirAt(onAir, comment.at) : null);
    if (comment.intent === 'question') asked.push({ comment, normalized, topic, link });

    const product = link === null ? undefined : productsByLink.get(link);
    if (product === undefined || !tallied.has(comment.intent)) continue;
    let tally = tallies.get(product.link);
    if (tally === undefined) {
      tally = {
        link: product.link,
        name: product.name,
        buy: 0,
        buyers: 0,
        qtyWanted: 0,
        questions: 0,
        cancels: 0,
        buyerNames: new Set(),
        order: tallies.size,
      };
      tallies.set(product.link, tally);
    }
    if (comment.intent === 'buy') {
      tally.buy += 1;
      tally.qtyWanted += comment.qty ?? 1;
      tally.buyerNames.add(comment.nickname);
    } else if (comment.intent === 'question') tally.questions += 1;
    else if (comment.intent === 'cancel') tally.cancels += 1;
  }

  const buckets = topBuckets(
    bucketQuestions(asked, options.segmenter),
    options.topQuestions ?? defaultTopQuestions,
  );
  return {
    windowStart,
    windowEnd: now,
    total,
    byIntent,
    questions: buckets.map((bucket) => toCluster(bucket, productsByLink, products, options)),
    hotProducts: hotProducts(tallies),
    complaints: complaints.reverse(),
    praise: byIntent.praise,
  };
}
