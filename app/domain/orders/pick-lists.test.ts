import { describe, expect, it } from 'vitest';
import type { OrderDoc, OrderStatus } from '../../db/schemas/orders';
import { deliverySheet, pickListByNeighbour, pickListByProduct } from './pick-lists';
import { eggs, line, milk, orderIn, product } from './test-support';

const apples = product('p-apple', { name: '苹果', unit: '斤' });

let serial = 0;
function order(
  status: OrderStatus,
  memberId: string,
  memberName: string,
  lines: OrderDoc['lines'],
  extra: Partial<OrderDoc> = {},
): OrderDoc {
  serial += 1;
  return orderIn(status, { id: `o-${serial}`, no: `LL-${serial}`, memberId, memberName, lines, ...extra });
}

const campaignOrders = () => {
  serial = 0;
  return [
    order('paid', 'm-1', '王阿姨', [line(eggs, 2), line(milk, 1)], { shelfSlot: '' }),
    order('ready', 'm-2', '李叔', [line(eggs, 3, 1), line(apples, 2)], { shelfSlot: 'A-10' }),
    order('confirmed', 'm-3', 'Amy', [line(eggs, 1)], { shelfSlot: '' }),
    order('ready', 'm-1', '王阿姨', [line(apples, 1)], { shelfSlot: 'A-2' }),
    order('ready', 'm-4', '赵哥', [line(milk, 1, 1), line(eggs, 1)], { shelfSlot: 'B-1' }),
    order('draft', 'm-5', '钱姐', [line(eggs, 9)]),
    order('pickedUp', 'm-6', '孙哥', [line(eggs, 2, 2)]),
    order('cancelled', 'm-7', '周姐', [line(eggs, 4)]),
    order('refunded', 'm-8', '吴哥', [line(milk, 4, 4)]),
    order('paid', '', '', [line(milk, 2)], { shelfSlot: '' }),
  ];
};

describe('pick list by product', () => {
  it('totals what is still waiting in confirmed, paid and ready orders, by name', () => {
    expect(pickListByProduct(campaignOrders())).toEqual([
      { productId: apples.id, name: '苹果', unit: '斤', qty: 3, orders: 2, unpaidQty: 0 },
      { productId: eggs.id, name: '土鸡蛋', unit: '盒', qty: 2 + 2 + 1 + 1, orders: 4, unpaidQty: 1 },
      { productId: milk.id, name: '鲜牛奶', unit: '瓶', qty: 1 + 2, orders: 2, unpaidQty: 0 },
    ]);
  });

  it('is empty when nothing is waiting', () => {
    expect(pickListByProduct([order('pickedUp', 'm-1', 'x', [line(eggs, 1, 1)])])).toEqual([]);
  });
});

describe('pick list by neighbour', () => {
  it('makes one bag per neighbour in shelf order, bags without a slot last', () => {
    const bags = pickListByNeighbour(campaignOrders());
    expect(bags.map((bag) => [bag.memberName, bag.shelfSlot, bag.orderNos, bag.unpaid])).toEqual([
      ['王阿姨', 'A-2', ['LL-1', 'LL-4'], false],
      ['李叔', 'A-10', ['LL-2'], false],
      ['赵哥', 'B-1', ['LL-5'], false],
      ['', '', ['LL-10'], false],
      ['Amy', '', ['LL-3'], true],
    ]);
    expect(bags[0]?.lines).toEqual([
      { name: '苹果', unit: '斤', qty: 1 },
      { name: '土鸡蛋', unit: '盒', qty: 2 },
      { name: '鲜牛奶', unit: '瓶', qty: 1 },
    ]);
    expect(bags[1]?.lines).toEqual([
      { name: '苹果', unit: '斤', qty: 2 },
      { name: '土鸡蛋', unit: '盒', qty: 2 },
    ]);
  });

  it('lists every slot of a neighbour whose orders sit in two places', () => {
    serial = 0;
    const bags = pickListByNeighbour([
      order('ready', 'm-1', '王阿姨', [line(eggs, 1)], { shelfSlot: 'C-1' }),
      order('ready', 'm-1', '王阿姨', [line(milk, 1)], { shelfSlot: 'A-9' }),
    ]);
    expect(bags.map((bag) => bag.shelfSlot)).toEqual(['A-9 C-1']);
  });

  it('keeps two walk-ins apart', () => {
    serial = 0;
    const bags = pickListByNeighbour([
      order('paid', '', '', [line(eggs, 1)]),
      order('paid', '', '', [line(milk, 1)]),
    ]);
    expect(bags).toHaveLength(2);
  });
});

describe('delivery sheet', () => {
  const members = new Map([
    ['m-1', { address: { building: '10栋', unit: '2单元', room: '1201' }, phone: '+8613800138000' }],
    ['m-2', { address: { building: '2栋', unit: '1单元', room: '301' }, phone: '+8613912345678' }],
    ['m-3', { address: { building: '10栋', unit: '1单元', room: '502' }, phone: '' }],
    ['m-4', { address: { building: '2栋', unit: '1单元', room: '1102' }, phone: '+8613700001111' }],
  ]);
  const delivery = (status: OrderStatus, memberId: string, name: string, building = '') =>
    order(status, memberId, name, [line(eggs, 1)], { fulfilment: 'delivery', building });

  it('groups by building in natural order and climbs each one unit by unit, room by room', () => {
    serial = 0;
    const sheet = deliverySheet(
      [
        delivery('paid', 'm-1', '王阿姨'),
        delivery('ready', 'm-2', '李叔'),
        delivery('confirmed', 'm-3', 'Amy'),
        delivery('ready', 'm-4', '赵哥'),
        delivery('ready', 'm-1', '王阿姨'),
        order('ready', 'm-2', '李叔', [line(milk, 1)], { fulfilment: 'pickup' }),
        delivery('pickedUp', 'm-2', '李叔'),
      ],
      members,
    );
    expect(
      sheet.map(({ building, stops }) => [
        building,
        stops.map((stop) => [stop.memberName, stop.unit, stop.room]),
      ]),
    ).toEqual([
      [
        '2栋',
        [
          ['李叔', '1单元', '301'],
          ['赵哥', '1单元', '1102'],
        ],
      ],
      [
        '10栋',
        [
          ['Amy', '1单元', '502'],
          ['王阿姨', '2单元', '1201'],
        ],
      ],
    ]);
    expect(sheet[1]?.stops[1]).toEqual({
      memberName: '王阿姨',
      unit: '2单元',
      room: '1201',
      phoneTail: '8000',
      lines: [{ name: '土鸡蛋', unit: '盒', qty: 2 }],
      orderNos: ['LL-1', 'LL-5'],
      unpaid: false,
    });
    expect(sheet[1]?.stops[0]).toMatchObject({ phoneTail: '', unpaid: true });
  });

  it("uses the order's building over the member's address and puts unknown places last", () => {
    serial = 0;
    const sheet = deliverySheet(
      [delivery('paid', 'm-x', '新邻居'), delivery('paid', 'm-1', '王阿姨', '7栋')],
      members,
    );
    expect(sheet.map((stop) => stop.building)).toEqual(['7栋', '']);
    expect(sheet[1]?.stops[0]).toMatchObject({ memberName: '新邻居', unit: '', room: '', phoneTail: '' });
  });
});
