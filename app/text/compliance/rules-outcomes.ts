import { literals } from './patterns';
import { medicalText } from './rules-medical';
import type { ComplianceRule } from './types';

/**
 * What a product did to someone's body, told as a result rather than named as a function: a slimmer
 * waist, whiter skin, no more colds. Hosts say it as a testimonial (我吃了三个月…); it is the same claim.
 */
export const outcomeRule: ComplianceRule = {
  id: 'medical.outcome',
  family: 'medical',
  text: medicalText,
  negatable: true,
  patterns: [
    {
      match:
        /(?:都|也|再也|从来)没(?:有)?(?:感冒|生病|发烧|咳嗽|犯病|犯过)|(?:马上|立刻|立马|当场|一贴|一用|一抹)就?不(?:疼|痛)/u,
      suggestion: '删除疗效说法，只介绍产品本身',
    },
    {
      match:
        /(?:吃|喝|用|涂|抹|敷|贴)了?[^,.!?;。]{0,6}(?:白了|瘦了(?:[0-9一二两三四五六七八九十几]+斤)?|不疼了|不痛了|不痒了|消了|降了|年轻了|长高了|好转了)/u,
      suggestion: '删除效果承诺，只介绍产品本身',
    },
    {
      // 对身体好 is too vague to count; a named organ makes it a health claim (对肠胃好, 对眼睛有好处).
      match:
        /对[^,.!?;。]{0,4}(?:肠道|肠胃|胃|肝|肾|心脏|心脑|血管|关节|骨骼|大脑|眼睛|视力|皮肤|睡眠)(?:好|有好处|有益|有帮助)/u,
      suggestion: '删除功效说法，只介绍成分与口感',
    },
    {
      match: /(?:吃|喝)了?[^,.!?;。]{0,4}睡(?:觉|得)[^,.!?;。]{0,2}(?:香|好|踏实|安稳|沉)/u,
      suggestion: '删除助眠说法，只介绍口感',
    },
    ...literals('删除（不得暗示饮酒无害）', ['不上头', '不头疼', '不头痛', '不伤身', '不伤肝', '不伤胃']),
  ],
};

/** Food may not promise beauty at all; cosmetics may not use medical words for it (修复). */
export const beautyRule: ComplianceRule = {
  id: 'medical.beauty',
  family: 'medical',
  text: medicalText,
  negatable: true,
  patterns: [
    ...literals('口感好、营养丰富（不宣传美容功效）', [
      '美白',
      '祛斑',
      '淡斑',
      '祛痘',
      '去皱',
      '抗皱',
      '丰胸',
      '乌发',
      '防脱',
      '美容养颜',
      '养颜',
      '驻颜',
    ]),
    {
      // Eating or drinking something that changes skin or hair is a health claim for a food (喝了皮肤紧致).
      match:
        /(?:吃|喝)了?[^,.!?;。]{0,6}(?:皮肤|脸|肤色|气色|头发)|头发[^,.!?;。]{0,3}(?:变黑|黑了|不掉|不脱|浓密)|白了[一几两]个度/u,
      suggestion: '删除效果承诺，只介绍成分与口感',
    },
    {
      match:
        /(?:皮肤|脸|肤色|气色)[^,.!?;。]{0,3}变(?:白|嫩|亮|好|年轻|红润)|皱纹(?:都|就|全|也)?(?:没了|消失|不见|淡了|少了)/u,
      suggestion: '删除效果承诺，只介绍成分与使用感受',
    },
    {
      match:
        /年轻[0-9一二两三四五六七八九十几]+岁|修复(?:受损|肌肤|皮肤|屏障|细胞|损伤|胃|肝|肠)|激活细胞|细胞再生/u,
      suggestion: '删除效果承诺，只介绍成分与使用感受',
    },
  ],
};

/** Weight loss, the claim most often made for snacks, teas and meal replacements. */
export const slimmingRule: ComplianceRule = {
  id: 'medical.slimming',
  family: 'medical',
  text: medicalText,
  negatable: true,
  patterns: [
    // 减肥期间也能吃 says the food suits a diet; it does not promise weight loss.
    { match: '减肥', suggestion: '低脂、轻食', unless: [{ after: /^(?:期|中的|的时候)/u }] },
    { match: /(?:就|也)能瘦|能瘦[0-9一二两三四五六七八九十几]+斤/u, suggestion: '低脂、轻食' },
    ...literals('低脂、轻食', ['瘦身', '燃脂', '刮油', '掉秤', '暴瘦', '躺瘦', '吃不胖']),
    {
      match:
        /(?:吃|喝)[^,.!?;。]{0,3}(?:都|也)不(?:会)?胖|不会胖|不(?:长|发)胖|不长肉|瘦了?[0-9一二两三四五六七八九十几]+斤/u,
      suggestion: '低脂、轻食',
    },
    {
      match: /(?:帮助|有助于?|助力|促进|可以|能|加速|快速|轻松)减脂|减脂(?:效果|神器|功效|作用)/u,
      suggestion: '低脂、轻食',
    },
  ],
};
