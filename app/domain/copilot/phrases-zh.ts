import type { CopilotPhrases } from './phrases';

/** 365天 → 1年, 180天 → 6个月: how shelf life is printed on Chinese packs. */
function duration(days: number): string {
  if (days >= 365 && days % 365 === 0) return `${days / 365}年`;
  if (days >= 60 && days % 30 === 0) return `${days / 30}个月`;
  return `${days}天`;
}

/**
 * The templates hold no risky words (最, 第一, 绝对, 保证 …): only the facts put into them can trip the
 * compliance check, and screen.ts handles those.
 */
export const zhPhrases: CopilotPhrases = {
  topic: {
    price: '价格',
    shelfLife: '保质期和新鲜度',
    age: '适合多大的宝宝',
    afterSales: '售后',
    stock: '还有没有货',
    delivery: '能不能送货',
    pickup: '什么时候自提',
    ingredients: '配料',
    size: '规格',
    howToBuy: '怎么下单',
  },
  reply: {
    age: (name, age) => `${name}适合${age}的宝宝`,
    price: (name, price, unit, link) => `${name}${price}一${unit}，拍${link}号链接`,
    inStock: (name, left, unit) => `${name}还有${left}${unit}`,
    soldOut: (name) => `${name}这一批已经卖完了`,
    pickup: (window) => `自提时间：${window}`,
    schedule: (name, window) => `${name}的时间：${window}`,
    delivery: (text) => `送货：${text}`,
    ingredients: (name, text) => `${name}的配料：${text}`,
    shelfLife: (name, days) => `${name}保质期${duration(days)}`,
    size: (name, spec, unit) => `${name}规格是${spec}一${unit}`,
    howToBuy: (link) =>
      link === null
        ? '拍对应商品号的链接，或者评论“商品号+数量”'
        : `拍${link}号链接，或者评论“${link}号+数量”`,
    afterSales: (text) => `售后：${text}`,
    origin: (name, origin) => `${name}产地是${origin}`,
  },
  line: {
    asked: (people, topic, reply) =>
      `${people > 1 ? `刚才有${people}位朋友` : '刚才有朋友'}问${topic}，${reply}`,
    scarce: (name, left, unit, link) => `${name}只剩${left}${unit}了，需要的朋友抓紧拍${link}号链接`,
    soldOut: (name) => `${name}这一批已经卖完了，还想要的朋友在评论区留言，下播后接龙登记`,
    closing: (name, link) => `${name}马上要讲下一个了，还没拍的朋友抓紧拍${link}号链接`,
    ordered: (buyers, name, link) => `已经有${buyers}位朋友要了${name}，还没跟上的拍${link}号链接`,
    certified: (name, certifications) => `${name}的认证：${certifications}`,
    price: (name, price, unit) => `${name}${price}一${unit}`,
    howToBuy: (name, link) => `想要${name}的朋友拍${link}号链接，或者评论“${link}号+数量”，我来登记`,
    invite: (name) => `对${name}有什么想问的，打在评论区，我挨个回答`,
  },
  point: {
    price: (price, unit) => `${price}一${unit}`,
    shelfLife: (days) => `保质期${duration(days)}`,
    age: (age) => `适合${age}`,
    spec: (spec, unit) => `${spec}一${unit}`,
    origin: (origin) => `产地${origin}`,
    pickup: (window) => `自提${window}`,
    stockLeft: (left, unit) => `仅剩${left}${unit}`,
    ingredients: (text) => `配料：${text}`,
  },
  note: {
    margin: (percent) => `毛利${percent}%（只给你看，不要在直播里说）`,
    unanswered: (people, question) => `${people}人问“${question}”，商品资料里没有答案，需要你亲自回答`,
  },
  thisOne: '这款',
  listSeparator: '、',
};
