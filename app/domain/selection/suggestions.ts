import type { CatalogItemDoc } from '../../db/schemas/catalog';
import type { ProductDoc } from '../../db/schemas/products';
import { marginPercent } from '../money';
import { shanghaiDate } from '../orders/shanghai-day';
import { normalizeKeyword } from './keyword-match';
import type { KeywordTrend, TrendDirection } from './keyword-trends';
import { salesByCatalog, type CatalogSales, type SalesOrder } from './sales-stats';
import { seasonFor, seasonTable, type SeasonRule } from './season';

export type ReasonKind =
  'trend' | 'pastSales' | 'repurchase' | 'season' | 'audience' | 'margin' | 'certification';

export interface RankReason {
  kind: ReasonKind;
  /** zh-CN, short, with its number, for the owner. */
  text: string;
  /** Points this reason adds to the score; the reasons of an item add up to its score exactly. */
  weight: number;
}

export interface RankedItem {
  catalogId: string;
  /** The store sells it: an active product is made from this catalogue item. */
  inSelection: boolean;
  score: number;
  /** Strongest first; empty when nothing speaks for the item. */
  reasons: RankReason[];
}

export interface RankCatalogInput {
  catalog: readonly CatalogItemDoc[];
  selection: readonly ProductDoc[];
  orders: readonly SalesOrder[];
  trends: readonly KeywordTrend[];
  /** How many members carry each scene tag (有孩家庭 → 56). */
  memberTags: Readonly<Record<string, number>>;
  now: number;
  /** 1–12; the Asia/Shanghai month of `now` when left out. */
  month?: number;
  seasons?: readonly SeasonRule[];
}

/**
 * How much each signal is worth, in points. The store's own sales can give up to 55 (sold + repurchase) and
 * chat up to 30, so proven sellers lead while items neighbours keep asking for can still pass a slow seller;
 * context (season 10, audience 15, margin 15, certifications 6) orders items the evidence does not separate.
 * Counts grow by doublings (log2): the step from 0 to 10 sold says more than the one from 40 to 50.
 *
 * - trend: 2 per mention this week, ×1.5 when rising or new, ×0.5 when falling; at most 20 per keyword and
 *   30 for all keywords of an item.
 * - pastSales: 5 per doubling of units sold last month (5·log2(1+units)): 1 → 5, 10 → 17, 42 → 25; at most 25.
 * - repurchase: 0.3 per percent of repeat buyers (38% → 11); only with 3 buyers or more, as 1 of 1 is luck.
 * - season: 10 when the season table puts the item in season this month.
 * - audience: 3 per doubling of members carrying the item's largest scene tag (56 → 17 → capped 15).
 * - margin: 0.5 per percent of gross margin above 20% (33% → 7); at most 15.
 * - certification: 3 each; at most 6.
 */
export const scoringWeights = {
  trend: {
    perMention: 2,
    maxPerKeyword: 20,
    max: 30,
    factor: { new: 1.5, rising: 1.5, steady: 1, falling: 0.5 } satisfies Record<TrendDirection, number>,
  },
  pastSales: { perDoubling: 5, max: 25 },
  repurchase: { perPercent: 0.3, minBuyers: 3 },
  season: { inSeason: 10 },
  audience: { perDoubling: 3, max: 15 },
  margin: { abovePercent: 20, perPercent: 0.5, max: 15 },
  certification: { each: 3, max: 6 },
} as const;

const trendNote: Record<TrendDirection, string> = {
  new: '（新出现）',
  rising: '（升温）',
  steady: '',
  falling: '（降温）',
};

/**
 * The catalogue ranked for the owner's selection, strongest first (ties keep catalogue order), both items
 * the store does not sell yet and those it does, each with the reasons behind its score.
 */
