/**
 * The words that tell what a clause of a comment wants. Each list is one alternation compiled once and
 * run over a short clause, with product names and link numbers already masked out (as \uE000, see
 * quantities.ts), so a product called 甜玉米 never reads as praise. Every repetition is bounded or cannot
 * match the same text two ways, so an emoji or 哈哈哈 flood costs linear time.
 */

/** The whole order or one product of it is off: 不要了, 取消, 退了, 算了. */
export const cancelCue =
  /取消|不要了|不要啦|不要咯|不要嘞|先不要|(?<!要)不要\s*$|别要了|不买了|不买啦|不拍了|不订了|不报了|退了|退掉|退单|撤单|撤销|算了(?!一下)|删了|删掉|删除|不用了|不用(?:给我|帮我)?留|别(?:给我|帮我)?留|不需要了|不想要了|不要这个/;

/** A new total follows: 改成3盒, 换成奶粉, 加到2箱, 只要一盒, 打错了 是3盒. */
export const changeToCue =
  /改成|改为|改到|改要|改拍|改下|改一下|换成|换为|换到|加到|减到|减成|增加到|修改|更改|打错|写错|拍错|不是[^是]{0,10}是(?=\s*[\d一两二三四五六七八九十俩仨\uE000])|只要(?=\s*[\d一两二三四五六七八九十俩仨])|改(?=\s*[\d一两二三四五六七八九十俩仨])/;

/** A correction naming the new total first: 要3盒不是2盒. */
export const correctionCue = /不是(?=\s*[\d一两二三四五六七八九十俩仨])/;

/** A change by a difference, whose new total the comment does not say: 少要一盒, 减一盒. */
export const changeByCue =
  /少要|少拿|少来|减少|减掉|减去|去掉|(?<![增加])减(?=\s*[\d一两二三四五六七八九十])/;

/** Something went wrong: damage, shortage, delay, price, service. */
export const complaintCue = new RegExp(
  [
    String.raw`(?:碎|破|坏|烂|蔫|臭|瘪|馊|裂|化)(?:了|的|掉|成)|(?<![不没])(?:漏|结块|发霉|长毛|变质)|破损|过期了|已过期|过期的|有虫|虫子|异味|怪味`,
    String.raw`不(?:是很|太|怎么|够|大)?(?:新鲜|好吃|好喝|好用|香|甜|嫩)|难吃|难喝|没法吃|不能吃了|不喜欢|不爱[吃喝]|不肯[吃喝]`,
    String.raw`拉肚子|(?<!没有?|不)过敏|起疹子|味道不对|不对味|有股.{0,3}味|越来越(?:差|少|贵|小|难吃)|变差|差了|一直没|还是没|都没(?:收到|到|发|人)`,
    String.raw`黄叶|烂叶|少了|少发|漏发|缺了|发错|送错|拿错|短斤|分量不足|不够秤|没给|没送`,
    String.raw`还没到|还没收到|还没发|还没取到|还没送|还不到|没收到|没到货|没发货|太慢|好慢|真慢|迟到|等了(?:好久|半天|很久|一个|半|\d)|等(?:了)?(?:一下午|一上午|一晚上|一天|好几天|半天|好久|很久)|催一下|催单`,
    String.raw`太贵|好贵|真贵|这么贵|有点贵|偏贵|贵了|离谱|贵死|还贵|更贵|比.{1,6}贵|涨价|不值`,
    String.raw`退货|投诉|差评|失望|退款|退钱|态度差|态度不好|不回|没人理|没人回|没人接|没人管|骗人|骗子|坑人|被坑|太坑|好坑|坑了|假货|垃圾|质量差|质量太差|很差|太差|不满意|上当|无语|气死`,
  ].join('|'),
);

/** Asking by "A not A" (甜不甜, 新鲜不新鲜): read before complaints, which 不甜 would otherwise be. */
export const eitherCue = /(\p{Script=Han}{1,2})不\1/u;

