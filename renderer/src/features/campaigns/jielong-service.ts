import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { createNicknameMatcher } from '../../../../app/domain/jielong/name-match';
import { finalOrders, parseJielong } from '../../../../app/domain/jielong/parse';
import { jielongCatalog, jielongPost } from '../../../../app/domain/jielong/post';
import type { FinalOrder, UnmatchedLine } from '../../../../app/domain/jielong/types';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';
import { writeOrderDrafts, type BatchOutcome, type BatchProgress } from '../orders/services/order-batch';
import { productsById } from '../orders/services/stock-queries';

export interface JielongPreviewRow extends FinalOrder {
  /** The member the name was linked to, or null: a new member is created on confirm. */
  member: { id: string; name: string; confidence: number } | null;
  confidence: number;
}

export interface JielongPreview {
  rows: JielongPreviewRow[];
  unmatched: UnmatchedLine[];
  lines: number;
}

export async function postText(
  db: WorkbenchDatabase,
  campaign: CampaignDoc,
  storeName: string,
  locale: string,
): Promise<string> {
  const products = await productsById(
    db,
    campaign.items.map((item) => item.productId),
  );
  return jielongPost(campaign, products, { storeName, locale });
}

/** Reads a pasted 接龙 chat against the campaign's products (by link number, name or alias) and the members. */
export async function previewJielong(
  db: WorkbenchDatabase,
  campaign: CampaignDoc,
  text: string,
): Promise<JielongPreview> {
  const products = await productsById(
    db,
    campaign.items.map((item) => item.productId),
  );
  // Link numbers exactly as the post printed them, so "3号" means what the group saw.
  const parsed = parseJielong(text, { products: jielongCatalog(campaign, products) });
  const members = (await db.members.find().exec()).map((doc) => doc.toMutableJSON());
  const match = createNicknameMatcher(members);
  const byId = new Map(members.map((member) => [member.id, member]));
  const rows = finalOrders(parsed.entries).map((order) => {
    const found = match(order.name);
    const member = found ? byId.get(found.memberId) : undefined;
    const itemConfidence = Math.min(1, ...order.items.map((item) => item.confidence));
    return {
      ...order,
      member:
        member && found
          ? { id: member.id, name: member.nicknames[0] ?? member.name, confidence: found.confidence }
          : null,
      confidence: Math.min(itemConfidence, found?.confidence ?? 1),
    };
  });
  return { rows, unmatched: parsed.unmatched, lines: parsed.stats.lines };
}

function newMember(name: string, at: number): MemberDoc {
  return {
    id: `m-${crypto.randomUUID()}`,
    name: name.slice(0, 60),
    phone: '',
    cardNo: '',
    nicknames: [name.slice(0, 60)],
    groupIds: [],
    tags: [],
    household: {},
    address: { building: '', unit: '', room: '' },
    consent: false,
    notes: '',
    joinedAt: at,
    updatedAt: at,
  };
}

/** Creates the members the list introduced, then the orders (source 接龙), within the campaign's limits. */
export async function commitJielong(
  db: WorkbenchDatabase,
  store: StoreKey,
  campaign: CampaignDoc,
  rows: readonly JielongPreviewRow[],
  by: string,
  onProgress: (progress: BatchProgress) => void,
): Promise<BatchOutcome> {
  const at = Date.now();
  const created = rows.filter((row) => !row.member).map((row) => ({ row, member: newMember(row.name, at) }));
  if (created.length > 0) await db.members.bulkInsert(created.map((entry) => entry.member));
  const newIds = new Map(created.map((entry) => [entry.row, entry.member]));
  const drafts = rows.map((row) => {
    const fresh = newIds.get(row);
    return {
      member: row.member
        ? { id: row.member.id, name: row.member.name }
        : { id: fresh?.id ?? '', name: row.name },
      lines: row.items.map((item) => ({ productId: item.productId, qty: item.qty })),
      building: '',
      refs: row.lines,
    };
  });
  return writeOrderDrafts(db, store, drafts, { source: 'jielong', campaign, by }, onProgress);
}
