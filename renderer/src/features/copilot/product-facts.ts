import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import type { ProductFacts } from '../../../../app/domain/copilot';
import { formatDateTime } from '../../shared/format';

/**
 * What the store actually knows of each product: HQ's catalogue (certifications, shelf life) and the
 * pickup of the open group buy that sells it. Nothing else, so the copilot never claims a fact it lacks.
 */
export async function productFacts(
  db: WorkbenchDatabase,
  products: ReadonlyMap<string, ProductDoc>,
  locale: string,
): Promise<Map<string, ProductFacts>> {
  const catalogIds = [...new Set([...products.values()].map((product) => product.catalogId))];
  const [catalog, campaigns] = await Promise.all([
    db.catalog.findByIds(catalogIds).exec(),
    db.campaigns.find({ selector: { status: 'open' } }).exec(),
  ]);
  const facts = new Map<string, ProductFacts>();
  for (const [id, product] of products) {
    const entry = catalog.get(product.catalogId);
    const campaign = campaigns
      .filter((candidate) => candidate.items.some((item) => item.productId === id))
      .sort((a, b) => a.pickupFrom - b.pickupFrom)[0];
    facts.set(id, {
      certifications: [...(entry?.certifications ?? [])],
      ...(entry && entry.shelfLifeDays > 0 ? { shelfLifeDays: entry.shelfLifeDays } : {}),
      ...(campaign
        ? {
            pickupWindow: `${formatDateTime(campaign.pickupFrom, locale)}–${formatDateTime(campaign.pickupTo, locale)} ${campaign.pickupPlace}`,
          }
        : {}),
    });
  }
  return facts;
}
