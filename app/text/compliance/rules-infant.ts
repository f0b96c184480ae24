import type { ComplianceRule, RuleText } from './types';

export const infantText: RuleText = {
  zh: '《广告法》第二十条及婴幼儿配方食品标签规定：不得宣称全部或部分替代母乳，不得宣传益智、增强抵抗力等功能',
  en: 'Advertising Law art. 20 and infant-formula labelling rules: no claims of replacing breast milk, boosting intelligence or immunity',
};

/**
 * A medical claim in a line about babies is judged under the stricter infant rules; check.ts re-files it
 * under this family when one of these words is present.
 */
// 宝宝们 is how hosts address viewers, not babies.
export const infantContext = /宝宝(?!们)|婴|幼儿|新生儿|辅食|母乳|月龄|儿童|孩子|小朋友|娃/u;

export const breastMilkRule: ComplianceRule = {
  id: 'infant.breastmilk',
  family: 'infant',
  text: infantText,
  negatable: true,
  patterns: [
    {
      match:
        /最?(?:替代|代替|取代|等同于?|媲美|接近|堪比|比肩|超越|胜过|赛过|好过|不输|相当于|类似|如同)母乳|母乳(?:化|级|同款|配方|水平)|母乳[^,.!?;。]{0,4}(?:替代品?|代替品|代用品)|(?:跟|和|与|像)母乳[^,.!?;。]{0,4}(?:一样|差不多|相同|相似|媲美|接近|一模一样)|类母乳|仿母乳/u,
      suggestion: '删除（不得宣称替代母乳）；可说明配方依据的国家标准',
    },
  ],
};

export const developmentRule: ComplianceRule = {
  id: 'infant.development',
  family: 'infant',
  text: infantText,
  negatable: true,
  patterns: [
    {
      match: /益智|(?:提高|开发|增强|提升|促进)?智力(?:发育)?/u,
      suggestion: '删除（不得宣传益智）',
      // Toys and games are sold as 益智 (educational); only food may not claim it.
      unless: [{ after: /^(?:玩具|游戏|类|题|测试|拼图|积木|卡片|绘本|桌游)/u }],
    },
    {
      match:
        /(?:促进|帮助|有助于?|有利于)?(?:大脑|脑部|脑|视力|骨骼|神经|胎儿)发育|(?:促进|帮助|有助于?|有利于)(?:生长|身体|身高)?发育/u,
      suggestion: '营养均衡（不宣传发育功能）',
    },
    {
      match:
        /(?:帮助|促进|助力|有助于?)?(?:长高|增高|长个子|长个儿|蹿个子?|窜个子?)|长到一米[0-9五六七八九]|个子[^,.!?;。]{0,2}(?:蹿|窜|长)|[蹿窜]得快/u,
      suggestion: '营养均衡（不宣传长高）',
    },
    { match: /(?:更|变|越吃越|吃了)聪明/u, suggestion: '删除（不得宣传益智）' },
    {
      match: /(?:增强|提高|提升|增加|加强)?(?:宝宝|孩子|儿童|宝贝|娃)?的?抵抗力|保护力|自护力|自愈力/u,
      suggestion: '营养均衡（不宣传增强抵抗力）',
    },
    {
      match: /(?:更|变)(?:强壮|健壮|结实)|长得?更(?:高|壮)|长得?又高又壮/u,
      suggestion: '营养均衡（不宣传发育功能）',
    },
    {
      match: /(?:防|预防|抗|减少|降低)过敏/u,
      suggestion: '删除（不得宣传防过敏）；可如实写“适度水解”等配方事实',
    },
    { match: /(?:少|不爱|不容易|很少)(?:生病|感冒|发烧)|不生病/u, suggestion: '营养均衡' },
  ],
};
