import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import { shanghaiDate, shanghaiDay } from '../orders/shanghai-day';

export type TrustLevel = 'new' | 'regular' | 'loyal' | 'ambassador';

export interface TrustNumbers {
  /** Sales (accepted, not cancelled or refunded), all time up to `now`. */
  orders: number;
  /** Calendar months of the window (this month and the five before, Asia/Shanghai) with a sale. */
  activeMonths: number;
  /** 0–1: the share of sales made on a later day than the member's first purchase ("came back"). */
  repurchaseRate: number;
  /** Mean 0–10 pickup answer over the window's sales and refunds, one decimal; null when none answered. */
  avgNps: number | null;
  /** Refunded orders in the window. */
  refunds: number;
}

/**
 * Why the level is what it is, as i18n keys (`members.trust.<reason>`) rather than sentences: the renderer
 * words them, filling in `numbers`. A reason either earned the level or held back the next one.
 */
export type TrustReason =
  | 'noOrders'
  | 'oneVisit'
  | 'repeatVisits'
  | 'fewActiveMonths'
  | 'steadyMonths'
  | 'almostEveryMonth'
  | 'npsHigh'
  | 'npsPromoter'
  | 'npsLow'
  | 'npsUnanswered'
  | 'npsFewAnswers'
  | 'manyRefunds'
  | 'recentRefund';

export interface TrustAssessment {
  level: TrustLevel;
  numbers: TrustNumbers;
  reasons: TrustReason[];
}

/**
 * - new: fewer than 2 purchase days, ever.
 * - regular: bought on 2 or more different days, ever; trust once earned does not lapse with a quiet spell.
 * - loyal: regular, and a sale in ≥ 3 of the last 6 months, and average NPS ≥ 8 — or no answers yet, since
 *   most neighbours skip the question and their buying already speaks — and at most 1 refund in the window.
 * - ambassador: loyal, and a sale in ≥ 5 of the last 6 months, and average NPS ≥ 9 (a promoter) from at
 *   least 3 answers, and no refund in the window: someone the owner can ask to bring neighbours.
 */
export const trustThresholds = {
  windowMonths: 6,
  regularDays: 2,
  loyalActiveMonths: 3,
  loyalAvgNps: 8,
  loyalMaxRefunds: 1,
  ambassadorActiveMonths: 5,
  ambassadorAvgNps: 9,
  ambassadorNpsAnswers: 3,
  ambassadorMaxRefunds: 0,
} as const;

/** Orders that are sales, as in the period summary: accepted by the store and not undone. */
const sales = new Set<OrderStatus>(['confirmed', 'paid', 'ready', 'pickedUp', 'delivered']);

export function trustLevel(
  orders: Pick<OrderDoc, 'status' | 'createdAt' | 'nps' | 'totalFen'>[],
  now: number,
): TrustAssessment {
  const t = trustThresholds;
  const thisMonth = monthIndex(now);
  const inWindow = (at: number): boolean => thisMonth - monthIndex(at) < t.windowMonths;
  const past = orders.filter((o) => o.createdAt <= now);
  const sold = past.filter((o) => sales.has(o.status));
  const windowed = past.filter((o) => inWindow(o.createdAt));

  const days = sold.map((o) => shanghaiDay(o.createdAt));
  const firstDay = days.length === 0 ? 0 : Math.min(...days);
  const purchaseDays = new Set(days).size;
  const activeMonths = new Set(sold.filter((o) => inWindow(o.createdAt)).map((o) => monthIndex(o.createdAt)))
    .size;
  const answers = windowed
    .filter((o) => (sales.has(o.status) || o.status === 'refunded') && o.nps >= 0)
    .map((o) => o.nps);
  // Rounded before the thresholds see it, so the owner never reads 9.0 next to "not a promoter".
  const avgNps =
    answers.length === 0 ? null : Math.round((answers.reduce((a, b) => a + b, 0) / answers.length) * 10) / 10;
  const numbers: TrustNumbers = {
    orders: sold.length,
    activeMonths,
    repurchaseRate:
      sold.length === 0 ? 0 : Math.round((days.filter((d) => d > firstDay).length / sold.length) * 100) / 100,
    avgNps,
    refunds: windowed.filter((o) => o.status === 'refunded').length,
  };

  if (sold.length === 0) return { level: 'new', numbers, reasons: ['noOrders'] };
  if (purchaseDays < t.regularDays) return { level: 'new', numbers, reasons: ['oneVisit'] };

  const reasons: TrustReason[] = ['repeatVisits'];
  const steady = activeMonths >= t.loyalActiveMonths;
  const npsOk = avgNps === null || avgNps >= t.loyalAvgNps;
  const refundsOk = numbers.refunds <= t.loyalMaxRefunds;
  reasons.push(steady ? 'steadyMonths' : 'fewActiveMonths');
  reasons.push(avgNps === null ? 'npsUnanswered' : avgNps >= t.loyalAvgNps ? 'npsHigh' : 'npsLow');
  if (!refundsOk) reasons.push('manyRefunds');
  if (!steady || !npsOk || !refundsOk) return { level: 'regular', numbers, reasons };

  const almostEvery = activeMonths >= t.ambassadorActiveMonths;
  const promoter = avgNps !== null && avgNps >= t.ambassadorAvgNps;
  const enoughAnswers = answers.length >= t.ambassadorNpsAnswers;
  const spotless = numbers.refunds <= t.ambassadorMaxRefunds;
  if (almostEvery && promoter && enoughAnswers && spotless) {
    return { level: 'ambassador', numbers, reasons: ['repeatVisits', 'almostEveryMonth', 'npsPromoter'] };
  }
  // Loyal: say what the member still lacks for ambassador only when the monthly rhythm is already there.
  if (almostEvery && promoter && !enoughAnswers) reasons.push('npsFewAnswers');
  if (almostEvery && promoter && enoughAnswers && !spotless) reasons.push('recentRefund');
  return { level: 'loyal', numbers, reasons };
}

/** Months since year 0 in Asia/Shanghai, so "the last 6 months" are calendar months where the store is. */
function monthIndex(at: number): number {
  const { year, month } = shanghaiDate(at);
  return year * 12 + month - 1;
}
