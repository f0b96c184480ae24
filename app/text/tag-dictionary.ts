/**
 * Which words suggest which scene tag. Plain data the owner edits in settings and the caller stores; the
 * defaults are a starting point for a neighbourhood store's WeChat groups and live rooms.
 *
 * Keywords are matched against the segmenter's words (see tag-inference.ts), so a keyword is best written
 * as a whole word (狗粮, not 狗); a single character only ever matches a word of its own.
 */
export interface TagRule {
  tag: string;
  keywords: string[];
}

export type TagDictionary = TagRule[];

export const defaultTagDictionary: TagDictionary = [
  {
    tag: '有孩家庭',
    keywords: [
      '宝宝',
      '辅食',
      '奶粉',
      '尿不湿',
      '纸尿裤',
      '幼儿园',
      '月龄',
      '宝妈',
      '宝爸',
      '孩子',
      '小孩',
      '婴儿',
      '带娃',
      '接娃',
      '母婴',
      '奶瓶',
      '早教',
    ],
  },
  {
    tag: '宠物主人',
    keywords: [
      '猫粮',
      '狗粮',
      '铲屎',
      '主子',
      '遛狗',
      '猫砂',
      '猫咪',
      '狗狗',
      '宠物',
      '养猫',
      '养狗',
      '喵星人',
      '汪星人',
      '猫条',
      '驱虫',
    ],
  },
  {
    tag: '健身人群',
    keywords: [
      '健身',
      '减脂',
      '增肌',
      '蛋白',
      '蛋白粉',
      '跑步',
      '低卡',
      '撸铁',
      '减肥',
      '轻食',
      '卡路里',
      '鸡胸肉',
      '马拉松',
      '瑜伽',
    ],
  },
  {
    tag: '老人家庭',
    keywords: [
      '老人',
      '爸妈',
      '血压',
      '血糖',
      '降压',
      '腿脚',
      '老年人',
      '父母',
      '爷爷',
      '奶奶',
      '外公',
      '外婆',
      '姥姥',
      '老爷子',
      '老太太',
      '糖尿病',
    ],
  },
  {
    tag: '孕产家庭',
    keywords: ['怀孕', '孕妇', '孕期', '备孕', '待产', '产检', '坐月子', '月子', '叶酸'],
  },
  {
    tag: '烘焙爱好者',
    keywords: ['烘焙', '烤箱', '低筋面粉', '高筋面粉', '淡奶油', '酵母', '戚风', '裱花', '做蛋糕', '做面包'],
  },
  {
    tag: '素食',
    keywords: ['吃素', '素食', '全素', '纯素', '斋饭', '吃斋', '不吃肉', '植物肉'],
  },
];

/**
 * The dictionary as the owner left it, made safe to match: keywords trimmed, blank ones and repeats dropped,
 * rules with the same tag joined, rules without a tag or keywords dropped. Order is kept for display.
 */
export function cleanTagDictionary(dictionary: TagDictionary): TagDictionary {
  const byTag = new Map<string, string[]>();
  for (const rule of dictionary) {
    const tag = rule.tag.trim();
    if (tag === '') continue;
    const keywords = byTag.get(tag) ?? [];
    for (const keyword of rule.keywords) {
      const trimmed = keyword.trim();
      if (trimmed !== '' && !keywords.includes(trimmed)) keywords.push(trimmed);
    }
    byTag.set(tag, keywords);
  }
  return [...byTag]
    .filter(([, keywords]) => keywords.length > 0)
    .map(([tag, keywords]) => ({ tag, keywords }));
}
