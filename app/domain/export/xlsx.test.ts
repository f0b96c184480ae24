import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { toXlsx, type XlsxSheet } from './xlsx';

async function readBack(bytes: Uint8Array): Promise<{ sheet: string; data: unknown[][] }[]> {
  return readXlsxFile(new Uint8Array(bytes).buffer);
}

const orders: XlsxSheet = {
  name: '周末鲜 5月',
  columns: [
    { header: '昵称', width: 16 },
    { header: '手机' },
    { header: '商品', width: 30 },
    { header: '数量' },
    { header: '金额(分)' },
  ],
  rows: [
    ['李阿姨', '+8613800138000', '有机鸡蛋 10枚', 2, 2580],
    ['王师傅', '', '草莓 500g', 1, 3990],
    ['=cmd|calc', '13900139000', '牛奶 “鲜”', 12, 0.5],
  ],
};

describe('toXlsx', () => {
  it('writes headers, Chinese text and numbers that read back unchanged', async () => {
    const bytes = await toXlsx([orders]);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const [sheet] = await readBack(bytes);
    expect(sheet?.sheet).toBe('周末鲜 5月');
    expect(sheet?.data).toEqual([
      ['昵称', '手机', '商品', '数量', '金额(分)'],
      ['李阿姨', '+8613800138000', '有机鸡蛋 10枚', 2, 2580],
      ['王师傅', null, '草莓 500g', 1, 3990],
      ['=cmd|calc', '13900139000', '牛奶 “鲜”', 12, 0.5],
    ]);
  });

  it('writes several sheets with names Excel accepts', async () => {
    const sheets: XlsxSheet[] = [
      { name: '汇总', columns: [{ header: '商品' }, { header: '件数' }], rows: [['鸡蛋', 40]] },
      { name: '汇总', columns: [{ header: 'x' }], rows: [] },
      { name: 'a/b:c?[d]*', columns: [{ header: 'y' }], rows: [[1]] },
      {
        name: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三',
        columns: [{ header: 'z' }],
        rows: [],
      },
      { name: '  ', columns: [{ header: 'w' }], rows: [] },
    ];
    const read = await readBack(await toXlsx(sheets));
    expect(read.map((sheet) => sheet.sheet)).toEqual([
      '汇总',
      '汇总 (2)',
      'a_b_c__d__',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
      'Sheet5',
    ]);
    expect(read[0]?.data).toEqual([
      ['商品', '件数'],
      ['鸡蛋', 40],
    ]);
  });

  it('refuses an empty workbook', async () => {
    await expect(toXlsx([])).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
