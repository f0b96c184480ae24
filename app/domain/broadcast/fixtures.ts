import type { MemberDoc } from '../../db/schemas/members';
import type { OrderStatus } from '../../db/schemas/orders';
import { testMember } from '../members/test-member';
import type { AudienceOrder } from './audience';

/** Broadcast test data: a few neighbours of 阳光小区 and their orders (test data only). */

/** An instant given as wall-clock time in Asia/Shanghai (UTC+8). */
export const shanghai = (year: number, month: number, day: number, hour = 12, minute = 0): number =>
  Date.UTC(year, month - 1, day, hour - 8, minute);

export const dayMs = 86_400_000;

/** 2025-06-20 (a Friday) 10:00 in Shanghai. */
export const now = shanghai(2025, 6, 20, 10);

export function member(id: string, overrides: Partial<MemberDoc> = {}): MemberDoc {
  return testMember(id, { consent: true, ...overrides });
}

export function order(
  memberId: string,
  productIds: string[],
  createdAt: number,
  status: OrderStatus = 'pickedUp',
): AudienceOrder {
  return {
    memberId,
    status,
    createdAt,
    lines: productIds.map((productId) => ({
      productId,
      name: productId,
      unit: '件',
      priceFen: 1000,
      qty: 1,
      pickedQty: 1,
    })),
  };
}

export const wangAyi = member('m-wang', {
  name: '王秀英',
  phone: '+8613800138000',
  nicknames: ['王阿姨', '秀英'],
  groupIds: ['g-mama'],
  tags: ['宝妈', '老客'],
  household: { babyBirthMonth: '2024-10' },
  address: { building: '3栋', unit: '2单元', room: '501' },
});

export const liMama = member('m-li', {
  name: '李娜',
  phone: '+8613912340086',
  nicknames: ['朵朵妈'],
  groupIds: ['g-mama', 'g-b3'],
  tags: ['宝妈'],
  household: { babyBirthMonth: '2025-08' },
  address: { building: '3栋', unit: '1单元', room: '202' },
});

export const zhangShu = member('m-zhang', {
  name: '张建国',
  phone: '+8613700001234',
  nicknames: ['老张'],
  groupIds: ['g-b3'],
  tags: ['老人', '老客'],
  household: { elders: true },
  address: { building: '5栋', unit: '1单元', room: '101' },
});

export const chenNoConsent = member('m-chen', {
  name: '陈静',
  nicknames: ['静静'],
  groupIds: ['g-mama'],
  tags: ['宝妈'],
  household: { babyBirthMonth: '2023-06' },
  consent: false,
});

export const members = [wangAyi, liMama, zhangShu, chenNoConsent];
