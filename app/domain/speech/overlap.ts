import { tokenize, trimLeadingIgnorable } from './normalize';
import type { TimedText } from './timed-text';

export interface MergeOptions {
  /**
   * Where the next chunk's audio starts (its AudioChunk.startMs), so the overlap is
   * [chunkStartMs, chunkStartMs + overlapMs]. Defaults to the start of the first segment of `next`, which
   * whisper nearly always puts at the start of the chunk.
   */
  chunkStartMs?: number;
  /** How far past the overlap whisper's timestamps may put a repeated word; default 250 ms. */
  toleranceMs?: number;
}

export const defaultMergeToleranceMs = 250;

/** One comparable word at the head of `next`, with the segment it comes from. */
interface HeadToken {
  text: string;
  segment: number;
  /** UTF-16 offset in the segment's text just past the word. */
  end: number;
  /** Position of the word among its segment's words (1-based) and how many words the segment has. */
  ordinal: number;
  wordsInSegment: number;
}

/**
 * The lines a new chunk adds to the captions, given what the chunk before it produced. Times are absolute
 * (chunk startMs + whisper's offset). The chunk repeats the last `overlapMs` of audio before it, so whisper
 * may write its first words twice; they are recognized as the longest run of words that both ends
 * `previous` and starts `next`, compared on normalized text (punctuation, spaces and width ignored; a Latin
 * word counts as one unit). Matched words are removed: whole segments are dropped, a segment straddling the
 * border loses its leading words and its start moves on in proportion.
 *
 * Losing words is worse than repeating one, so the match is conservative: only words whose time (spread
 * evenly over their segment) falls inside the overlap count, and a match of a single character is trusted
 * only when it is a whole segment inside the overlap, since one common character like 的 or 好 ends and
 * starts sentences by chance. With `overlapMs` 0 nothing is removed.
 *
 * Returned start times never go back: a segment starting before the end of the one before it (in `previous`
 * or in the result) is moved to that end, and its end to at least its start. Segments left empty are dropped.
 */
export function mergeSegments(
  previous: readonly TimedText[],
  next: readonly TimedText[],
  overlapMs: number,
  options: MergeOptions = {},
): TimedText[] {
  const first = next[0];
  let fresh: TimedText[] = next.map((segment) => ({ ...segment }));
  if (overlapMs > 0 && first !== undefined && previous.length > 0) {
    const windowEnd =
      (options.chunkStartMs ?? first.startMs) + overlapMs + (options.toleranceMs ?? defaultMergeToleranceMs);
    const head = headTokens(next, windowEnd);
    const matched = repeatedWords(tailWords(previous, head.length), head, next, windowEnd);
    const last = head[matched - 1];
    if (last !== undefined) fresh = removeThrough(fresh, last);
  }
  const previousEnd = previous.reduce((end, segment) => Math.max(end, segment.endMs), -Infinity);
  return keepMonotonic(fresh, previousEnd);
}

/** At least the last `count` words of `previous` (callers may pass the whole caption history). */
function tailWords(previous: readonly TimedText[], count: number): string[] {
  const words: string[] = [];
  for (let i = previous.length - 1; i >= 0 && words.length < count; i -= 1) {
    words.unshift(...tokenize(previous[i]?.text ?? '').map((token) => token.text));
  }
  return words;
}

/** The words of `next` from its start that whisper places inside the overlap window. */
function headTokens(next: readonly TimedText[], windowEnd: number): HeadToken[] {
  const head: HeadToken[] = [];
  for (const [segment, { startMs, endMs, text }] of next.entries()) {
    const tokens = tokenize(text);
    for (const [i, token] of tokens.entries()) {
      const wordEnd = startMs + ((i + 1) / tokens.length) * (endMs - startMs);
      if (wordEnd > windowEnd) return head;
      head.push({ text: token.text, segment, end: token.end, ordinal: i + 1, wordsInSegment: tokens.length });
    }
  }
  return head;
}

/** How many words at the start of `head` repeat the end of `previous`; 0 when none can be trusted. */
function repeatedWords(
  previous: readonly string[],
  head: readonly HeadToken[],
  next: readonly TimedText[],
  windowEnd: number,
): number {
  for (let k = Math.min(previous.length, head.length); k >= 1; k -= 1) {
    const tail = previous.slice(previous.length - k);
    if (!tail.every((word, i) => word === head[i]?.text)) continue;
    const chars = tail.reduce((sum, word) => sum + word.length, 0);
    if (chars >= 2) return k;
    const only = head[0];
    const segment = only === undefined ? undefined : next[only.segment];
    const wholeSegmentInside =
      only?.wordsInSegment === 1 && segment !== undefined && segment.endMs <= windowEnd;
    return wholeSegmentInside ? 1 : 0;
  }
  return 0;
}

/** Drops the segments before the last repeated word's segment and the repeated words at the start of that one. */
function removeThrough(segments: readonly TimedText[], last: HeadToken): TimedText[] {
  const rest = segments.slice(last.segment + 1);
  const cut = segments[last.segment];
  if (cut === undefined) return rest;
  const text = trimLeadingIgnorable(cut.text.slice(last.end));
  if (tokenize(text).length === 0) return rest;
  const startMs = cut.startMs + (last.ordinal / last.wordsInSegment) * (cut.endMs - cut.startMs);
  return [{ startMs, endMs: cut.endMs, text }, ...rest];
}

function keepMonotonic(segments: readonly TimedText[], previousEnd: number): TimedText[] {
  const out: TimedText[] = [];
  let floor = previousEnd;
  for (const segment of segments) {
    if (tokenize(segment.text).length === 0) continue;
    const startMs = Math.max(segment.startMs, floor);
    const endMs = Math.max(segment.endMs, startMs);
    out.push({ startMs, endMs, text: segment.text });
    floor = endMs;
  }
  return out;
}
