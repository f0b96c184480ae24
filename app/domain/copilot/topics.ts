import type { QuestionTopic } from './types';

/**
 * Keywords of each topic, tried in this order on normalized text (see normalizeText): the first topic
 * that matches wins. The order settles overlaps: 保质期几个月 is shelf life before 几个月 makes it age,
 * 多少钱 outranks everything because a price question often names something else (今天的鸡蛋多少钱).
 */
const topicPatterns: readonly (readonly [QuestionTopic, RegExp])[] = [
  ['price', /多少钱|多少米|几块|什么价|啥价|价格|价钱|贵不贵|单价|price|how much|cost/u],
  [
    'shelfLife',
    /保质期|保鲜|生产日期|过期|放多久|能放几|新鲜吗|新不新鲜|是(?:今天|当天|昨天|新鲜)的|(?:今天|当天)的?吗|shelf life|expir|fresh/u,
  ],
  [
    'age',
    /月龄|几个月|多大的?(?:宝宝|孩子|小孩|娃|宝贝)|(?:宝宝|孩子|小孩|娃|宝贝)能(?:吃|喝|用)|几岁|多少岁|几段|哪段|婴儿|how old|months? old|\bage\b/u,
  ],
  ['afterSales', /退货|退款|能退|可以退|包退|退换|换货|售后|坏了怎么办|refund|return/u],
  [
    'stock',
    /还有吗|还有没有|有没有货|有货|没货|库存|卖完|断货|还剩|抢完|补货|到货|in stock|sold out|any left/u,
  ],
  ['delivery', /送货|配送|送到|送吗|能送|上门|快递|几栋|\d+栋|\d+号楼|deliver/u],
  ['pickup', /自提|取货|提货|拿货|在哪(?:拿|取)|哪里(?:拿|取)|pick ?up/u],
  [
    'ingredients',
    /配料|成分|添加剂|防腐剂|添加|含糖|加糖|过敏原|有哪些|里面有|都有什么|ingredient|additive|preservative/u,
  ],
  ['size', /规格|多大|几斤|多重|多少克|多少g|几个装|几枚|多少毫升|容量|分量|尺寸|size|weight|how big/u],
  [
    'howToBuy',
    /怎么买|怎么下单|怎么拍|在哪拍|哪个链接|几号链接|链接在哪|怎么付|how (?:to|do i) (?:buy|order)/u,
  ],
];

/**
 * Topics the store answers once for everyone, not per product. A question about them stays with the
 * product it names but is never attributed to the product on air.
 */
const storeWide: ReadonlySet<QuestionTopic> = new Set(['pickup', 'delivery', 'howToBuy', 'afterSales']);

/**
 * "When?" about a product is when one gets it (or, for a class, when it takes place); without one it may be
 * about anything (几点下播), so it is left to similarity.
 */
const when = /什么时候|几点|哪天|周几|星期几|\bwhen\b/u;

/** The topic of a normalized question; `namesProduct` when the comment itself names a product. */
export function questionTopic(normalized: string, namesProduct: boolean): QuestionTopic | null {
  for (const [topic, pattern] of topicPatterns) if (pattern.test(normalized)) return topic;
  return namesProduct && when.test(normalized) ? 'pickup' : null;
}

export function isStoreWide(topic: QuestionTopic | null): boolean {
  return topic !== null && storeWide.has(topic);
}
