import type { GroupDoc } from '../../db/schemas/groups';
import type { MemberDoc } from '../../db/schemas/members';
import type { SeededRandom } from './random';

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const givenNames = [
  '秀英',
  '桂兰',
  '建国',
  '志强',
  '丽娟',
  '海燕',
  '晓明',
  '静',
  '敏',
  '磊',
  '婷',
  '欣怡',
  '子轩',
  '雨桐',
  '浩然',
  '佳琪',
  '俊杰',
  '文博',
  '梓涵',
  '一诺',
];
const nicknameShapes: ((surname: string, given: string) => string)[] = [
  (s) => `${s}阿姨`,
  (s) => `小${s}妈妈`,
  (s) => `老${s}`,
  (s) => `${s}姐`,
  (_s, g) => `${g.slice(-1)}${g.slice(-1)}妈`,
  (s) => `${s}大爷`,
  (_s, g) => g,
];
const englishNicknames = [
  'Lily',
  'Momo',
  'Coco',
  'Annie',
  'Kevin',
  'Sunny',
  'Grace',
  'Leo',
  '晴天',
  '阳台花园',
  '周末Brunch',
  '豆豆妈',
];
const tagPool = ['有孩家庭', '宠物主人', '健身人群', '老人家庭', '团长助手', '爱尝鲜'];

export const demoGroups = (anchor: number): GroupDoc[] =>
  (
    [
      ['g-sunny-1', '阳光花园邻里1群', 'wechat', 'owner', '小区主群，开团和通知都发这里'],
      ['g-sunny-baby', '阳光花园宝妈团', 'wechat', 'owner', '辅食、母婴好物和亲子活动'],
      ['g-sunny-silver', '银发乐活群', 'wecom', 'admin', '老人家庭：健康讲座、送货上门'],
      ['g-sunny-fit', '健身打卡互助群', 'wechat', 'member', '业主自发的健身群，店长是成员'],
    ] as const
  ).map(([id, name, platform, ownerRole, notes], index) => ({
    id,
    name,
    platform,
    ownerRole,
    notes,
    createdAt: anchor - (400 - index * 30) * 86_400_000,
    updatedAt: anchor - 86_400_000,
  }));

function phoneFor(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const prefix = random.pick(['138', '139', '135', '136', '150', '151', '158', '186', '187', '177', '199']);
    const phone = `+86${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

export function demoMembers(
  random: SeededRandom,
  anchor: number,
  groups: GroupDoc[],
  total: number,
): MemberDoc[] {
  const usedPhones = new Set<string>();
  const members: MemberDoc[] = [];
  for (let index = 0; index < total; index += 1) {
    const surname = random.pick(surnames);
    const given = random.pick(givenNames);
    const nickname =
      index % 9 === 0
        ? `${random.pick(englishNicknames)}${index}`
        : random.pick(nicknameShapes)(surname, given);
    const groupIds = groups.filter((_, g) => g === 0 || random.chance(0.3)).map((group) => group.id);
    const tags = tagPool.filter(() => random.chance(0.18));
    const hasBaby = tags.includes('有孩家庭') && random.chance(0.6);
    const babyMonthsAgo = random.int(2, 30);
    const babyDate = new Date(anchor - babyMonthsAgo * 30 * 86_400_000);
    const joinedAt = anchor - random.int(5, 700) * 86_400_000;
    members.push({
      id: `m-${String(index + 1).padStart(4, '0')}`,
      name: `${surname}${given}`,
      phone: random.chance(0.95) ? phoneFor(random, usedPhones) : '',
      cardNo: random.chance(0.4) ? `LL${String(100_000 + index * 7)}` : '',
      nicknames: [nickname],
      groupIds,
      tags,
      household: {
        ...(hasBaby
          ? {
              babyBirthMonth: `${babyDate.getUTCFullYear()}-${String(babyDate.getUTCMonth() + 1).padStart(2, '0')}`,
            }
          : {}),
        ...(tags.includes('老人家庭') ? { elders: true } : {}),
        ...(tags.includes('宠物主人') ? { pets: true } : {}),
      },
      address: {
        building: `${random.int(1, 12)}栋`,
        unit: `${random.int(1, 3)}单元`,
        room: String(random.int(1, 18) * 100 + random.int(1, 4)),
      },
      consent: random.chance(0.85),
      notes: '',
      joinedAt,
      updatedAt: joinedAt,
    });
  }
  // One neighbour signed up twice (at the counter, then again from a live room): the duplicate the
  // members screen offers to merge.
  const first = members[0];
  const last = members[total - 1];
  if (first && last && total > 1)
    members[total - 1] = { ...last, phone: first.phone, name: first.name, cardNo: '' };
  return members;
}
