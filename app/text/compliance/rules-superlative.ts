import { anyOf, han, literals, regex } from './patterns';
import { everydayAfterZui, longClaims, superlativeScopes } from './superlative-words';
import type { ComplianceRule, RuleText } from './types';

const text: RuleText = {
  zh: '《广告法》第九条第三项：不得使用“国家级”“最高级”“最佳”等用语（含“最”字的绝对化表述）',
  en: 'Advertising Law art. 9(3): no superlatives such as "national-level", "highest" or "best" (最…)',
};

const scope = anyOf(superlativeScopes);
/** 最好吃完, 最好用温水, 最好用八十度的水 are advice, not claims, so these long forms give way to what follows. */
const advisedLong =
  '好吃(?![完掉光])|好喝(?![完掉光])|好用(?![温冷热凉开清小大微0-9一二三四五六七八九十])|好看(?![一下看清])';
const newClaims = '新(?:鲜|技术|科技|工艺|配方|研发|一代)';
/** 受大家欢迎, 受宝妈喜爱. */
const favoured = '受[^,.!?;。]{0,4}(?:欢迎|喜爱|好评|追捧|青睐)';
const long = `${newClaims}|${advisedLong}|${favoured}|${anyOf(longClaims)}`;
/**
 * Without a dictionary, the word after 最 is taken as one character plus a second one unless that is a
 * particle (最甜的 → 最甜, 最基础的 → 最基础), which is enough to show the owner what was said.
 */
const word = `${han}(?:(?![的了是地得啊呀哦吧呢嘛啦哈和与跟就都也还又最])${han})?`;
const everyday = everydayAfterZui.join('|');
/** Cooking or storage before a bare 最好 makes it advice on how to eat (配牛奶最好); 最佳 has safe-terms.ts. */
const howToEat = /(?:配|搭配|蘸|拌|冷藏|冷冻|冰镇|趁热|热着|凉着|加热|煮|蒸|炒|烤|泡|炖)[^,.!?;。]{0,5}$/u;
const clauseEnd = /^(?:$|[,.!?;。了啦哦])/u;
/** Ripeness and storage before 最好吃 say when to eat it (再放两天最好吃, 冰镇后最好喝), not how it compares. */
const whenToEat = /(?:再放|放|等|熟透|熟了|冷藏|冰镇|冷冻|解冻)[^,.!?;。]{0,4}$/u;
/** Within one's own stock, size words compare nothing with other sellers (最大号, 最高的那个). */
const ownStock = /^(?:号|码|尺寸|规格|容量|承重|功率|的?那[个只颗盒箱份袋瓶棵]|的?一[个只颗盒箱份袋瓶棵])/u;

/** Replaces 最 with a plain intensifier (最甜 → 很甜); price claims get a price word instead. */
export function softenSuperlative(term: string): string {
  const rest = term.replace(/\s/gu, '').replace(/^.*?最+/u, '');
  if (/^(?:低|便宜|划算|实惠|优惠|超值|省)/u.test(rest)) return '超值、实惠（不用“最”）';
  const plain: Record<string, string> = { 佳: '很好、优选', 优: '优质', 先进: '先进', 高级: '高品质' };
  return plain[rest] ?? `很${rest}、特别${rest}`;
}

export const superlativeRule: ComplianceRule = {
  id: 'absolute.superlative',
  family: 'absolute',
  text,
  patterns: [
    { match: regex(`(?:${scope})最+(?:${long}|${word})`), suggestion: softenSuperlative },
    {
      match: regex(`最+(?:${long}|(?!${everyday}|[最好大高低快热])${word})`),
      suggestion: softenSuperlative,
      unless: [{ before: whenToEat, after: clauseEnd }],
    },
    {
      match: '最好',
      suggestion: '很好、口碑好',
      // 最好 + a verb is advice (最好提前下单, 最好冷藏) rather than a claim.
      unless: [
        {
          after:
            /^(?:是|还是|别|不要|不|先|提前|早点|早些|尽快|尽量|马上|赶紧|现在|放|冷藏|冷冻|密封|当天|当日|在|趁|选|多|少|避免|咨询|问|联系|备注|留言|拍|下单|囤|直接|一次|搭配|配|跟|和|去|来|等|带|给|让|要|能|可以|自己|洗|泡|煮|蒸|炒|烤|热|加热|晾|吃完|喝完|用完|看一下|看看|看下|现|[0-9一二两三四五六七八九十半]|用[温冷热凉清开小大微0-9一二三四五六七八九十])/u,
        },
        { before: howToEat, after: clauseEnd },
        { before: whenToEat },
      ],
    },
    {
      match: '最大',
      suggestion: '很大、力度很大',
      unless: [{ after: ownStock }, { before: /(?:个头|个子|尺寸|体积|规格|号)$/u }],
    },
    {
      match: '最高',
      suggestion: '很高、高品质',
      // 最高减50 states a cap of a promotion; 最高30度 is the weather.
      unless: [
        { after: /^(?:可|立?减|返|省|抵|送|领|赔|温|气温|温度|-?\d+(?:\.\d+)?度|优惠\d)/u },
        { after: ownStock },
      ],
    },
    {
      match: '最低',
      suggestion: '超值、实惠',
      unless: [
        { after: /^(?:温|气温|温度|-?\d+(?:\.\d+)?度|消费|起送|起订|起购|配送|库存|要求|标准|限度|工资)/u },
        // 全场最低9块9起 states where the price list starts.
        {
          after:
            /^(?:只要|仅要?|仅需|才)?[0-9零一二两三四五六七八九十百.]+(?:块|元|毛)?[0-9一二三四五六七八九]*起/u,
        },
      ],
    },
    {
      match: '最快',
      suggestion: '很快、发货快',
      // 最快明天到 is a delivery estimate.
      unless: [
        { after: /^(?:明|今|后天|当|次日|第二天|隔|\d|[一二两三四五六七八九十半]|上午|下午|晚上|周|也|要)/u },
      ],
    },
    {
      match: '最热',
      suggestion: '热销、很受欢迎',
      unless: [
        { after: /^(?:的?(?:时候|天|日子|季节|月份|那几天)|天|时)/u },
        { before: /(?:天气|气温|夏天|伏天|中午|一年)$/u },
      ],
    },
    {
      // 孩子们的最爱 is a claim about the product; 我最爱吃 is the host's own taste.
      match: /(?<=的)最爱(?![吃喝用买看穿玩听])/u,
      suggestion: '很受欢迎、很多人喜欢',
    },
    ...literals('删除，或改为“热销”“很受欢迎”', ['之最']),
    {
      match: /(?:销量|销售额|卖得|卖的|好评|回购率?|复购率?|人气|点赞|收藏|买的人|选的人|回头客)最多/u,
      suggestion: '热销、很多人回购',
    },
    { match: /最多的?人(?:买|选|回购|喜欢|推荐|下单|种草|好评)/u, suggestion: '很多人买、热销' },
  ],
};
