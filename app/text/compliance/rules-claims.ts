import { literals } from './patterns';
import type { ComplianceRule } from './types';

export const guaranteeRule: ComplianceRule = {
  id: 'guarantee.efficacy',
  family: 'guarantee',
  text: {
    zh: '《广告法》第四条、第十六条、第二十八条：不得对功效、效果作出保证性承诺，不得宣称无风险、保收益',
    en: 'Advertising Law arts. 4, 16 and 28: no guaranteed effects, "risk-free" or guaranteed-return promises',
  },
  negatable: true,
  patterns: [
    {
      match:
        /(?:保证|确保|包|承诺|100%|百分百|百分之百|绝对|肯定|一定)(?:有效|见效|治好|治愈|能瘦|你瘦|瘦)|保证效果|效果保证|包效果/u,
      suggestion: '删除（不得保证效果）；可说“因人而异”',
    },
    {
      match:
        /(?:无效|没效果?|不见效|没有效果|不管用|没用)(?:就|包|全额|立即)?(?:退款|退钱|包退|返款|退全款)/u,
      suggestion: '支持七天无理由退货（按平台规则）',
    },
    ...literals('按平台规则售后', ['零风险', '无风险']),
    ...literals('删除（不得承诺收益）', [
      '稳赚不赔',
      '只赚不赔',
      '稳赚',
      '保本',
      '包赚',
      '躺赚',
      '保收益',
      '包过',
      '包治',
      '保过',
    ]),
    {
      match: /一[吃喝用抹涂贴]就(?:见效|好|瘦|灵|有效)|(?:吃|喝|用)了?就(?:见效|有效)/u,
      suggestion: '删除（不得保证效果）',
    },
    ...literals('删除（不得保证效果）', [
      '立竿见影',
      '马上见效',
      '立即见效',
      '立刻见效',
      '立马见效',
      '当天见效',
      '速效',
      '见效快',
      '效果立现',
      '永不反弹',
      '不反弹',
      '有效率',
      '治愈率',
      '好转率',
    ]),
    {
      match:
        /[0-9一二两三四五六七八九十几]+(?:天|周|个月|次|晚上?|夜)就?能?(?:见效|瘦(?:了?[0-9一二两三四五六七八九十几]+斤)?|有效果?|根治|治好)/u,
      suggestion: '删除（不得保证效果）',
    },
  ],
};

export const priceRule: ComplianceRule = {
  id: 'price.claim',
  family: 'price',
  text: {
    zh: '《价格法》第十四条、《明码标价和禁止价格欺诈规定》第十九条：不得虚构“史低”“亏本”“出厂价”等价格说法',
    en: 'Price Law art. 14 and the price-fraud rules: no unverifiable "all-time low", "selling at a loss" or "factory price" claims',
  },
  patterns: [
    { match: /史低价?|历史低价|全网底价|地板价|跳楼价/u, suggestion: '活动价、优惠价' },
    { match: /赔钱(?:卖|甩|清|冲)/u, suggestion: '活动价、优惠价' },
    ...literals('活动价、优惠价', ['亏本', '赔本', '血亏', '倒贴', '成本价', '出厂价', '工厂价']),
  ],
};

export const disparageRule: ComplianceRule = {
  id: 'disparage.competitor',
  family: 'disparage',
  text: {
    zh: '《广告法》第十三条：不得贬低其他生产经营者的商品或者服务',
    en: "Advertising Law art. 13: ads may not disparage other businesses' goods or services",
  },
  patterns: [
    ...literals('只说自己的优点', ['吊打', '碾压', '完爆']),
    { match: /秒杀(?:同行|全网|一切|所有|别家|其他)|甩[^,.!?;。]{0,6}几条街/u, suggestion: '只说自己的优点' },
    {
      // Only a put-down counts: 别家都是这个价 compares prices, 别家都是假货 disparages.
      match:
        /(?:别家|别人家|其他家|其它家|外面|同行|市面上|别的直播间|其他直播间|别人的?直播间|别的店|其他店)(?:的|卖的|那些)?[^,.!?;。]{0,4}(?:都是|全是|大多是|基本都是)[^,.!?;。]{0,4}(?:假|次|坑|骗|劣|差|烂|科技|狠活|添加剂|香精|色素|合成|垃圾|三无|翻新|冒牌|山寨|注水|勾兑|智商税)/u,
      suggestion: '只说自己的优点',
    },
  ],
};

export const superstitionRule: ComplianceRule = {
  id: 'superstition.fortune',
  family: 'superstition',
  text: {
    zh: '《广告法》第九条第八项：不得含有迷信内容',
    en: 'Advertising Law art. 9(8): no superstitious content',
  },
  patterns: [
    ...literals('删除（不得宣传迷信功效）', [
      '辟邪',
      '驱邪',
      '改运',
      '旺运',
      '聚财',
      '化煞',
      '镇宅',
      '风水',
      '算命',
      '保平安',
      '求子',
      '生男孩',
      '生儿子',
      '旺夫',
      '逢凶化吉',
      '消灾',
      '护身符',
    ]),
    { match: /开过?光/u, suggestion: '删除（不得宣传迷信功效）' },
    {
      match: '转运',
      suggestion: '删除（不得宣传迷信功效）',
      // Parcels are 转运 too (转运中心, 正在转运).
      unless: [
        { after: /^(?:中心|中|站|仓|途|到|至|时效)/u },
        { before: /(?:正在|在|已|已经|快递|包裹|物流|货物|订单)$/u },
      ],
    },
  ],
};

export const authorityRule: ComplianceRule = {
  id: 'authority.state',
  family: 'authority',
  text: {
    zh: '《广告法》第九条第二项：不得使用或变相使用国家机关、国家机关工作人员的名义或形象',
    en: 'Advertising Law art. 9(2): no use of state organs or officials, even by implication',
  },
  patterns: [
    ...literals('删除', ['国家领导人', '领导人', '国宴', '国礼', '人民大会堂', '中南海', '钓鱼台']),
    {
      match:
        /(?:部队|军队|机关|政府|国家|领导|中央|军需|军方)?特供|(?:部队|军队|机关|政府|国家|领导|中央|军需|军方)专供/u,
      suggestion: '删除',
    },
    {
      match:
        /(?:国家|国务院|政府|卫健委|卫生部|市场监管局|药监局)(?:推荐|指定|认定|认证)(?:产品|品牌)?|国家免检|免检产品|(?:中国)?驰名商标|中国名牌/u,
      suggestion: '写明具体的认证名称和编号，或删除',
    },
    {
      match: /(?:央视|cctv|中央电视台)(?:推荐|上榜|指定|合作)(?:品牌|产品)?/u,
      suggestion: '删除（不得借媒体、机关名义背书）',
    },
  ],
};