export function rankCatalog(input: RankCatalogInput): RankedItem[] {
  const month = input.month ?? shanghaiDate(input.now).month;
  const seasons = input.seasons ?? seasonTable;
  const sales = salesByCatalog(input.orders, input.selection, input.now);
  const sold = new Map<string, ProductDoc>();
  for (const product of input.selection) {
    if (product.active && !sold.has(product.catalogId)) sold.set(product.catalogId, product);
  }
  const trends = input.trends.filter((trend) => (trend.weeks[0] ?? 0) > 0);
  const ranked = input.catalog.map((item): RankedItem => {
    const product = sold.get(item.id);
    const reasons = [
      ...trendReasons(item, trends),
      ...salesReasons(item, sales.get(item.id)),
      ...seasonReasons(seasonFor(item, month, seasons)),
      ...audienceReasons(item, input.memberTags),
      ...marginReasons(product?.priceFen ?? item.suggestedPriceFen, product?.costFen ?? item.costFen),
      ...certificationReasons(item),
    ]
      .filter((reason) => reason.weight > 0)
      .sort((a, b) => b.weight - a.weight);
    const score = reasons.reduce((sum, reason) => sum + reason.weight, 0);
    return { catalogId: item.id, inSelection: product !== undefined, score, reasons };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

const doublings = (count: number): number => Math.log2(1 + count);

/** Gives each reason its weight until `max` is spent, strongest first, so that reasons still add up. */
function capped(reasons: RankReason[], max: number): RankReason[] {
  let left = max;
  return [...reasons]
    .sort((a, b) => b.weight - a.weight)
    .map((reason) => {
      const weight = Math.min(reason.weight, left);
      left -= weight;
      return { ...reason, weight };
    });
}

/** A keyword fits an item when it is one of its tags or certifications, or (2+ characters) in its name. */
function trendReasons(item: CatalogItemDoc, trends: readonly KeywordTrend[]): RankReason[] {
  const { perMention, maxPerKeyword, max, factor } = scoringWeights.trend;
  const labels = new Set([...item.tags, ...item.certifications].map(normalizeKeyword));
  const name = normalizeKeyword(item.name);
  const reasons = trends
    .filter((trend) => {
      const key = normalizeKeyword(trend.keyword);
      return key !== '' && (labels.has(key) || (key.length >= 2 && name.includes(key)));
    })
    .map((trend): RankReason => {
      const mentions = trend.weeks[0] ?? 0;
      return {
        kind: 'trend',
        text: `近一周顾客提到“${trend.keyword}” ${mentions} 次${trendNote[trend.trend]}`,
        weight: Math.min(maxPerKeyword, Math.round(mentions * perMention * factor[trend.trend])),
      };
    });
  return capped(reasons, max);
}

function salesReasons(item: CatalogItemDoc, sales: CatalogSales | undefined): RankReason[] {
  if (sales === undefined) return [];
  const reasons: RankReason[] = [];
  const { pastSales, repurchase } = scoringWeights;
  if (sales.soldLastMonth > 0) {
    reasons.push({
      kind: 'pastSales',
      text: `上月卖出 ${sales.soldLastMonth} ${item.unit.trim() || '件'}`,
      weight: Math.min(pastSales.max, Math.round(pastSales.perDoubling * doublings(sales.soldLastMonth))),
    });
  }
  if (sales.buyers >= repurchase.minBuyers && sales.repeatBuyers > 0) {
    const percent = Math.round((sales.repeatBuyers / sales.buyers) * 100);
    reasons.push({
      kind: 'repurchase',
      text: `复购率 ${percent}%`,
      weight: Math.round(percent * repurchase.perPercent),
    });
  }
  return reasons;
}

function seasonReasons(rule: SeasonRule | undefined): RankReason[] {
  return rule === undefined
    ? []
    : [{ kind: 'season', text: rule.text, weight: scoringWeights.season.inSeason }];
}

/** Only the item's largest audience counts: a parent and a grandparent may be the same household. */
function audienceReasons(item: CatalogItemDoc, memberTags: Readonly<Record<string, number>>): RankReason[] {
  const { perDoubling, max } = scoringWeights.audience;
  let best: { tag: string; members: number } | undefined;
  for (const tag of item.tags) {
    const members = memberTags[tag] ?? 0;
    if (members > 0 && (best === undefined || members > best.members)) best = { tag, members };
  }
  if (best === undefined) return [];
  return [
    {
      kind: 'audience',
      text: `${best.tag} ${best.members} 位会员`,
      weight: Math.min(max, Math.round(perDoubling * doublings(best.members))),
    },
  ];
}

/** The store's own price and cost once it sells the item, HQ's suggested price before. */
function marginReasons(priceFen: number, costFen: number): RankReason[] {
  const percent = marginPercent(priceFen, costFen);
  if (percent === null) return [];
  const { abovePercent, perPercent, max } = scoringWeights.margin;
  const weight = Math.min(max, Math.round((percent - abovePercent) * perPercent));
  return [{ kind: 'margin', text: `毛利 ${percent}%`, weight }];
}

function certificationReasons(item: CatalogItemDoc): RankReason[] {
  const { each, max } = scoringWeights.certification;
  const names = [...new Set(item.certifications.map((name) => name.trim()).filter((name) => name !== ''))];
  return capped(
    names.map((name) => ({ kind: 'certification', text: name, weight: each })),
    max,
  );
}
