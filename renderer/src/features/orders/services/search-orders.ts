import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { OrderDoc } from '../../../../../app/db/schemas/orders';
import { dateQueryRange, matchesText, parseOrderQuery } from '../../../../../app/domain/orders/search';

export const searchLimit = 100;
const textWindow = 90 * 86_400_000;

const plain = (docs: { toMutableJSON(): OrderDoc }[]) => docs.map((doc) => doc.toMutableJSON());

/**
 * One search box for the counter: a pickup code, the last 4 digits of a phone, a date, or a nickname or
 * product. Each kind goes through its own index; free text scans the last 90 days only.
 */
export async function searchOrders(
  db: WorkbenchDatabase,
  text: string,
  now = Date.now(),
): Promise<OrderDoc[]> {
  const query = parseOrderQuery(text);
  switch (query.kind) {
    case 'pickupCode': {
      // A whole code goes straight through the index; a partial one (read off a smudged slip) is a prefix scan.
      const selector =
        query.value.length === 10
          ? { pickupCode: query.value }
          : { pickupCode: { $regex: `^${query.value}` } };
      return plain(await db.orders.find({ selector, limit: searchLimit }).exec());
    }
    case 'phoneTail': {
      const members = await db.members.find({ selector: { phone: { $regex: `${query.value}$` } } }).exec();
      if (members.length === 0) return [];
      const ids = members.map((member) => member.id);
      return plain(
        await db.orders
          .find({ selector: { memberId: { $in: ids } }, sort: [{ createdAt: 'desc' }], limit: searchLimit })
          .exec(),
      );
    }
    case 'date': {
      const range = dateQueryRange(query, now);
      if (!range) return [];
      return plain(
        await db.orders
          .find({
            selector: { createdAt: { $gte: range.from, $lt: range.to } },
            sort: [{ createdAt: 'desc' }],
            limit: searchLimit,
          })
          .exec(),
      );
    }
    case 'text': {
      const recent = await db.orders
        .find({ selector: { createdAt: { $gte: now - textWindow } }, sort: [{ createdAt: 'desc' }] })
        .exec();
      return plain(recent)
        .filter((order) => matchesText(order, query.value))
        .slice(0, searchLimit);
    }
  }
}
