import type { MemberDoc } from '../../db/schemas/members';
import { selectAudience, type AudienceFilter, type AudienceOrder, type Exclusion } from './audience';
import {
  applyCap,
  defaultFrequencyCap,
  type CappedMember,
  type FrequencyCap,
  type SentLogEntry,
} from './frequency-cap';
import {
  checkTemplate,
  renderTemplate,
  type TemplateCheck,
  type TemplateExtras,
  type TemplateField,
} from './template';

export interface DraftRequest {
  filter: AudienceFilter;
  template: string;
  extras: TemplateExtras;
  members: readonly MemberDoc[];
  orders: readonly AudienceOrder[];
  sentLog: readonly SentLogEntry[];
  cap?: FrequencyCap;
  now: number;
}

export interface MemberDraft {
  member: MemberDoc;
  text: string;
  missing: TemplateField[];
}

export interface BroadcastPlan {
  drafts: MemberDraft[];
  /** Held back for consent first, then for the cap; capped entries say when the member is free again. */
  excluded: (Exclusion | CappedMember)[];
  /** How many drafts lack each field, for "3 位没有昵称" next to the preview. */
  missingCounts: Partial<Record<TemplateField, number>>;
  check: TemplateCheck;
}

/**
 * Everything the draft screen shows, in one pass: the audience, minus those without consent, minus those
 * at the frequency cap, each with the text rendered for them.
 */
export function planBroadcast(request: DraftRequest): BroadcastPlan {
  const { filter, members, orders, now } = request;
  const selection = selectAudience(filter, members, orders, now);
  const { allowed, capped } = applyCap(
    selection.recipients,
    request.sentLog,
    request.cap ?? defaultFrequencyCap,
    now,
  );
  const missingCounts: Partial<Record<TemplateField, number>> = {};
  const drafts = allowed.map((member) => {
    const { text, missing } = renderTemplate(request.template, member, request.extras, now);
    for (const field of missing) missingCounts[field] = (missingCounts[field] ?? 0) + 1;
    return { member, text, missing };
  });
  return {
    drafts,
    excluded: [...selection.excluded, ...capped],
    missingCounts,
    check: checkTemplate(request.template),
  };
}
