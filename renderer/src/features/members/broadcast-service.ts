import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { AudienceFilter } from '../../../../app/domain/broadcast/audience';
import { planBroadcast, type BroadcastPlan } from '../../../../app/domain/broadcast/draft';
import { sentLog, sentRecord } from '../../../../app/domain/broadcast/export';
import type { TemplateExtras } from '../../../../app/domain/broadcast/template';

/** Drafts for everyone the filter reaches, minus those without consent or over the frequency cap. */
export async function draftBroadcast(
  db: WorkbenchDatabase,
  filter: AudienceFilter,
  template: string,
  extras: TemplateExtras,
): Promise<BroadcastPlan> {
  const [members, orders, records] = await Promise.all([
    db.members.find().exec(),
    filter.boughtProduct || filter.notBoughtWithinDays
      ? db.orders.find({ selector: { createdAt: { $gte: Date.now() - 400 * 86_400_000 } } }).exec()
      : Promise.resolve([]),
    db.activity.find({ selector: { kind: 'broadcast', at: { $gte: Date.now() - 31 * 86_400_000 } } }).exec(),
  ]);
  return planBroadcast({
    filter,
    template,
    extras,
    members: members.map((doc) => doc.toMutableJSON()),
    orders: orders.map((doc) => doc.toMutableJSON()),
    sentLog: sentLog(records.map((doc) => ({ at: doc.at, memberIds: [...doc.memberIds] }))),
    now: Date.now(),
  });
}

/** Records that the drafts went out, so the frequency cap counts them next time. */
export async function markSent(
  db: WorkbenchDatabase,
  plan: BroadcastPlan,
  templateId: string,
  audience: string,
): Promise<void> {
  const record = sentRecord({
    id: `b-${crypto.randomUUID()}`,
    at: Date.now(),
    templateId,
    audience,
    drafts: plan.drafts,
  });
  await db.activity.insert({
    id: record.id,
    kind: 'broadcast',
    at: record.at,
    title: audience.slice(0, 200),
    memberIds: record.memberIds,
    details: { templateId, textCount: record.textCount, distinctTexts: record.distinctTexts },
  });
}
