import { AppError } from '../../contract/errors';
import type { CampaignDoc } from '../../db/schemas/campaigns';

/** What the owner fills in: a campaign before it has a status and timestamps. */
export type CampaignInput = Omit<CampaignDoc, 'status' | 'createdAt' | 'updatedAt'>;

const invalid = (field: string, message: string) => new AppError('CAMPAIGN_INVALID', message, { field });

/**
 * An open campaign from what the owner filled in, or the first thing that is wrong with it, named by
 * field so the form can point at it.
 */
export function buildCampaign(input: CampaignInput, now: number): CampaignDoc {
  const title = input.title.trim();
  if (title === '' || title.length > 120)
    throw invalid('title', 'A campaign needs a title of at most 120 characters');
  if (input.items.length === 0) throw invalid('items', 'Pick at least one product');
  if (new Set(input.items.map((item) => item.productId)).size !== input.items.length) {
    throw invalid('items', 'Each product can be in a campaign once');
  }
  for (const item of input.items) {
    if (!Number.isInteger(item.priceFen) || item.priceFen <= 0)
      throw invalid('price', 'Every product needs a price above 0');
    if (item.totalLimit > 0 && item.perPersonLimit > item.totalLimit) {
      throw invalid('limits', 'A per-person limit cannot exceed the total limit');
    }
  }
  if (!(input.deadline > now)) throw invalid('deadline', 'The deadline must be in the future');
  if (!(input.pickupFrom < input.pickupTo)) throw invalid('pickup', 'Pickup must end after it starts');
  if (input.pickupFrom < input.deadline) throw invalid('pickup', 'Pickup starts after the deadline');
  const pickupPlace = input.pickupPlace.trim();
  if (pickupPlace === '') throw invalid('pickupPlace', 'Say where neighbours pick up');
  return {
    id: input.id,
    title,
    status: 'open',
    items: input.items.map((item) => ({ ...item })),
    groupIds: [...input.groupIds],
    deadline: input.deadline,
    pickupFrom: input.pickupFrom,
    pickupTo: input.pickupTo,
    pickupPlace,
    delivery: input.delivery,
    createdAt: now,
    updatedAt: now,
  };
}
