export { checkCompliance, createComplianceChecker, type ComplianceChecker } from './check';
export { builtInRules } from './rules';
export type {
  ComplianceHit,
  ComplianceOptions,
  ComplianceResult,
  ComplianceRule,
  OwnerTerm,
  RuleFamily,
  RuleText,
} from './types';
