import { breastMilkRule, developmentRule } from './rules-infant';
import { authorityRule, disparageRule, guaranteeRule, priceRule, superstitionRule } from './rules-claims';
import { certaintyRule, gradeRule } from './rules-grade';
import { diseaseRule, treatmentRule } from './rules-medical';
import { healthClaimRule } from './rules-health';
import { beautyRule, outcomeRule, slimmingRule } from './rules-outcomes';
import { rankingRule, uniqueRule } from './rules-ranking';
import { superlativeRule } from './rules-superlative';
import type { ComplianceRule } from './types';

/**
 * The built-in list a store starts with: what a reviewer of live-stream selling flags under the Advertising
 * Law and the food-safety and price rules. Owners add words (OwnerTerm) and switch rules off by `id`.
 */
export const builtInRules: readonly ComplianceRule[] = [
  superlativeRule,
  rankingRule,
  uniqueRule,
  gradeRule,
  certaintyRule,
  treatmentRule,
  diseaseRule,
  healthClaimRule,
  slimmingRule,
  outcomeRule,
  beautyRule,
  breastMilkRule,
  developmentRule,
  guaranteeRule,
  priceRule,
  disparageRule,
  superstitionRule,
  authorityRule,
];
