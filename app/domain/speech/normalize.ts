/**
 * How transcripts are compared, both when deduplicating a chunk border and when scoring accuracy. Only the
 * words count: whisper writes the same speech as "好的，买！" one time and "好的 买" the next.
 *
 * Each character is folded with NFKC, which turns full-width letters, digits and spaces into their ASCII
 * forms (ＡＢＣ１２ → ABC12) and leaves Chinese characters alone, then Latin is lower-cased. Punctuation,
 * symbols (%, ¥, ~, emoji), spaces and control characters are dropped. Chinese numerals are not converted to
 * digits or back: "一" is as often part of a word (一起, 一下) as a number, so a reference transcript must
 * write numbers the way whisper does (it mostly writes digits for prices and quantities).
 */

const ignorable = /[\p{P}\p{S}\p{Z}\p{C}]/gu;
const leadingIgnorable = /^[\p{P}\p{S}\p{Z}\p{C}]+/u;
/** Scripts written with spaces between words; a run of these letters is one word. */
const wordLetter = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const digit = /^\p{Nd}$/u;

export function normalizeTranscript(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** A word of normalized text and where it ends in the original string (a UTF-16 offset). */
export interface TextToken {
  text: string;
  end: number;
}

/**
 * Splits text into comparable words: every Chinese (or other unspaced-script) character on its own, every run
 * of Latin letters as one word and every run of digits as one number. Letters and digits part even without a
 * space because whisper writes "iPhone15" one time and "iPhone 15" the next.
 */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let offset = 0;
  let previousKind: Kind = 'separator';
  for (const ch of text) {
    offset += ch.length;
    const folded = foldChar(ch);
    if (folded === '') previousKind = 'separator';
    for (const part of folded) {
      const kind = kindOf(part);
      const last = tokens[tokens.length - 1];
      if (kind !== 'single' && kind === previousKind && last !== undefined) {
        last.text += part;
        last.end = offset;
      } else {
        tokens.push({ text: part, end: offset });
      }
      previousKind = kind;
    }
  }
  return tokens;
}

type Kind = 'letter' | 'digit' | 'single' | 'separator';

function kindOf(part: string): Kind {
  if (wordLetter.test(part)) return 'letter';
  return digit.test(part) ? 'digit' : 'single';
}

/** Drops the punctuation and spaces a cut left at the start of a text ("，现在拍" → "现在拍"). */
export function trimLeadingIgnorable(text: string): string {
  return text.replace(leadingIgnorable, '');
}

function foldChar(ch: string): string {
  return ch.normalize('NFKC').toLowerCase().replace(ignorable, '');
}
