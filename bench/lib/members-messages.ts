import type { MemberDoc } from '../../app/db/schemas/members';
import { seededRandom, type SeededRandom } from '../../app/domain/demo/random';
import type { TagMessage } from '../../app/text/tag-inference';

export interface MemberChatter {
  memberId: string;
  messages: TagMessage[];
  /** The scene tags this member was made to talk about; the rest of their chatter suggests none. */
  planted: string[];
}

const day = 86_400_000;

/** What neighbours write in the store's groups and live rooms when it is not about their household. */
const everyday = [
  '{p}还有吗？',
  '上次买的{p}很不错，再来一份',
  '{p}什么时候到货',
  '团长，{p}明天能自提吗',
  '今天的{p}好新鲜',
  '帮我留一份{p}，晚上下班来拿',
  '{p}能便宜点吗',
  '{p}是今天到的吗',
  '已付款，请查收',
  '几点可以来拿？',
  '收到，谢谢团长',
  '今天下雨，晚点来取',
  '放门口就行，我在5栋',
  '小区南门在修路，大家绕一下',
  '好的👌',
  '团长辛苦了🌹',
  '明天有什么新品？',
  '周末店里有活动吗',
  '这个月的积分怎么用',
  '门口的桂花开了，好香',
  '今晚直播几点开始',
  '主播讲得真清楚',
  '链接再发一下',
  '扣1',
  '已下单',
  '电梯又坏了，物业什么时候修',
  '菜市场的菜又涨价了',
  '有人知道附近哪里修鞋吗',
  '快递放驿站了吗',
  '今天停水，大家注意',
  '[图片]',
  '[强][强]',
  '这个怎么做好吃？',
  '同问',
  '太划算了，多买了两份',
  '昨天的已经吃完了，回购',
];

/** Household talk per scene tag, written the way people mention it in passing. */
const topics: Record<string, string[]> = {
  有孩家庭: [
    '宝宝八个月了，{p}能吃吗',
    '给孩子买的，上次很喜欢',
    '幼儿园今天放学早，我晚点来拿',
    '有没有人推荐辅食机',
    '奶粉还有货吗',
    '纸尿裤有团购吗',
    '带娃出不了门，能送货吗',
    '我家小孩最近爱吃橙子',
    '宝妈们周末去早教吗',
    '接娃路上顺便取',
  ],
  宠物主人: [
    '猫粮有团购吗',
    '狗狗最近挑食，愁人',
    '家里主子不爱吃这个牌子',
    '晚上遛狗的时候来取',
    '猫砂快用完了',
    '有没有驱虫药推荐',
    '我家喵星人爱吃鸡胸肉',
    '养猫的姐妹看过来',
    '小区哪家宠物医院好',
  ],
  健身人群: [
    '健身完过来拿',
    '在减脂，有没有低卡的',
    '今天跑步五公里，打卡',
    '蛋白粉有团购吗',
    '瑜伽课几点开始',
    '增肌期要多吃牛肉',
    '周末的马拉松报名了',
    '撸铁的兄弟来一份{p}',
  ],
  老人家庭: [
    '给爸妈买的，他们爱吃',
    '家里老人血压高，有少盐的吗',
    '奶奶腿脚不方便，能送上门吗',
    '外婆爱吃软一点的',
    '老爷子说这家的鸡蛋好',
    '父母不会用手机下单，我帮他们买',
    '血糖高能吃{p}吗',
    '姥姥在家，直接送过去就行',
  ],
  孕产家庭: [
    '怀孕了想吃点新鲜的',
    '孕期能吃{p}吗',
    '下周产检，周末再来拿',
    '叶酸哪里买比较好',
    '坐月子要准备些什么',
  ],
  烘焙爱好者: [
    '周末做蛋糕，要淡奶油',
    '低筋面粉有吗',
    '新买了烤箱，求方子',
    '戚风又塌了😭',
    '做面包用哪种酵母好',
  ],
  素食: ['我吃素，有豆制品吗', '素食的有推荐吗', '初一十五吃斋', '植物肉好吃吗'],
};

/** Anyone may say these: negated mentions the rules must skip, and words that only look like a scene. */
const misleading = [
  '我家没有宝宝，就两口子',
  '不是给老人买的，自己吃',
  '不养猫，就是问问',
  '熊猫好可爱',
  '我没有孩子，一个人吃刚好',
  '老人机好用吗',
];

/** Tags the demo members carry that have rules; others are picked up by chance below. */
const householdTags = ['有孩家庭', '宠物主人', '健身人群', '老人家庭'];
const chanceTags: [tag: string, share: number][] = [
  ['孕产家庭', 0.04],
  ['烘焙爱好者', 0.06],
  ['素食', 0.03],
];

function fill(template: string, products: readonly string[], random: SeededRandom): string {
  return template.replace('{p}', random.pick(products));
}

function oneMessage(planted: readonly string[], products: readonly string[], random: SeededRandom): string {
  const roll = random.int(0, 99);
  // A household comes up in about one message in seven; the rest is ordering and neighbourhood talk.
  if (planted.length > 0 && roll < 14) {
    const said = fill(random.pick(topics[random.pick(planted)] ?? everyday), products, random);
    return random.chance(0.3) ? `${said}，${fill(random.pick(everyday), products, random)}` : said;
  }
  if (roll > 97) return random.pick(misleading);
  const said = fill(random.pick(everyday), products, random);
  return random.chance(0.15) ? `${said}。${fill(random.pick(everyday), products, random)}` : said;
}

/**
 * `days` of messages for each member, 1 to 5 a day (3 on average), three in five in groups and the
 * rest as live-room comments. Members talk about the households their demo tags say they have.
 */
export function memberChatter(
  members: readonly MemberDoc[],
  productNames: readonly string[],
  options: { now: number; days: number; seed: number },
): MemberChatter[] {
  const random = seededRandom(options.seed);
  return members.map((member) => {
    const planted = [
      ...householdTags.filter((tag) => member.tags.includes(tag)),
      ...chanceTags.filter(([, share]) => random.chance(share)).map(([tag]) => tag),
    ];
    const messages: TagMessage[] = [];
    for (let back = options.days; back > 0; back -= 1) {
      const count = random.int(1, 5);
      for (let i = 0; i < count; i += 1) {
        messages.push({
          at: options.now - back * day + random.int(7 * 60, 23 * 60) * 60_000,
          text: oneMessage(planted, productNames, random),
          source: random.chance(0.6) ? 'group' : 'comment',
        });
      }
    }
    return { memberId: member.id, messages, planted };
  });
}
