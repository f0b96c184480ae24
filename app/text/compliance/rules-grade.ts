import { literals } from './patterns';
import type { ComplianceRule, RuleText } from './types';

const gradeText: RuleText = {
  zh: '《广告法》第九条第三项：不得使用“国家级”“世界级”“顶级”“首选”等绝对化用语',
  en: 'Advertising Law art. 9(3): no absolute grades such as "national-level", "world-class", "top-grade" or "first choice"',
};

const certaintyText: RuleText = {
  zh: '《广告法》第四条、第九条第三项：不得使用“100%”“绝对”“永久”等无法证实的绝对化表述',
  en: 'Advertising Law arts. 4 and 9(3): no unverifiable certainties such as "100%", "absolutely" or "forever"',
};

export const gradeRule: ComplianceRule = {
  id: 'absolute.grade',
  family: 'absolute',
  text: gradeText,
  patterns: [
    ...literals('删除，或写明可查证的认定名称（如“XX省级非遗”）', [
      '国家级',
      '世界级',
      '全球级',
      '宇宙级',
      '国际级',
      '殿堂级',
      '大师级',
    ]),
    ...literals('优质、高品质', [
      '顶级',
      '顶尖',
      '尖端',
      '极品',
      '至尊',
      '至臻',
      '至高无上',
      '巅峰',
      '终极',
      '超一流',
      '世界一流',
      '国际一流',
    ]),
    ...literals('出色、用心', ['极致']),
    ...literals('招牌、主打', ['王牌', '王者', '金牌', '领导品牌', '领袖品牌', '领先品牌']),
    ...literals('多用途、用途广', ['万能']),
    { match: '一流', suggestion: '优质、高品质', unless: [{ after: /^量/u }] },
    ...literals('推荐、值得一试', ['首选']),
    ...literals('删除，或提供可查证的证明', ['首创', '首家']),
    {
      match: /(?:全球|全国|全网|国内|行业|业内|业界|世界|中国|亚洲|全市|全省|同类)首(?:发|个|款|批)/u,
      suggestion: '新品上市、新到',
    },
    {
      match: '独家',
      suggestion: '本店特色（有授权证明再说“独家”）',
      // 直播间独家价 describes this stream's offer, not the product.
      unless: [
        {
          after:
            /^(?:的?(?:福利|优惠|价|折扣|赠品|礼|活动|专享|券|上架|首发|授权|代理|销售|发售|开售|链接|款|冠名|赞助|秒杀|团购))/u,
        },
      ],
    },
  ],
};

export const certaintyRule: ComplianceRule = {
  id: 'absolute.certainty',
  family: 'absolute',
  text: certaintyText,
  patterns: [
    {
      match: /(?<![0-9.])100(?:\.0+)?%/u,
      suggestion: '删除百分比，或写可证实的具体数据',
      // Fibre content (100%纯棉) is a labelled fact, not a promise.
      unless: [{ after: /^(?:纯?棉|羊毛|纯羊毛|桑蚕丝|真丝|涤纶|聚酯|亚麻|羊绒)/u }],
    },
    ...literals('删除百分比，用具体事实说明', ['百分百', '百分之百']),
    { match: '绝对', suggestion: '真的、确实', unless: [{ after: /^值/u }] },
    ...literals('长期（写明具体年限）', ['永久', '永不']),
  ],
};
