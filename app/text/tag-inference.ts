import type { Segmenter } from './segmenter';
import { cleanTagDictionary, type TagDictionary } from './tag-dictionary';

export interface TagMessage {
  at: number;
  text: string;
  source: 'group' | 'comment';
}

export interface TagEvidence {
  text: string;
  /** The keyword as written in the dictionary. */
  keyword: string;
  at: number;
}

export interface InferredTag {
  tag: string;
  /** Messages with at least one keyword of the tag (a message counts once per tag). */
  hits: number;
  /** Up to three of those messages, newest first, clipped around the keyword. */
  evidence: TagEvidence[];
}

export interface InferTagsOptions {
  /** Messages a tag needs before it is suggested; default 2, since one remark may be about someone else. */
  minHits?: number;
}

const maxEvidence = 3;

/**
 * Negation is handled minimally: a keyword does not count when one of these words stands among the two
 * words before it in the same clause (没有宝宝, 不是给老人买的, 不给宝宝吃). Not handled, on purpose: double
 * negation (不是没有宝宝 counts as none), verbs with 不 fused into one word (不吃辅食 still counts 辅食), and
 * negation further away (我没说过家里有宝宝 counts). Groups and comments count the same.
 */
const negators = new Set([
  '不',
  '没',
  '没有',
  '无',
  '不是',
  '并非',
  '并不是',
  '不再',
  '不用',
  '不要',
  '别',
  '非',
]);
const negationWindow = 2;

/** Punctuation ends a clause, so 不要香菜，宝宝爱吃 still counts 宝宝. */
const clauseBreak = /^\p{P}+$/u;
const whitespace = /^\s*$/u;

/**
 * Scene tags suggested by what a member wrote, strongest first (ties keep dictionary order).
 *
 * Matching works on the segmenter's words, not on raw substrings. A keyword hits when it is exactly a run of
 * consecutive words (铲屎 = 铲 + 屎 in 铲屎官), or, for keywords of two or more characters, the start or end
 * of one longer word (降压 in 降压药, 老人 in 老人家, 宝宝 in 小宝宝). It never hits across a word boundary
 * that splits it (狗粮 in 小狗/粮食), and a single-character keyword only hits a word of its own (猫 does
 * not hit 熊猫).
 */
export function inferTags(
  messages: TagMessage[],
  dictionary: TagDictionary,
  segmenter: Segmenter,
  options: InferTagsOptions = {},
): InferredTag[] {
  const minHits = options.minHits ?? 2;
  const matcher = compile(dictionary);
  const found = new Map<string, InferredTag>();
  for (const message of messages) {
    if (message.text.trim() === '') continue;
    for (const [tag, hit] of matchMessage(message.text, matcher, segmenter)) {
      const entry = found.get(tag) ?? { tag, hits: 0, evidence: [] };
      entry.hits += 1;
      addEvidence(entry.evidence, {
        text: excerpt(message.text, hit.raw),
        keyword: hit.keyword,
        at: message.at,
      });
      found.set(tag, entry);
    }
  }
  return matcher.tags
    .map((tag) => found.get(tag))
    .filter((entry): entry is InferredTag => entry !== undefined && entry.hits >= minHits)
    .sort((a, b) => b.hits - a.hits);
}

interface Matcher {
  /** Normalized keyword → the tags it suggests and the keyword as the owner wrote it. */
  keywords: Map<string, { tags: string[]; keyword: string }>;
  longest: number;
  tags: string[];
}

interface Hit {
  keyword: string;
  /** The words of the message that matched, as written, to find the excerpt. */
  raw: string;
}

function compile(dictionary: TagDictionary): Matcher {
  const clean = cleanTagDictionary(dictionary);
  const keywords = new Map<string, { tags: string[]; keyword: string }>();
  let longest = 0;
  for (const rule of clean) {
    for (const keyword of rule.keywords) {
      const key = normalize(keyword).replace(/\s/gu, '');
      if (key === '') continue;
      const entry = keywords.get(key) ?? { tags: [], keyword };
      if (!entry.tags.includes(rule.tag)) entry.tags.push(rule.tag);
      keywords.set(key, entry);
      longest = Math.max(longest, key.length);
    }
  }
  return { keywords, longest, tags: clean.map((r) => r.tag) };
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The first non-negated hit of each tag in one message. */
function matchMessage(text: string, matcher: Matcher, segmenter: Segmenter): Map<string, Hit> {
  const raw = segmenter.cut(text).filter((word) => !whitespace.test(word));
  const words = raw.map(normalize);
  const hits = new Map<string, Hit>();
  let clauseStart = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (clauseBreak.test(word)) {
      clauseStart = i + 1;
      continue;
    }
    const matches = matchesAt(words, i, matcher);
    if (matches.length === 0 || negated(words, i, clauseStart)) continue;
    for (const { entry, end } of matches) {
      for (const tag of entry.tags) {
        if (!hits.has(tag)) hits.set(tag, { keyword: entry.keyword, raw: raw.slice(i, end).join('') });
      }
    }
  }
  return hits;
}

interface Match {
  entry: { tags: string[]; keyword: string };
  end: number;
}

/** Every keyword that starts at word `start`: the word itself, its affixes, and runs of following words. */
function matchesAt(words: string[], start: number, matcher: Matcher): Match[] {
  const word = words[start] ?? '';
  const matches: Match[] = [];
  const own = matcher.keywords.get(word);
  if (own !== undefined) matches.push({ entry: own, end: start + 1 });
  for (let length = Math.min(word.length - 1, matcher.longest); length >= 2; length -= 1) {
    for (const affix of new Set([word.slice(0, length), word.slice(-length)])) {
      const entry = matcher.keywords.get(affix);
      if (entry !== undefined) matches.push({ entry, end: start + 1 });
    }
  }
  let run = word;
  for (let end = start + 1; end < words.length; end += 1) {
    const next = words[end] ?? '';
    run += next;
    if (clauseBreak.test(next) || run.length > matcher.longest) break;
    const entry = matcher.keywords.get(run);
    if (entry !== undefined) matches.push({ entry, end: end + 1 });
  }
  return matches;
}

function negated(words: string[], at: number, clauseStart: number): boolean {
  for (let k = at - 1; k >= Math.max(clauseStart, at - negationWindow); k -= 1) {
    if (negators.has(words[k] ?? '')) return true;
  }
  return false;
}

function addEvidence(evidence: TagEvidence[], item: TagEvidence): void {
  evidence.push(item);
  evidence.sort((a, b) => b.at - a.at);
  if (evidence.length > maxEvidence) evidence.length = maxEvidence;
}

/** Long comments are clipped to the keyword and some context either side. */
function excerpt(text: string, matched: string, context = 20): string {
  const trimmed = text.trim();
  if (trimmed.length <= 2 * context + matched.length) return trimmed;
  const at = Math.max(0, trimmed.indexOf(matched));
  const from = Math.max(0, at - context);
  const to = Math.min(trimmed.length, at + matched.length + context);
  return `${from > 0 ? '…' : ''}${trimmed.slice(from, to)}${to < trimmed.length ? '…' : ''}`;
}
