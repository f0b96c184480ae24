/**
 * The words of a 接龙 post. The post is read by neighbours in a WeChat group, not by the owner's UI, so
 * it keeps WeChat's conventions (the #接龙 tag, ｜ between facts) in both languages.
 */
export interface PostLabels {
  /** The locale money is formatted in. */
  moneyLocale: string;
  tag: string;
  deadline: string;
  pickup: string;
  delivery: string;
  separator: string;
  colon: string;
  formatLead: string;
  exampleName: string;
  date(month: number, day: number): string;
  link(no: number): string;
  limits(perPerson: number, total: number): string;
  formatHint: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const zh: PostLabels = {
  moneyLocale: 'zh-CN',
  tag: '#接龙',
  deadline: '截单',
  pickup: '自提',
  delivery: '可送货',
  separator: ' ｜ ',
  colon: '：',
  formatLead: '接龙格式',
  formatHint: '昵称 商品号×数量，例：',
  exampleName: '李阿姨',
  date: (month, day) => `${month}月${day}日`,
  link: (no) => `${no}号`,
  limits: (perPerson, total) => {
    const parts = [perPerson > 0 ? `每人限${perPerson}` : '', total > 0 ? `限量${total}` : ''];
    const text = parts.filter((part) => part !== '').join('，');
    return text === '' ? '' : `（${text}）`;
  },
};

const en: PostLabels = {
  moneyLocale: 'en',
  tag: '#接龙',
  deadline: 'Order by',
  pickup: 'Pickup',
  delivery: 'Delivery available',
  separator: ' ｜ ',
  colon: ': ',
  formatLead: 'Reply format',
  formatHint: 'nickname item×qty, e.g. ',
  exampleName: 'Amy',
  date: (month, day) => `${months[month - 1] ?? month} ${day}`,
  link: (no) => `#${no}`,
  limits: (perPerson, total) => {
    const parts = [perPerson > 0 ? `max ${perPerson} each` : '', total > 0 ? `${total} in total` : ''];
    const text = parts.filter((part) => part !== '').join(', ');
    return text === '' ? '' : ` (${text})`;
  },
};

/** English for `en` and its regional forms; Chinese for everything else, as the groups are Chinese. */
export function postLabels(locale = 'zh-CN'): PostLabels {
  return locale.toLowerCase().startsWith('en') ? en : zh;
}

/**
 * How header lines begin, in our posts of either language and in the hand-written posts members copy
 * around; the parser skips unnumbered lines that start this way. Lower case, as the parser compares.
 */
export const headerStarts: readonly string[] = [
  ...[zh, en].flatMap((labels) => [labels.tag, labels.deadline, labels.pickup, labels.formatLead]),
  ...['接龙', '截止', '取货', '提货', '团购', '开团', '例', '格式'],
].map((start) => start.toLowerCase());
