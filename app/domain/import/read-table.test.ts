import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../export/xlsx';
import { mapColumns } from './columns';
import { catalogue } from './fixtures';
import { readTable } from './read-table';
import { validateRows } from './validate-rows';

const utf8 = (text: string): number[] => [...utf8ToBytes(text)];
const file = (name: string, bytes: number[] | Uint8Array) => ({ name, bytes: Uint8Array.from(bytes) });

async function formatFailure(name: string, bytes: number[]): Promise<unknown> {
  return readTable(file(name, bytes)).then(
    () => 'read without error',
    (error: unknown) => error,
  );
}

describe('readTable', () => {
  it('reads UTF-8 CSV with a BOM, as Excel saves it, with quotes and blank lines', async () => {
    const csv =
      '\uFEFF昵称,手机,商品,数量,备注\r\n李阿姨,138 0013 8000,有机鸡蛋10枚,2,"放门口,谢谢"\r\n\r\n王师傅,,"鲜牛奶 1L",两\r\n';
    const table = await readTable(file('快团团导出.csv', utf8(csv)));
    expect(table.headers).toEqual(['昵称', '手机', '商品', '数量', '备注']);
    expect(table.rows.slice(0, 3)).toEqual([
      ['李阿姨', '138 0013 8000', '有机鸡蛋10枚', '2', '放门口,谢谢'],
      [''],
      ['王师傅', '', '鲜牛奶 1L', '两'],
    ]);
    const report = validateRows(table, mapColumns(table.headers), { products: catalogue });
    expect(report.valid.map((row) => [row.row, row.name, row.qty])).toEqual([
      [2, '李阿姨', 2],
      [4, '王师傅', 2],
    ]);
  });

  it('reads UTF-8 CSV without a BOM, and tab-separated text', async () => {
    expect((await readTable(file('orders.csv', utf8('name,product,qty\n张姐,豆腐,1\n')))).rows[0]).toEqual([
      '张姐',
      '豆腐',
      '1',
    ]);
    expect(
      (await readTable(file('orders.tsv', utf8('name\tproduct\tqty\n张姐\t豆腐\t1\n')))).rows[0],
    ).toEqual(['张姐', '豆腐', '1']);
  });

  it('reads GBK CSV from older Windows tools', async () => {
    const 李阿姨 = [0xc0, 0xee, 0xb0, 0xa2, 0xd2, 0xcc];
    const 昵称 = [0xea, 0xc7, 0xb3, 0xc6];
    const 手机 = [0xca, 0xd6, 0xbb, 0xfa];
    const 商品 = [0xc9, 0xcc, 0xc6, 0xb7];
    const 数量 = [0xca, 0xfd, 0xc1, 0xbf];
    const 鸡蛋 = [0xbc, 0xa6, 0xb5, 0xb0];
    const 两 = [0xc1, 0xbd];
    const lines = [
      [昵称, 手机, 商品, 数量],
      [李阿姨, utf8('13800138000'), 鸡蛋, 两],
    ];
    const bytes = lines.flatMap((cells) => [
      ...cells.flatMap((cell, i) => (i === 0 ? cell : [...utf8(','), ...cell])),
      ...utf8('\r\n'),
    ]);
    const table = await readTable(file('接龙.csv', bytes));
    expect(table.headers).toEqual(['昵称', '手机', '商品', '数量']);
    expect(table.rows[0]).toEqual(['李阿姨', '13800138000', '鸡蛋', '两']);
    const report = validateRows(table, mapColumns(table.headers), { products: catalogue });
    expect(report.valid).toMatchObject([
      { name: '李阿姨', phone: '+8613800138000', productId: 'p-egg10', qty: 2 },
    ]);
  });

  it('reads an .xlsx written by write-excel-file, phone numbers stored as numbers included', async () => {
    const bytes = await toXlsx([
      {
        name: '订单',
        columns: [
          { header: '客户' },
          { header: '联系电话' },
          { header: '商品名称' },
          { header: '规格' },
          { header: '件数' },
          { header: '实付金额' },
        ],
        rows: [
          ['李阿姨', 13800138000, '丹东草莓', '500g', 2, 79.8],
          ['王师傅', '139-0013-9000', '豆腐', '', '三', ''],
        ],
      },
    ]);
    const table = await readTable(file('群接龙.xlsx', bytes));
    expect(table.headers).toEqual(['客户', '联系电话', '商品名称', '规格', '件数', '实付金额']);
    expect(table.rows).toEqual([
      ['李阿姨', '13800138000', '丹东草莓', '500g', '2', '79.8'],
      ['王师傅', '139-0013-9000', '豆腐', '', '三', ''],
    ]);
    const report = validateRows(table, mapColumns(table.headers), { products: catalogue });
    expect(report.errors).toEqual([]);
    expect(report.valid).toMatchObject([
      { row: 2, phone: '+8613800138000', productId: 'p-straw500', qty: 2, priceFen: 7980 },
      { row: 3, phone: '+8613900139000', productId: 'p-tofu', qty: 3 },
    ]);
  });

  it.each([
    ['an old .xls', '订单.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['a PDF', '订单.pdf', utf8('%PDF-1.7')],
    ['a damaged .xlsx', '订单.xlsx', utf8('not a zip at all')],
    ['a zip that is no workbook', 'photos.zip', [0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]],
  ])('refuses %s as IMPORT_INVALID format', async (_, name, bytes) => {
    expect(await formatFailure(name, bytes)).toMatchObject({
      code: 'IMPORT_INVALID',
      details: { reason: 'format' },
    });
  });
});
