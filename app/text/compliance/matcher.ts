import { normalizeForMatching } from './normalize';
import { negation } from './patterns';
import type { ComplianceRule, RulePattern } from './types';

/**
 * A pattern of a rule, or an allow-listed word (no rule) that only shields what it contains. Of two
 * overlapping matches of the same length, the lower `rank` wins.
 */
export interface MatchEntry {
  rule?: ComplianceRule;
  pattern: RulePattern;
  rank: number;
}

/** A match in normalized text, as offsets into that text. */
export interface Candidate extends MatchEntry {
  start: number;
  end: number;
}

export type RuleMatch = Candidate & { rule: ComplianceRule };

export interface Matcher {
  /** Non-overlapping rule matches, in text order: the longest wins each overlap (最低价, not 最低 + 低价). */
  find(text: string): RuleMatch[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: MatchEntry[];
}

/** Enough to see 巴氏 before 杀菌 or 人群慎食 after 糖尿病. */
const contextWidth = 10;

/**
 * Literals go into one trie walked from every position; regexes run once each over the text. A line of
 * speech is short, so both are linear in practice and compiling once is what keeps a line under 1 ms.
 */
export function compileMatcher(entries: readonly MatchEntry[]): Matcher {
  const root: TrieNode = { next: new Map(), entries: [] };
  const regexes: { regex: RegExp; entry: MatchEntry }[] = [];
  for (const entry of entries) {
    const { match } = entry.pattern;
    if (typeof match === 'string') {
      const word = normalizeForMatching(match).text;
      if (word !== '') insert(root, word, entry);
    } else {
      regexes.push({ regex: new RegExp(match.source, `${match.flags.replace('g', '')}g`), entry });
    }
  }
  return {
    find(text) {
      const found = [...findLiterals(root, text), ...findRegexes(regexes, text)];
      return keepLongest(found.filter((candidate) => applies(candidate, text)));
    },
  };
}

function insert(root: TrieNode, word: string, entry: MatchEntry): void {
  let node = root;
  // Code units, not code points, as findLiterals walks the text.
  for (let index = 0; index < word.length; index += 1) {
    const unit = word.charAt(index);
    let child = node.next.get(unit);
    if (child === undefined) {
      child = { next: new Map(), entries: [] };
      node.next.set(unit, child);
    }
    node = child;
  }
  node.entries.push(entry);
}

function findLiterals(root: TrieNode, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let start = 0; start < text.length; start += 1) {
    let node: TrieNode | undefined = root;
    for (let end = start; end < text.length; end += 1) {
      node = node.next.get(text.charAt(end));
      if (node === undefined) break;
      for (const entry of node.entries) found.push({ ...entry, start, end: end + 1 });
    }
  }
  return found;
}

function findRegexes(regexes: readonly { regex: RegExp; entry: MatchEntry }[], text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { regex, entry } of regexes) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0] !== '') found.push({ ...entry, start: match.index, end: match.index + match[0].length });
      // Restart one unit later, not after the match: a later, overlapping match may pass a context check
      // that this one failed.
      regex.lastIndex = match.index + 1;
    }
  }
  return found;
}

/** Context exceptions (巴氏杀菌, 最好提前下单) and disclaimers (不能代替药物) drop a match before overlaps count. */
function applies(candidate: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, candidate.start - contextWidth), candidate.start);
  const after = text.slice(candidate.end, candidate.end + contextWidth);
  if (candidate.rule?.negatable === true && negation.test(before)) return false;
  return !(candidate.pattern.unless ?? []).some(
    (unless) =>
      (unless.before === undefined || unless.before.test(before)) &&
      (unless.after === undefined || unless.after.test(after)),
  );
}

function isRuleMatch(candidate: Candidate): candidate is RuleMatch {
  return candidate.rule !== undefined;
}

/** Longest first, then by rank: an allow-listed word outranks a built-in rule, so 火锅 shields 去火 in 去火锅. */
function keepLongest(candidates: readonly Candidate[]): RuleMatch[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end))
      kept.push(candidate);
  }
  return kept.filter(isRuleMatch).sort((a, b) => a.start - b.start);
}
