import type { Segmenter } from '../../text/segmenter';
import { jaccard, questionTokens } from './text';
import type { ParsedComment, QuestionTopic } from './types';

/** A question comment with what the digest made of it. */
export interface AskedQuestion {
  comment: ParsedComment;
  normalized: string;
  topic: QuestionTopic | null;
  link: number | null;
}

export interface QuestionBucket {
  key: string;
  topic: QuestionTopic | null;
  link: number | null;
  first: ParsedComment;
  count: number;
  /** Distinct, in order of asking. */
  nicknames: string[];
  lastAt: number;
}

/** Two questions no keyword places are one when this share of their tokens is common. */
const similarityThreshold = 0.4;

interface Leader {
  bucket: QuestionBucket;
  tokens: ReadonlySet<string>;
}

function join(bucket: QuestionBucket, comment: ParsedComment): void {
  bucket.count += 1;
  bucket.lastAt = Math.max(bucket.lastAt, comment.at);
  if (!bucket.nicknames.includes(comment.nickname)) bucket.nicknames.push(comment.nickname);
}

function open(key: string, asked: AskedQuestion): QuestionBucket {
  const { comment, topic, link } = asked;
  return { key, topic, link, first: comment, count: 1, nicknames: [comment.nickname], lastAt: comment.at };
}

/**
 * Groups questions, oldest first, into buckets in order of their first question. A question with a topic
 * joins the bucket of its topic and product. One without joins the most similar earlier topic-less
 * question of the same product (compared with the bucket's first question only, so a bucket cannot drift
 * and the result does not depend on how many questions came before), or opens its own bucket.
 */
export function bucketQuestions(
  questions: readonly AskedQuestion[],
  segmenter?: Segmenter,
): QuestionBucket[] {
  const buckets: QuestionBucket[] = [];
  const byKey = new Map<string, QuestionBucket>();
  const leaders = new Map<string, Leader[]>();
  for (const asked of questions) {
    const product = asked.link === null ? '-' : String(asked.link);
    if (asked.topic !== null) {
      const key = `${asked.topic}@${product}`;
      const bucket = byKey.get(key);
      if (bucket === undefined) {
        const opened = open(key, asked);
        byKey.set(key, opened);
        buckets.push(opened);
      } else join(bucket, asked.comment);
      continue;
    }
    const tokens = questionTokens(asked.normalized, segmenter);
    const sameProduct = leaders.get(product) ?? [];
    let best: Leader | undefined;
    let bestScore = similarityThreshold;
    for (const leader of sameProduct) {
      const score = jaccard(tokens, leader.tokens);
      if (score >= bestScore && (best === undefined || score > bestScore)) {
        best = leader;
        bestScore = score;
      }
    }
    if (best !== undefined) {
      join(best.bucket, asked.comment);
      continue;
    }
    const opened = open(`q@${product}@${asked.comment.id}`, asked);
    buckets.push(opened);
    sameProduct.push({ bucket: opened, tokens });
    leaders.set(product, sameProduct);
  }
  return buckets;
}
