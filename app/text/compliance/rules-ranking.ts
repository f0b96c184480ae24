import { anyOf, clauseStart, literals, regex } from './patterns';
import type { ComplianceRule, RuleText } from './types';

const rankText: RuleText = {
  zh: '《广告法》第九条第三项：不得使用“第一”“NO.1”“TOP1”等排名用语，也不得宣称“销量冠军”等无法证实的排名',
  en: 'Advertising Law art. 9(3): no ranking claims such as "No. 1", "TOP1" or "best seller"',
};

const uniqueText: RuleText = {
  zh: '《广告法》第九条第三项：不得使用“唯一”“独一无二”“没有之一”等绝对化用语',
  en: 'Advertising Law art. 9(3): no absolute claims such as "the only one" or "unrivalled"',
};

/** Before 第一, these make it a ranking against others however it goes on (销量第一, 全网第一家). */
const rankScope = anyOf([
  '销量',
  '销售额',
  '销售',
  '营业额',
  '排名',
  '排行榜',
  '排行',
  '榜单',
  '排',
  '全网',
  '全国',
  '全球',
  '全世界',
  '世界',
  '天下',
  '行业',
  '业内',
  '业界',
  '同类',
  '同品类',
  '品类',
  '类目',
  '国内',
  '中国',
  '全省',
  '全市',
  '全城',
  '亚洲',
  '口碑',
  '人气',
  '好评率',
  '好评',
  '回购率',
  '复购率',
  '断层',
  '稳居',
  '位居',
  '位列',
  '荣登',
  '名列',
  '公认',
  '妥妥的',
  '当之无愧的',
]);

/** 第一 before a classifier or a time word counts things (第一次, 第一批, 第一茬韭菜, 第一时间). */
const ordinal =
  /^(?:次|回|遍|趟|个|只|位|天|日|周|年|月|季|期|批|茬|步|项|点|条|件|单|份|种|款|样|把|颗|粒|块|箱|盒|袋|瓶|罐|包|碗|杯|斤|口|眼|时间|轮|波|拨|场|排|层|页|节|届|号|集|章|部|代|家|站|段|组|套|张|根|支|串|桶|锅|道|关|局|手|网|刀|印象|感觉|反应|阶段|顿|餐|声|句|弹|链接|胎|课|讲|首|幅|班|车|环节|时刻|现场|视角|人称|类)/u;

/** 第一名下单的 is the first buyer, not a ranking. */
const firstBuyer =
  /^名(?:下单|拍|付款|付|抢|进|关注|到|来|评论|留言|扣|报名|打卡|的(?:宝宝|朋友|家人|姐妹|粉丝|用户|顾客))/u;

/** 第一，新鲜；第二，便宜 — 第一 opening a clause and followed by a pause lists reasons. */
const listing = /^(?:[,.!?;:、。…~]|呢|就是|是|要|得|我们|咱们|大家|这|那|它|你|您|先|就|来说|来讲)/u;

const notNumber = '(?![0-9〇零一二三四五六七八九十百千万])';

export const rankingRule: ComplianceRule = {
  id: 'absolute.ranking',
  family: 'absolute',
  text: rankText,
  patterns: [
    {
      match: regex(`(?:${rankScope})的?第[一1]${notNumber}(?:名|位|品牌)?`),
      suggestion: '热销、很受欢迎',
      // 排第一个 is a queue.
      unless: [{ after: /^[个次]/u }],
    },
    {
      match: regex(`第[一1]${notNumber}`),
      suggestion: '热销、很受欢迎',
      // A 第二 soon after means 第一 is counting reasons, also in transcripts without punctuation.
      unless: [
        { after: ordinal },
        { after: firstBuyer },
        { before: clauseStart, after: listing },
        { after: /第[二2]/u },
      ],
    },
    { match: /(?<![a-z])(?:no|number|top)\.?(?:1|one)(?![0-9a-z])/u, suggestion: '热销、人气款' },
    { match: /(?:销量|销售|品类|类目|年度|全网|全国|行业)冠军|销冠/u, suggestion: '热销、很受欢迎' },
    {
      match:
        /(?:全球|国际|国内|行业|业内|业界|世界|全国|同行|同类)领先|领先(?:全球|世界|国际|行业|同行|同类|全国)|销量领先/u,
      suggestion: '技术成熟、品质稳定（有证明再说领先）',
    },
    ...literals('热销、很受欢迎', ['遥遥领先', '榜首', '霸榜', '数一数二', '首屈一指', '独占鳌头']),
  ],
};

export const uniqueRule: ComplianceRule = {
  id: 'absolute.unique',
  family: 'absolute',
  text: uniqueText,
  patterns: [
    {
      match: '唯一',
      suggestion: '少见、有特色',
      // 唯一的缺点 is the host being candid, not a claim.
      unless: [
        {
          after: /^的?(?:缺点|不足|遗憾|问题|要求|条件|注意|需要注意|要注意|区别|不同|毛病|缺陷|办法|要说)/u,
        },
      ],
    },
    ...literals('有特色、很少见', [
      '独一无二',
      '绝无仅有',
      '空前绝后',
      '无与伦比',
      '举世无双',
      '史无前例',
      '前所未有',
      '前无古人',
      '无可比拟',
      '无可替代',
      '无人能及',
      '独一份',
      '仅此一家',
      '只此一家',
      '别无分店',
      '独一家',
      '独此一家',
      '无人能比',
      '无人能敌',
      '无出其右',
      '登峰造极',
    ]),
    ...literals('删除', ['没有之一']),
    {
      match:
        /(?:找不到|没有|再无|别无)第二家|(?:全国|全网|全市|全城|国内|市面上|全世界)(?:就|也)?只有(?:我们|咱们|我家|咱家)|只有(?:我们|咱们)一家/u,
      suggestion: '有特色、很少见',
    },
    ...literals('很好、很受欢迎', ['天花板', '无敌', '永远的神', 'yyds']),
  ],
};
