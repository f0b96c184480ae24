export { buildDigest, defaultWindowMs } from './digest';
export { offlineSuggestions, defaultLowStockAt } from './suggest-offline';
export type { OfflineSuggestions, SuggestionCheck, SuggestionInput } from './suggest-offline';
export type { ScriptPoint } from './script-candidates';
export { draftHandoff } from './handoff';
export type { AskedButNotBought, FollowUpMessage, Handoff, HandoffInput, UnconfirmedBuy } from './handoff';
export { screenText } from './screen';
export type { CheckedText } from './screen';
export type {
  CopilotLocale,
  Digest,
  DigestComplaint,
  DigestOptions,
  DigestProduct,
  HotProduct,
  OnAirEntry,
  ParsedComment,
  ProductFacts,
  QuestionCluster,
  QuestionTopic,
} from './types';
