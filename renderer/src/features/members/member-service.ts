import type { WorkbenchDatabase } from '../../../../app/db/collections';
import { toDbError } from '../../../../app/db/db-errors';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { parseGroupChat } from '../../../../app/domain/members/group-chat';
import type { RosterPlan } from '../../../../app/domain/members/group-roster';
import { planMerge, type DuplicateGroup } from '../../../../app/domain/members/identity';
import { createJiebaSegmenter, type Segmenter } from '../../../../app/text/segmenter';
import {
  cleanTagDictionary,
  defaultTagDictionary,
  type TagDictionary,
} from '../../../../app/text/tag-dictionary';
import type { TagMessage } from '../../../../app/text/tag-inference';

export const tagDictionarySettingId = 'tagDictionary';

let segmenter: Promise<Segmenter> | null = null;

/** The segmenter's dictionary is 4 MB of WebAssembly: loaded once, on the first profile that needs it. */
export function loadSegmenter(): Promise<Segmenter> {
  segmenter ??= createJiebaSegmenter().catch((error: unknown) => {
    segmenter = null;
    throw error;
  });
  return segmenter;
}

export async function memberOrders(db: WorkbenchDatabase, memberId: string): Promise<OrderDoc[]> {
  const docs = await db.orders.find({ selector: { memberId }, sort: [{ createdAt: 'desc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON());
}

/** What the member wrote in live rooms and groups, found by every nickname they are known by. */
export async function memberMessages(db: WorkbenchDatabase, member: MemberDoc): Promise<TagMessage[]> {
  if (member.nicknames.length === 0) return [];
  const docs = await db.liveFeed
    .find({ selector: { kind: { $in: ['comment', 'group'] }, nickname: { $in: member.nicknames } } })
    .exec();
  return docs.map((doc) => ({
    at: doc.at,
    text: doc.text,
    source: doc.kind === 'group' ? 'group' : 'comment',
  }));
}

export async function loadTagDictionary(db: WorkbenchDatabase): Promise<TagDictionary> {
  const saved = (await db.settings.findOne(tagDictionarySettingId).exec())?.value['rules'];
  return Array.isArray(saved) ? cleanTagDictionary(saved as TagDictionary) : defaultTagDictionary;
}

export async function saveTagDictionary(db: WorkbenchDatabase, dictionary: TagDictionary): Promise<void> {
  await db.settings.upsert({
    id: tagDictionarySettingId,
    value: { rules: cleanTagDictionary(dictionary) },
    updatedAt: Date.now(),
  });
}

export async function addTag(db: WorkbenchDatabase, memberId: string, tag: string): Promise<void> {
  const doc = await db.members.findOne(memberId).exec();
  const clean = tag.trim().slice(0, 30);
  if (!doc || clean === '' || doc.tags.includes(clean)) return;
  await doc.incrementalPatch({ tags: [...doc.tags, clean], updatedAt: Date.now() });
}

/**
 * Merges a duplicate group into its first member: every order of the others is re-pointed first, then
 * the merged member is written, and only then are the others removed, so a crash midway loses nothing.
 */
export async function mergeGroup(
  db: WorkbenchDatabase,
  group: DuplicateGroup,
): Promise<{ orders: number; name: string }> {
  const members = [...(await db.members.findByIds(group.memberIds).exec()).values()].map((doc) =>
    doc.toMutableJSON(),
  );
  const keep = members.find((member) => member.id === group.memberIds[0]);
  if (!keep) return { orders: 0, name: '' };
  const drop = members.filter((member) => member.id !== keep.id);
  const orders = await db.orders
    .find({ selector: { memberId: { $in: drop.map((member) => member.id) } } })
    .exec();
  const plan = planMerge(
    keep,
    drop,
    orders.map((doc) => doc.toMutableJSON()),
    Date.now(),
  );
  for (const update of plan.orderUpdates) {
    await (
      await db.orders.findOne(update.id).exec()
    )?.incrementalPatch({ memberId: update.memberId, updatedAt: Date.now() });
  }
  await db.members.upsert(plan.member);
  await db.members.bulkRemove(plan.removedIds);
  return { orders: plan.orderUpdates.length, name: plan.member.nicknames[0] ?? plan.member.name };
}

/** Adds the roster's known members to the group and creates the new ones, already in it. */
export async function applyRoster(db: WorkbenchDatabase, groupId: string, plan: RosterPlan): Promise<number> {
  const at = Date.now();
  for (const hit of plan.matched) {
    const doc = await db.members.findOne(hit.memberId).exec();
    if (doc && !doc.groupIds.includes(groupId))
      await doc.incrementalPatch({ groupIds: [...doc.groupIds, groupId], updatedAt: at });
  }
  const fresh: MemberDoc[] = plan.fresh.map((line) => ({
    id: `m-${crypto.randomUUID()}`,
    name: line.name,
    phone: line.phone,
    cardNo: '',
    nicknames: [line.name],
    groupIds: [groupId],
    tags: [],
    household: {},
    address: { building: '', unit: '', room: '' },
    consent: false,
    notes: '',
    joinedAt: at,
    updatedAt: at,
  }));
  if (fresh.length > 0) await db.members.bulkInsert(fresh);
  return plan.matched.length + fresh.length;
}

export type ProfileChange = Pick<
  MemberDoc,
  'phone' | 'address' | 'household' | 'consent' | 'notes' | 'nicknames'
>;

export async function saveProfile(
  db: WorkbenchDatabase,
  memberId: string,
  change: ProfileChange,
): Promise<void> {
  const doc = await db.members.findOne(memberId).exec();
  if (!doc) return;
  await doc.incrementalPatch({ ...change, updatedAt: Date.now() });
}

/** FNV-1a: a stable short id part, so pasting the same chat twice stores each message once. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** Keeps what neighbours wrote in a group, as a signal for scene tags and product trends. */
export async function saveGroupChat(db: WorkbenchDatabase, groupId: string, text: string): Promise<number> {
  const messages = parseGroupChat(text, Date.now());
  const result = await db.liveFeed.bulkUpsert(
    messages.map((message) => ({
      id: `g:${groupId}:${message.at}:${fingerprint(message.nickname + message.text)}`.slice(0, 128),
      sessionId: groupId,
      kind: 'group' as const,
      at: message.at,
      platform: 'wechat-group',
      userId: '',
      nickname: message.nickname.slice(0, 60),
      text: message.text.slice(0, 5000),
      startMs: 0,
      endMs: 0,
    })),
  );
  const failed = result.error[0];
  if (failed)
    throw toDbError({
      code: failed.status === 409 ? 'CONFLICT' : 'VD2',
      parameters: { collection: 'liveFeed', writeError: failed },
    });
  return result.success.length;
}
