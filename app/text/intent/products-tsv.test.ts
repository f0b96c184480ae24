import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import productsTsv from './fixtures/products.tsv?raw';
import { parseProductsTsv } from './products-tsv';

const problemOf = (text: string): unknown => {
  try {
    parseProductsTsv(text);
  } catch (error) {
    return error instanceof AppError ? [error.code, error.details?.problem, error.details?.line] : error;
  }
  return null;
};

describe('parseProductsTsv', () => {
  it("reads HQ's products.tsv", () => {
    expect(parseProductsTsv(productsTsv)).toEqual([
      { link: 1, name: '有机米粉(6月龄+)', aliases: [] },
      { link: 2, name: '散养土鸡蛋30枚', aliases: [] },
      { link: 3, name: '低敏奶粉800g', aliases: [] },
      { link: 4, name: '零添加酱油500ml', aliases: [] },
      { link: 5, name: '有机蔬菜箱', aliases: [] },
      { link: 6, name: '春季亲子插花体验课', aliases: [] },
    ]);
  });

  it('takes columns in any order, an aliases column, BOM, CRLF and # lines', () => {
    const text = '\uFEFF# exported\r\nname\tlink\taliases\r\n土鸡蛋\t2\t蛋, 鸡子\r\n\r\n';
    expect(parseProductsTsv(text)).toEqual([{ link: 2, name: '土鸡蛋', aliases: ['蛋', '鸡子'] }]);
  });

  it.each([
    ['sku\tname\n1\t米粉', ['IMPORT_INVALID', 'noHeader', undefined]],
    ['link\tname\nx\t米粉', ['IMPORT_INVALID', 'badLink', 2]],
    ['link\tname\n0\t米粉', ['IMPORT_INVALID', 'badLink', 2]],
    ['link\tname\n1\t米粉\n1\t奶粉', ['IMPORT_INVALID', 'duplicateLink', 3]],
    ['link\tname\n1\t', ['IMPORT_INVALID', 'noName', 2]],
    ['link\tname\n', ['IMPORT_INVALID', 'empty', undefined]],
    ['', ['IMPORT_INVALID', 'noHeader', undefined]],
  ])('refuses %j', (text, expected) => {
    expect(problemOf(text)).toEqual(expected);
  });
});
