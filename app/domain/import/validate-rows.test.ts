import { describe, expect, it } from 'vitest';
import { mapColumns } from './columns';
import { catalogue } from './fixtures';
import { groupIntoOrders } from './group-orders';
import type { Table } from './read-table';
import { validateRows } from './validate-rows';

const headers = ['下单人', '手机', '商品', '规格', '数量', '实付', '楼栋', '备注', '团购'];

function check(rows: string[][], maxRows?: number) {
  const table: Table = { headers, rows };
  return validateRows(table, mapColumns(headers), { products: catalogue, ...(maxRows ? { maxRows } : {}) });
}

describe('validateRows', () => {
  const report = check([
    ['李阿姨', '138 0013 8000', '有机鸡蛋10枚', '', '2', '¥25.80', '3栋', '放门口', '周末鲜'],
    ['李阿姨', '13800138000', '鲜牛奶1L', '', '两', '', '3栋', '', '周末鲜'],
    ['王师傅', '0571-88886666', '鸡蛋', '', '1', '', '5栋', '', '周末鲜'],
    ['', '', '', '', '', '', '', '', ''],
    ['张姐', '', '榴莲', '', '1', '', '', '', ''],
    ['张姐', '', '草莓', '', '1', '', '', '', ''],
    ['张姐', '', '草莓', '500g', '×2', '79.8', '', '', ''],
    ['李阿姨', '+86 138-0013-8000', '有机鸡蛋10枚', '', '二', '25.80', '3栋', '', '周末鲜'],
    ['', '13900139000', '豆腐', '', '0', '', '', '', ''],
    ['赵老师', '139001390', '', '', '', '见备注', '', '', ''],
    ['孙奶奶', '', '卤水豆腐', '', '十二', '', '', '不要辣', ''],
  ]);

  it('keeps the rows that are fine, with normalized phones and parsed numbers', () => {
    expect(report.valid).toEqual([
      {
        row: 2,
        name: '李阿姨',
        phone: '+8613800138000',
        productId: 'p-egg10',
        qty: 2,
        priceFen: 2580,
        building: '3栋',
        note: '放门口',
        campaign: '周末鲜',
      },
      {
        row: 3,
        name: '李阿姨',
        phone: '+8613800138000',
        productId: 'p-milk',
        qty: 2,
        building: '3栋',
        note: '',
        campaign: '周末鲜',
      },
      {
        row: 8,
        name: '张姐',
        phone: '',
        productId: 'p-straw500',
        qty: 2,
        priceFen: 7980,
        building: '',
        note: '',
        campaign: '',
      },
      {
        row: 12,
        name: '孙奶奶',
        phone: '',
        productId: 'p-tofu',
        qty: 12,
        building: '',
        note: '不要辣',
        campaign: '',
      },
    ]);
  });

  it('says what is wrong where, using Excel row numbers and the file headers', () => {
    expect(report.errors).toEqual([
      { row: 4, column: '手机', code: 'phone', value: '0571-88886666' },
      { row: 6, column: '商品', code: 'product', value: '榴莲' },
      { row: 7, column: '商品', code: 'product', value: '草莓' },
      { row: 9, column: '', code: 'duplicate', value: '2' },
      { row: 10, column: '下单人', code: 'empty', value: '' },
      { row: 10, column: '数量', code: 'qty', value: '0' },
      { row: 11, column: '手机', code: 'phone', value: '139001390' },
      { row: 11, column: '商品', code: 'empty', value: '' },
      { row: 11, column: '数量', code: 'empty', value: '' },
      { row: 11, column: '实付', code: 'price', value: '见备注' },
    ]);
    expect(report.total).toBe(10);
  });

  it('stops at the row limit with one tooMany error, still counting the rows', () => {
    const row = (i: number) => [`邻居${i}`, '', '鸡蛋', '', '1', '', '', '', ''];
    const limited = check([row(1), row(2), row(3), row(4), row(5)], 3);
    expect(limited.valid.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(limited.errors).toEqual([{ row: 5, column: '', code: 'tooMany', value: '3' }]);
    expect(limited.total).toBe(5);
  });

  it('handles a 50,000-row export in one pass', () => {
    const names = Array.from({ length: 500 }, (_, i) => `邻居${i}`);
    const products = ['有机鸡蛋10枚', '鲜牛奶 1L', '豆腐', '丹东草莓', 'EGG-10'];
    const rows = Array.from({ length: 50_000 }, (_, i) => [
      names[i % names.length] ?? '',
      `138${String(i % names.length).padStart(8, '0')}`,
      products[Math.floor(i / names.length) % products.length] ?? '',
      Math.floor(i / names.length) % products.length === 3 ? '250g' : '',
      String((Math.floor(i / 2_500) % 9) + 1),
      '',
      `${(i % 12) + 1}栋`,
      '',
      '',
    ]);
    const big = check(rows);
    expect(big.total).toBe(50_000);
    expect(big.errors.filter((e) => e.code !== 'duplicate')).toEqual([]);
    expect(big.valid.length + big.errors.length).toBe(50_000);
    expect(groupIntoOrders(big.valid)).toHaveLength(500);
  });
});

describe('groupIntoOrders', () => {
  it('makes one draft per neighbour and merges their lines per product', () => {
    const report = check([
      ['李阿姨', '13800138000', '鸡蛋', '', '1', '12.90', '3栋', '放门口', '周末鲜'],
      ['王师傅', '', '豆腐', '', '2', '', '5栋', '', ''],
      ['李阿姨', '13800138000', '牛奶', '', '1', '', '', '下午取', ''],
      ['李阿姨', '13800138000', '有机鸡蛋10枚', '', '2', '25.80', '3栋', '放门口', ''],
      ['李阿姨', '', '牛奶', '', '1', '', '', '', ''],
    ]);
    expect(groupIntoOrders(report.valid)).toEqual([
      {
        name: '李阿姨',
        phone: '+8613800138000',
        building: '3栋',
        note: '放门口；下午取',
        campaign: '周末鲜',
        lines: [
          { productId: 'p-egg10', qty: 3, priceFen: 3870, rows: [2, 5] },
          { productId: 'p-milk', qty: 1, rows: [4] },
        ],
        rows: [2, 4, 5],
      },
      {
        name: '王师傅',
        phone: '',
        building: '5栋',
        note: '',
        campaign: '',
        lines: [{ productId: 'p-tofu', qty: 2, rows: [3] }],
        rows: [3],
      },
      {
        name: '李阿姨',
        phone: '',
        building: '',
        note: '',
        campaign: '',
        lines: [{ productId: 'p-milk', qty: 1, rows: [6] }],
        rows: [6],
      },
    ]);
  });

  it('drops the amount of a merged line when one of its rows had none', () => {
    const report = check([
      ['李阿姨', '', '鸡蛋', '', '1', '12.90', '', '', ''],
      ['李阿姨', '', '鸡蛋', '', '2', '', '', '', ''],
    ]);
    expect(groupIntoOrders(report.valid)[0]?.lines).toEqual([{ productId: 'p-egg10', qty: 3, rows: [2, 3] }]);
  });
});