/** A question only an answer settles: how much, what, when, which, this or that. */
export const askCue =
  /多少|什么|啥|怎么|怎样|咋|哪|(?<!好)几|有没有|有无|是不是|是否|还有吗|还有没有|还有货|有货吗|多久|多长|为什么|为啥|请问|如何|谁|区别|保质期|是.{1,8}?还是/;

/** Calls to the room and small talk with the host, which ask nothing of the shop: 有人吗, 主播吃饭了吗. */
export const roomCue =
  /^(?:有人吗|在吗|在不在|能听到吗|听得到吗|听不到吗|看得到吗)|主播.{0,4}(?:吃饭|吃了吗|累不累|累吗|冷不冷|几岁|多大|哪里人|结婚|睡觉)/;

/** A yes/no ending that also wraps requests (能帮我留两箱吗), so a clear order outranks it. */
export const yesNoCue =
  /[?]|吗|么\s*$|呢|能不能|可不可以|可以吗|行吗|好吗|会不会|行不行|能否|(?:可以|能|有|行|是|会)[^不]{0,8}不\s*$/;

/** Words that order without an amount: 拍了, 下单, 报名, 来个. */
export const buyCue =
  /拍了|拍下|已拍|下单|已付|付款了|报名|预定|预订|抢到|订了|帮我留|给我留|帮留|[来要拍买蹲]个(?![月人])|我也要|再来|再要|上车|蹲一/;

/** All that is left of a clause that only says "want": 要, 我也要, 想要. */
export const wantOnly = /^(?:(?:我|俺|咱)?(?:也|还|都)?想?(?:要|买它|买|拍|订)(?:了|啦|呀|哦|的|一个|个)*)+$/;

/** Counts of what was bought before (上次买了两盒, 吃了三罐) tell a story, not an order. */
export const pastCue = /上次|之前|以前|已经|昨天|前天|上周|上个月|买过|吃了|喝了|用了|吃完|喝完/;

/** What a clause may hold besides a product or link and still just name it (这个米粉呀, 3号链接!). */
export const fillers =
  /[的了呀啊哦吧嘛哈呢啦嗯噢喔!~,.，。、\s]|这个|那个|宝贝|链接|主播|谢谢|麻烦|给我|姐|哥|亲/g;

/** Liking the goods or the shop: 好吃, 回购了, 新鲜, 主播人真好 — but not the host's looks (chat). */
export const praiseCue = new RegExp(
  [
    String.raw`好吃|好喝|好用|好香|真香|超香|很香|爱吃|爱喝|喜欢|回购|不错|满意|推荐|给力|实惠|划算|物美价廉|性价比`,
    String.raw`好评|点赞|赞|棒|新鲜|甜|嫩|质量(?:很|真|超|挺)?好|靠谱|放心|值得|值了|支持|不上火|玩得.{0,3}开心`,
    String.raw`完美|优秀|五星|良心|没得说|没毛病|主播人?(?:真|很|太|超|好)好(?![看听])|有意思|好玩|有趣|yyds|绝了|爱了|物超所值`,
    String.raw`很鲜|真鲜|好鲜|鲜美|细腻|耐心|专业|贴心|细心|热情|(?:不|没有?)(?:过敏|结块|碎|坏|漏)|人(?:实在|厚道)|厚道|品质(?:稳定|好|不错)`,
    String.raw`(?:每周|每次|一直|经常)都?(?:买|在.{0,4}买|回购)|还会(?:再)?买|下次还(?:买|来)`,
  ].join('|'),
);

/**
 * Plain "good" (真的很好) praises only when said of the goods: 主播今天气色真好 and 今天天气真好 are chat.
 * It counts in a clause that names a product or one of these words.
 */
export const plainGoodCue = /(?:真|很|特别|超|挺|非常|蛮|太)的?好(?![看听玩])/;
export const goodsWord = /东西|质量|品质|味道|口感|服务|包装|分量|你家|这家/;
