import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { CatalogItemDoc } from '../../../../app/db/schemas/catalog';
import {
  keywordTrends,
  suggestedKeywords,
  type KeywordTrend,
} from '../../../../app/domain/selection/keyword-trends';
import { rankCatalog, type RankedItem } from '../../../../app/domain/selection/suggestions';
import { loadSegmenter } from '../members/member-service';

export interface SelectionView {
  catalog: CatalogItemDoc[];
  ranked: RankedItem[];
  trends: KeywordTrend[];
}

const days = 86_400_000;

/** Ranks HQ's catalogue for this store from its own orders, what neighbours wrote, its members and the season. */
export async function rankSelection(db: WorkbenchDatabase): Promise<SelectionView> {
  const now = Date.now();
  const [catalog, selection, orders, comments, members, segmenter] = await Promise.all([
    db.catalog.find().exec(),
    db.products.find().exec(),
    db.orders.find({ selector: { createdAt: { $gte: now - 100 * days } } }).exec(),
    db.liveFeed
      .find({ selector: { kind: { $in: ['comment', 'group'] }, at: { $gte: now - 35 * days } } })
      .exec(),
    db.members.find().exec(),
    loadSegmenter(),
  ]);
  const items = catalog.map((doc) => doc.toMutableJSON());
  const memberTags: Record<string, number> = {};
  for (const member of members) for (const tag of member.tags) memberTags[tag] = (memberTags[tag] ?? 0) + 1;
  const trends = keywordTrends(
    comments.map((doc) => ({ at: doc.at, text: doc.text })),
    suggestedKeywords(items),
    segmenter,
    now,
  );
  const ranked = rankCatalog({
    catalog: items,
    selection: selection.map((doc) => doc.toMutableJSON()),
    orders: orders.map((doc) => doc.toMutableJSON()),
    trends,
    memberTags,
    now,
  });
  return { catalog: items, ranked, trends };
}

/** The owner's own price for a product they sell; the margin on screen follows it. */
export async function setOwnPrice(db: WorkbenchDatabase, productId: string, priceFen: number): Promise<void> {
  await (await db.products.findOne(productId).exec())?.incrementalPatch({ priceFen, updatedAt: Date.now() });
}
