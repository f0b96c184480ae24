import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { mapColumns } from './columns';

describe('mapColumns', () => {
  it('maps a 快团团-style export', () => {
    const headers = [
      '跟团号',
      '下单人',
      '联系电话',
      '商品',
      '规格',
      '数量',
      '实付金额(元)',
      '收货地址',
      '备注',
      '团购名称',
    ];
    expect(mapColumns(headers)).toEqual({
      name: 1,
      phone: 2,
      product: 3,
      sku: 4,
      qty: 5,
      price: 6,
      building: 7,
      note: 8,
      campaign: 9,
    });
  });

  it('maps a hand-made sheet with compound headers', () => {
    const headers = ['客户昵称', '手机号码', '商品名称', '商品规格', '商品数量', '楼栋号', '订单备注'];
    expect(mapColumns(headers)).toEqual({
      name: 0,
      phone: 1,
      product: 2,
      sku: 3,
      qty: 4,
      building: 5,
      note: 6,
    });
  });

  it('maps English headers, whatever their case and spacing', () => {
    const headers = [
      'Customer Name',
      'Phone Number',
      'Product Name',
      'SKU',
      'Quantity',
      'Price',
      'Campaign Name',
    ];
    expect(mapColumns(headers)).toEqual({
      name: 0,
      phone: 1,
      product: 2,
      sku: 3,
      qty: 4,
      price: 5,
      campaign: 6,
    });
  });

  it('prefers the exact header when two columns could be the name', () => {
    expect(mapColumns(['收货人手机', '客户', '昵称', '品名', '件数'])).toMatchObject({
      phone: 0,
      name: 1,
      product: 3,
      qty: 4,
    });
  });

  it.each([
    [
      ['订单号', '下单时间', '商品', '状态'],
      ['name', 'qty'],
    ],
    [
      ['name', 'phone'],
      ['product', 'qty'],
    ],
    [[], ['name', 'product', 'qty']],
  ])('reports the missing columns of %j', (headers, missing) => {
    let caught: unknown;
    try {
      mapColumns(headers);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'IMPORT_INVALID', details: { reason: 'columns', missing } });
  });
});
