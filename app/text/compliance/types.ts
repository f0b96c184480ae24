/**
 * Rule families, as the CLI and the UI name them. Each maps to one provision a reviewer would cite:
 * absolute = 《广告法》第九条第三项; authority = 第九条第二项; medical = 第十七条 and 《食品安全法》第七十三条;
 * infant = 第二十条 and the infant-formula labelling rules; guarantee = 第十六、二十八条; price = 《明码标价和禁止
 * 价格欺诈规定》; disparage = 第十三条; superstition = 第九条第八项; owner = a word the owner added.
 */
export type RuleFamily =
  | 'absolute'
  | 'authority'
  | 'medical'
  | 'infant'
  | 'guarantee'
  | 'price'
  | 'disparage'
  | 'superstition'
  | 'owner';

export interface RuleText {
  zh: string;
  en: string;
}

/** A fixed wording, or one derived from the matched words (最甜 → 很甜). */
export type Suggest = string | ((term: string) => string);

/**
 * A hit is dropped when the normalized text around it matches one of these: `before` is tested on the few
 * characters before the hit (write it ending in `$`), `after` on those after it (starting with `^`). When
 * both are given, both must match.
 */
export interface Unless {
  before?: RegExp;
  after?: RegExp;
}

export interface RulePattern {
  /** A literal, or a regex with the `u` flag; both are matched against normalized text (see normalize.ts). */
  match: string | RegExp;
  suggestion: Suggest;
  unless?: readonly Unless[];
}

export interface ComplianceRule {
  /** Stable, so an owner's "ignore this rule" survives updates of the word list. */
  id: string;
  family: RuleFamily;
  text: RuleText;
  /** Whether 不能/没有/并非 just before a hit turns it into a disclaimer (本品不能代替药物). */
  negatable?: boolean;
  patterns: readonly RulePattern[];
}

/** A word the owner added in settings; without `rule` it is reported under the family 'owner'. */
export interface OwnerTerm {
  term: string;
  suggestion: string;
  rule?: RuleFamily;
}

export interface ComplianceHit {
  /** Exactly the input's characters, spaces included (最 好). */
  term: string;
  rule: RuleFamily;
  ruleId: string;
  ruleText: RuleText;
  suggestion: string;
  /** UTF-16 offsets into the original text, end exclusive, for highlighting. */
  start: number;
  end: number;
}

export interface ComplianceResult {
  flagged: boolean;
  hits: ComplianceHit[];
}

export interface ComplianceOptions {
  extraTerms?: readonly OwnerTerm[];
  disabledRuleIds?: readonly string[];
}
