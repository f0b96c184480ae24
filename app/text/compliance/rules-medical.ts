import { anyOf, literals, regex } from './patterns';
import type { ComplianceRule, RuleText } from './types';

export const medicalText: RuleText = {
  zh: '《广告法》第十七条、《食品安全法》第七十三条：普通食品广告不得涉及疾病预防、治疗功能，不得使用医疗用语',
  en: 'Advertising Law art. 17, Food Safety Law art. 73: food ads may not claim to prevent or treat disease or use medical terms',
};

/** Conditions a food ad may not promise to help; named alone they still suggest it (糖尿病人也能吃). */
const diseases = anyOf([
  '糖尿病',
  '糖友',
  '高血压',
  '高血脂',
  '高血糖',
  '高尿酸',
  '尿酸高',
  '血糖高',
  '血压高',
  '血脂高',
  '三高',
  '痛风',
  '癌症',
  '癌',
  '肿瘤',
  '便秘',
  '失眠',
  '贫血',
  '胃病',
  '胃炎',
  '肠炎',
  '胃溃疡',
  '口腔溃疡',
  '肝病',
  '脂肪肝',
  '心脏病',
  '冠心病',
  '心脑血管疾病',
  '心脑血管',
  '心血管疾病',
  '动脉硬化',
  '血栓',
  '中风',
  '关节炎',
  '风湿',
  '骨质疏松',
  '咽炎',
  '鼻炎',
  '湿疹',
  '哮喘',
  '抑郁症',
  '前列腺',
  '妇科病',
  '结石',
  '脱发',
  '更年期',
  '痛经',
  '宫寒',
  '内分泌失调',
  '老年痴呆',
  '阿尔茨海默',
  '痴呆',
]);

/** Common complaints that are only a claim together with a verb of curing (预防感冒, 治近视, 防病). */
const complaints = anyOf([
  '感冒',
  '流感',
  '病毒',
  '近视',
  '疾病',
  '百病',
  '病',
  '咳嗽',
  '发烧',
  '腹泻',
  '拉肚子',
  '积食',
  '厌食',
]);

const cureVerbs = anyOf([
  '辅助治疗',
  '治疗',
  '医治',
  '根治',
  '治',
  '预防',
  '防止',
  '防',
  '抗',
  '缓解',
  '改善',
  '告别',
  '远离',
  '调理',
  '克服',
  '抑制',
  '降低',
  '降',
  '减少',
  '治好',
]);

const sufferers = anyOf(['患者', '病人', '人群', '的人', '的朋友', '的老人', '朋友', '人']);

export const treatmentRule: ComplianceRule = {
  id: 'medical.treatment',
  family: 'medical',
  text: medicalText,
  negatable: true,
  patterns: [
    ...literals('删除（普通食品不能宣传治疗作用）', [
      '治疗',
      '根治',
      '医治',
      '主治',
      '疗效',
      '药效',
      '疗程',
      '药用价值',
      '药用',
      '临床验证',
      '临床证明',
      '临床试验',
      '临床实验',
      '临床数据',
      '包治百病',
      '药到病除',
      '神效',
      '奇效',
    ]),
    ...literals('传统做法、老手艺', [
      '祖传秘方',
      '宫廷秘方',
      '独家秘方',
      '祖传配方',
      '宫廷配方',
      '秘方',
      '偏方',
    ]),
    {
      match: '特效',
      suggestion: '删除（普通食品不能宣传特效）',
      // 特效 is also the stream's beauty filter (把特效关了).
      unless: [
        { before: /(?:美颜|视频|直播|画面|滤镜|镜头|开|关|加|没开|不开|用)$/u },
        { after: /^(?:关|开|滤镜|镜头|道具)/u },
      ],
    },
    {
      match: regex(`治愈(?:率|了?(?:${diseases}|${complaints}))|(?:能|可以|可|彻底|完全|帮助|保证|快速)治愈`),
      suggestion: '删除（普通食品不能宣传治愈）',
    },
    {
      match: /药妆|纯中药|中(?:草)?药(?:配方|成分|萃取|提取)/u,
      suggestion: '删除（不得与药品混淆）',
    },
    {
      match: /(?:清除|排出|排除|清理)(?:体内)?(?:垃圾|毒素|废物)|体内垃圾/u,
      suggestion: '删除（不宣传排毒功能）',
    },
    {
      match: /血(?:压|糖|脂)[^,.!?;。]{0,2}(?:稳|降|正常|下来|平稳)/u,
      suggestion: '删除疗效说法，只介绍食品本身',
    },
    { match: /比吃药(?:还|更)?(?:管用|好|强|有效|灵)/u, suggestion: '删除（不得与药品比较）' },
    {
      match: /(?:代替|替代|取代)(?:药物|药品|吃药|药)|不用吃药|不吃药/u,
      suggestion: '删除（不得与药品比较）',
    },
    {
      match: /(?:无|没有?|不会有|零|不含|毫无)(?:任何)?(?:毒)?副作用/u,
      suggestion: '删除（食品不谈副作用）',
    },
    {
      match:
        /(?:医生|专家|医院|院士|教授|药师)(?:都|也|们都?)?(?:推荐|建议|认可|指定|力荐)|医院(?:都在用|在用|专用|指定|同款)|医用级|药用级/u,
      suggestion: '删除（不得借医生、专家名义推荐）',
    },
  ],
};

export const diseaseRule: ComplianceRule = {
  id: 'medical.disease',
  family: 'medical',
  text: medicalText,
  negatable: true,
  patterns: [
    {
      match: /(?:肚子|头|腰|腿|胃|关节|嗓子|喉咙|膝盖|颈椎)(?:都|就|也|再也)?(?:不疼|不痛|不酸)/u,
      suggestion: '删除疗效说法，只介绍食品本身',
    },
    {
      match: regex(`(?:${cureVerbs})?(?:${diseases})(?:${sufferers})?|(?:${cureVerbs})(?:${complaints})`),
      suggestion: '删除疾病相关说法，只介绍食品本身（口味、原料、做法）',
      // Warnings are required, not claims: 糖尿病人慎食, 高血压患者请遵医嘱.
      unless: [
        { after: /^(?:请|需|要)?(?:慎|不宜|忌|禁|不建议|不要|不能|勿|少吃|遵医嘱|咨询|在医生)/u },
        // 中风险 is a risk level; 抗病能力 and 病虫害 are about crops.
        { after: /^(?:险|虫|害|性|能力)/u },
      ],
    },
  ],
};
