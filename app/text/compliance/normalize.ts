/**
 * Text as the rules see it, with a way back to the original. Hosts' transcripts and typed comments spell the
 * same claim many ways: full-width Latin (ＮＯ．１), mixed case (Top1), spaces the recognizer put between
 * characters (最 好). Rules are written once against the folded form; hits are reported in the original.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`, where the original character it came from starts… */
  starts: number[];
  /** …and ends (exclusive). */
  ends: number[];
}

const fullWidthFirst = 0xff01;
const fullWidthLast = 0xff5e;
const fullWidthOffset = 0xfee0;

/**
 * Every space goes, not only those between Chinese characters: Latin claims then match with or without one
 * (TOP 1, NO. 1), and Latin rules guard their own word boundaries instead.
 */
function isSkipped(char: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]$/u.test(char);
}

function fold(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= fullWidthFirst && code <= fullWidthLast) {
    return String.fromCharCode(code - fullWidthOffset).toLowerCase();
  }
  return char.toLowerCase();
}

export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    if (isSkipped(char)) continue;
    const folded = fold(char);
    for (let unit = 0; unit < folded.length; unit += 1) {
      starts.push(start);
      ends.push(index);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** The original span behind normalized units [start, end). */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  return [normalized.starts[start] ?? 0, normalized.ends[end - 1] ?? 0];
}
