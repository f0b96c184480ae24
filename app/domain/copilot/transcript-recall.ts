/** Characters of transcript kept either side of the words that matched, so an excerpt reads in one glance. */
const excerptRadius = 24;

export interface TranscriptTail {
  /** The segment that says one of `keywords`, newest first; null when none does. */
  find(keywords: readonly string[]): string | null;
}

interface Segment {
  original: string;
  /** Lower case, half-width, without spaces: whisper writes "39.9 元" one time and "39.9元" the next. */
  compact: string;
  /** For each character of `compact`, its offset in `original`. */
  offsets: number[];
}

function segmentOf(original: string): Segment {
  let compact = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const char of original) {
    const folded = char.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
    compact += folded;
    for (let unit = 0; unit < folded.length; unit += 1) offsets.push(offset);
    offset += char.length;
  }
  return { original, compact, offsets };
}

function excerpt(segment: Segment, at: number, length: number): string {
  const start = segment.offsets[at] ?? 0;
  const end = segment.offsets[at + length - 1] ?? start;
  const from = Math.max(0, start - excerptRadius);
  const to = Math.min(segment.original.length, end + 1 + excerptRadius);
  return `${from > 0 ? '…' : ''}${segment.original.slice(from, to).trim()}${to < segment.original.length ? '…' : ''}`;
}

/**
 * The last minutes of what the host said, prepared once and asked for many keywords: whether a point was
 * made, and the words it was made in, for the owner to see why a line was held back.
 */
export function transcriptTail(segments: readonly string[]): TranscriptTail {
  const prepared = segments.map(segmentOf).reverse();
  return {
    find(keywords) {
      for (const segment of prepared) {
        for (const keyword of keywords) {
          if (keyword === '') continue;
          const at = segment.compact.indexOf(keyword);
          if (at >= 0) return excerpt(segment, at, keyword.length);
        }
      }
      return null;
    },
  };
}
