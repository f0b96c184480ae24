import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { OrderDraft } from '../../../../../app/domain/import/group-orders';
import type { StoreKey } from '../../../../../app/domain/pickup/store-key';
import { writeOrderDrafts, type BatchOutcome, type BatchProgress } from './order-batch';

/**
 * Writes the confirmed rows of an import. Neighbours are linked to members by phone; the rest keep the
 * name from the file (the import does not invent members from another tool's export).
 */
export async function commitImport(
  db: WorkbenchDatabase,
  store: StoreKey,
  drafts: readonly OrderDraft[],
  by: string,
  onProgress: (progress: BatchProgress) => void,
): Promise<BatchOutcome> {
  const members = new Map((await db.members.find().exec()).filter((m) => m.phone).map((m) => [m.phone, m]));
  const inputs = drafts.map((draft) => {
    const member = members.get(draft.phone);
    return {
      member: member
        ? { id: member.id, name: member.nicknames[0] ?? member.name }
        : { id: '', name: draft.name },
      lines: draft.lines.map((line) => ({ productId: line.productId, qty: line.qty })),
      building: draft.building,
      refs: draft.rows,
    };
  });
  return writeOrderDrafts(db, store, inputs, { source: 'import', by }, onProgress);
}
