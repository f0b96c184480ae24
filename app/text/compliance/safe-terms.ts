/**
 * Words that contain a risky word but say something harmless. They take part in the longest-match choice
 * like any rule (see matcher.ts) and hide the shorter risky word inside them: 火锅 hides 去火 in 去火锅店,
 * 安全第一 hides 第一. Matched after normalization, like the rules. A look-alike that only
 * one rule can produce is excluded in that rule instead (its `unless`).
 */
export const safeTerms: readonly (string | RegExp)[] = [
  // Mottos, not rankings.
  '安全第一',
  '友谊第一',
  '健康第一',
  '身体第一',
  // After 去/下/降/清 these would read as 去火, 下火, 降火, 清火 (去火锅店, 下火锅, 去火车站).
  '火锅',
  '火腿',
  '火龙果',
  '火候',
  '火车',
  '火鸡',
  '火烧',
  '火柴',
  '火箭',
  '火力',
  '王者荣耀',
  '明目张胆',
  // The statement infant-formula labels must carry is not a superlative claim.
  /母乳(?:喂养)?(?:是|才是)(?:宝宝|婴儿|婴幼儿|孩子|新生儿)?的?最(?:好|理想|佳)的?(?:食物|食品|营养|选择)?/u,
  /(?:对于)?(?:0-6月龄的?)?(?:宝宝|婴儿|婴幼儿)?最(?:好|理想|佳)的(?:食物|食品|营养)(?:是|就是)母乳/u,
  // Storage advice on a label: 冷藏后口感最佳, 最佳赏味期.
  /(?:冷藏|冰镇|冷冻|加热|微波|开封|常温)[^,.!?;。]{0,6}(?:口感|风味|味道)最佳/u,
  /最佳(?:食用|饮用|赏味|保存|品尝)(?:期|时间|温度|方法|时机)?/u,
];
