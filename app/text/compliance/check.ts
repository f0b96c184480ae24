import { compileMatcher, type MatchEntry, type RuleMatch } from './matcher';
import { normalizeForMatching, originalSpan, type NormalizedText } from './normalize';
import { builtInRules } from './rules';
import { infantContext, infantText } from './rules-infant';
import { safeTerms } from './safe-terms';
import type {
  ComplianceHit,
  ComplianceOptions,
  ComplianceResult,
  ComplianceRule,
  OwnerTerm,
  RuleText,
} from './types';

export type ComplianceChecker = (text: string) => ComplianceResult;

const ownerText: RuleText = {
  zh: '店主自定义的风险词',
  en: 'A risky word the owner added',
};

/** Ties between overlapping matches of one length: the owner's word, then the allow list, then built-ins. */
const ownerRank = 0;
const safeRank = 1;
const builtInRank = 2;

const safeEntries: MatchEntry[] = safeTerms.map((match) => ({
  pattern: { match, suggestion: '' },
  rank: safeRank,
}));

function ruleEntries(rules: readonly ComplianceRule[]): MatchEntry[] {
  return rules.flatMap((rule) => rule.patterns.map((pattern) => ({ rule, pattern, rank: builtInRank })));
}

function ownerEntries(terms: readonly OwnerTerm[]): MatchEntry[] {
  return terms
    .filter((owner) => owner.term.trim() !== '')
    .map((owner) => ({
      rule: {
        id: `owner:${owner.term}`,
        family: owner.rule ?? 'owner',
        text: ownerText,
        patterns: [],
      },
      pattern: { match: owner.term, suggestion: owner.suggestion.trim() === '' ? '删除' : owner.suggestion },
      rank: ownerRank,
    }));
}

function toHit(match: RuleMatch, original: string, normalized: NormalizedText): ComplianceHit {
  const { rule } = match;
  const [start, end] = originalSpan(normalized, match.start, match.end);
  const term = original.slice(start, end);
  const { suggestion } = match.pattern;
  const infant = rule.family === 'medical' && infantContext.test(normalized.text);
  return {
    term,
    rule: infant ? 'infant' : rule.family,
    ruleId: rule.id,
    ruleText: infant ? infantText : rule.text,
    suggestion: typeof suggestion === 'string' ? suggestion : suggestion(term),
    start,
    end,
  };
}

/**
 * A checker with the rules compiled once, for checking many lines (a transcript as it grows, a CSV of
 * scripts). Owner terms join the built-in list and win a tie with it; `disabledRuleIds` switches off
 * built-in rules by `id` (e.g. 'absolute.certainty').
 */
export function createComplianceChecker(options: ComplianceOptions = {}): ComplianceChecker {
  const disabled = new Set(options.disabledRuleIds ?? []);
  const rules = builtInRules.filter((rule) => !disabled.has(rule.id));
  const matcher = compileMatcher([
    ...ownerEntries(options.extraTerms ?? []),
    ...safeEntries,
    ...ruleEntries(rules),
  ]);
  return (text) => {
    const normalized = normalizeForMatching(text);
    const hits = matcher.find(normalized.text).map((match) => toHit(match, text, normalized));
    return { flagged: hits.length > 0, hits };
  };
}

const noTerms: readonly OwnerTerm[] = [];
/** Checkers by owner-term list (by identity, as a store hands out the same array until it changes). */
const checkers = new WeakMap<readonly OwnerTerm[], Map<string, ComplianceChecker>>();

/**
 * Checks one text (a transcript segment, an AI-suggested script, a comment) against the built-in list and
 * the owner's words. Compiled checkers are cached per `extraTerms` array and set of disabled rules, so
 * calling this for every line of a render is cheap.
 */
export function checkCompliance(text: string, options: ComplianceOptions = {}): ComplianceResult {
  const terms = options.extraTerms ?? noTerms;
  const key = [...(options.disabledRuleIds ?? [])].sort().join('\n');
  let byRules = checkers.get(terms);
  if (byRules === undefined) {
    byRules = new Map();
    checkers.set(terms, byRules);
  }
  let checker = byRules.get(key);
  if (checker === undefined) {
    checker = createComplianceChecker({ extraTerms: terms, disabledRuleIds: options.disabledRuleIds ?? [] });
    byRules.set(key, checker);
  }
  return checker(text);
}
