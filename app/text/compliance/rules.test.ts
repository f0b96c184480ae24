import { describe, expect, it } from 'vitest';
import { checkCompliance } from './check';
import { builtInRules } from './rules';
import type { RuleFamily } from './types';

const hitsOf = (text: string): string[] => checkCompliance(text).hits.map((hit) => `${hit.term}:${hit.rule}`);

describe('built-in rules: claims a reviewer flags', () => {
  it.each<[RuleFamily, string, string[]]>([
    ['absolute', '这款牛奶是全网最低价', ['全网最低价']],
    ['absolute', '我们家的草莓是最甜的', ['最甜']],
    ['absolute', '这是我吃过最好吃的饺子', ['最好吃']],
    ['absolute', '这款面包是我们家最受欢迎的', ['最受欢迎']],
    ['absolute', '这是史上最大力度的优惠', ['史上最大力度']],
    ['absolute', '这款坚果是回购率最高的', ['最高']],
    ['absolute', '销量第一的零食大礼包来了', ['销量第一']],
    ['absolute', '品质第一，服务至上', ['第一']],
    ['absolute', '这款洗衣液去污力No.1', ['No.1']],
    ['absolute', '这款电饭煲TOP1，闭眼入', ['TOP1']],
    ['absolute', '国家级非遗手艺做的麻花', ['国家级']],
    ['absolute', '送礼首选，就选这款坚果礼盒', ['首选']],
    ['absolute', '独一无二的口感', ['独一无二']],
    ['absolute', '最好吃没有之一', ['最好吃', '没有之一']],
    ['absolute', '咱们家鸡蛋百分百农家散养', ['百分百']],
    ['absolute', '这款锅具永久不生锈', ['永久']],
    ['authority', '这是人民大会堂国宴用的酒', ['人民大会堂', '国宴']],
    ['authority', '中国驰名商标，老品牌了', ['中国驰名商标']],
    ['medical', '这个苦瓜茶能降血糖，糖尿病人可以常喝', ['降血糖', '糖尿病人']],
    ['medical', '吃了这个蜂蜜能治疗咽炎', ['治疗咽炎']],
    ['medical', '每天喝一杯，增强免疫力', ['增强免疫力']],
    ['medical', '这款茶喝了能减肥瘦身', ['减肥', '瘦身']],
    ['medical', '菊花茶清热解毒，降火', ['清热解毒', '降火']],
    ['medical', '这个鱼油没有任何副作用', ['没有任何副作用']],
    ['medical', '这个保健茶比吃药还管用', ['比吃药还管用']],
    ['infant', '这款奶粉最接近母乳', ['最接近母乳']],
    ['infant', '我们家的配方奶粉可以完全替代母乳', ['替代母乳']],
    ['infant', '宝宝吃这个米粉能促进大脑发育', ['促进大脑发育']],
    ['infant', '儿童牛奶，喝了帮助长高', ['帮助长高']],
    ['infant', '这款水解奶粉能防过敏', ['防过敏']],
    ['guarantee', '无效全额退款，放心买', ['无效全额退款']],
    ['guarantee', '一吃就见效，立竿见影', ['一吃就见效', '立竿见影']],
    ['guarantee', '跟着我们买，稳赚不赔', ['稳赚不赔']],
    ['price', '今天史低价，错过等一年', ['史低价']],
    ['price', '老板说了，今天亏本卖', ['亏本']],
    ['disparage', '外面卖的都是假货', ['外面卖的都是假']],
    ['superstition', '这个摆件放在家里能辟邪镇宅', ['辟邪', '镇宅']],
  ])('%s: %j', (family, text, terms) => {
    expect(hitsOf(text)).toEqual(terms.map((term) => `${term}:${family}`));
  });

  it('files a medical claim about babies under the infant rules', () => {
    expect(hitsOf('辅食添加这个，增强宝宝抵抗力')).toEqual(['增强宝宝抵抗力:infant']);
    expect(hitsOf('这个益生菌能提高宝宝免疫力')).toEqual(['提高宝宝免疫力:infant']);
    // 宝宝们 addresses the viewers.
    expect(hitsOf('宝宝们，这个茶能降血压')).toEqual(['降血压:medical']);
  });
});

describe('built-in rules: everyday words that claim nothing', () => {
  it.each([
    '最近天气热，大家多喝水',
    '最后三分钟，抓紧下单',
    '每人最多限购两份',
    '最少买两盒才能包邮',
    '最终价格以页面为准',
    '最早一批的订单已经发货了',
    '大家最好提前下单，晚了就没了',
    '这个最好冷藏保存，三天内吃完',
    '这个面包有点干，配牛奶最好',
    '最快明天就能送到',
    '这个锅最大的那个是32厘米的',
    '最高可减50元',
    '今天天气最热的时候大家别出门',
    '我们家小朋友最爱吃这个',
    '这个是最新一批到的货',
    '冷藏后口感最佳',
    '母乳是宝宝最好的食物',
    '第一次来直播间的朋友点点关注',
    '1号链接是今天的福利款',
    '这是今天第一批到的荔枝',
    '第一步先把面粉过筛',
    '第一个下单的送一个小礼品',
    '第一名下单的家人送一箱鸡蛋',
    '第一时间给大家发货',
    '这批韭菜是第一茬的',
    '第一，新鲜；第二，便宜',
    '安全第一，大家收货注意检查',
    '感谢榜一大哥的支持',
    '唯一的缺点就是有点贵',
    '今天的福利是直播间独家价',
    '100%纯棉的毛巾',
    '符合国家标准，有检测报告',
  ])('%j', (text) => expect(hitsOf(text)).toEqual([]));

  it.each([
    '这个牛奶是巴氏杀菌的，要冷藏',
    '本品不能代替药物',
    '这个不是药，不能治病，就是普通食品',
    '糖尿病人慎食',
    '不建议糖尿病人购买',
    '过敏体质的朋友慎用',
    '这个益智玩具适合三岁以上的孩子',
    '我们店交通便利，到店自提很方便',
    '这个丸子下火锅特别好吃',
    '我们去火车站接货',
    '剩下奶茶两杯',
    '快递已经在转运中心了',
    '减脂期也能吃',
    '感冒了就多休息',
    '建议6个月内坚持母乳喂养',
  ])('disclaimers, warnings and look-alikes: %j', (text) => expect(hitsOf(text)).toEqual([]));
});

describe('builtInRules', () => {
  it('has unique ids, so an owner can switch one off', () => {
    const ids = builtInRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states every rule in both languages', () => {
    for (const rule of builtInRules) {
      expect(rule.text.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.text.en).toMatch(/[a-z]/u);
    }
  });
});
