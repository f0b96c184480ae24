import { AppError } from '../../contract/errors';
import type { CampaignDoc, CampaignItem } from '../../db/schemas/campaigns';
import type { ProductDoc } from '../../db/schemas/products';
import { formatFen } from '../money';
import { shanghaiDate, shanghaiDay, shanghaiDayStart } from '../orders/shanghai-day';
import { postLabels, type PostLabels } from './labels';
import type { JielongProduct } from './types';

type PostProduct = Pick<ProductDoc, 'id' | 'name' | 'aliases' | 'unit'>;

export interface JielongPostOptions {
  storeName: string;
  /** The post's language; zh-CN unless the owner works in English. */
  locale?: string;
}

/**
 * The campaign's items with their products, in post order. A campaign naming a product the store no
 * longer has cannot be posted: its link numbers would point at nothing.
 */
function campaignProducts(
  campaign: CampaignDoc,
  products: ReadonlyMap<string, PostProduct>,
): { item: CampaignItem; product: PostProduct }[] {
  return campaign.items.map((item) => {
    const product = products.get(item.productId);
    if (product === undefined) {
      throw new AppError('INTERNAL', 'The campaign names a product that does not exist.', {
        campaignId: campaign.id,
        productId: item.productId,
      });
    }
    return { item, product };
  });
}

/** What the parser needs to read replies to this campaign's post: link number = position in the post. */
export function jielongCatalog(
  campaign: CampaignDoc,
  products: ReadonlyMap<string, PostProduct>,
): JielongProduct[] {
  return campaignProducts(campaign, products).map(({ product }, index) => ({
    id: product.id,
    name: product.name,
    aliases: product.aliases,
    linkNo: index + 1,
  }));
}

/** 9:00, 20:00 — posts leave the hour unpadded. */
export function postClock(at: number): string {
  const minutes = Math.floor((at - shanghaiDayStart(shanghaiDay(at))) / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function date(labels: PostLabels, at: number): string {
  const { month, day } = shanghaiDate(at);
  return labels.date(month, day);
}

function pickupWindow(labels: PostLabels, from: number, to: number): string {
  const start = `${date(labels, from)} ${postClock(from)}`;
  return shanghaiDay(from) === shanghaiDay(to)
    ? `${start}-${postClock(to)}`
    : `${start}-${date(labels, to)} ${postClock(to)}`;
}

/** The place already names the store when the owner typed it that way; saying it twice looks careless. */
function pickupPlace(place: string, storeName: string): string {
  return [place.trim(), place.includes(storeName) ? '' : storeName.trim()]
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * The text an owner pastes into a WeChat group to open a 接龙: tag, title, deadline and pickup, one
 * numbered line per item, the reply format with an example, and the first empty slot ("1. ") that
 * neighbours copy and extend. Times are Asia/Shanghai.
 */
export function jielongPost(
  campaign: CampaignDoc,
  products: ReadonlyMap<string, PostProduct>,
  options: JielongPostOptions,
): string {
  const labels = postLabels(options.locale);
  const rows = campaignProducts(campaign, products);
  const facts = [
    `${labels.deadline}${labels.colon}${date(labels, campaign.deadline)} ${postClock(campaign.deadline)}`,
    `${labels.pickup}${labels.colon}${pickupWindow(labels, campaign.pickupFrom, campaign.pickupTo)} ${pickupPlace(campaign.pickupPlace, options.storeName)}`,
    campaign.delivery ? labels.delivery : '',
  ].filter((fact) => fact !== '');
  const items = rows.map(({ item, product }, index) => {
    const price = `${formatFen(item.priceFen, labels.moneyLocale)}/${product.unit}`;
    return `${labels.link(index + 1)} ${product.name} ${price}${labels.limits(item.perPersonLimit, item.totalLimit)}`;
  });
  // The example names two different items when it can, so neighbours see that one line may hold several.
  const second = Math.min(3, rows.length);
  const example = `1. ${labels.exampleName} ${labels.link(1)}×2${second > 1 ? ` ${labels.link(second)}×1` : ''}`;
  return [
    labels.tag,
    ...(campaign.title.trim() === '' ? [] : [campaign.title.trim()]),
    facts.join(labels.separator),
    ...items,
    `${labels.formatLead}${labels.colon}${labels.formatHint}${example}`,
    '',
    '1. ',
  ].join('\n');
}
