import { describe, expect, it } from 'vitest';
import { parsePriceFen } from './price';
import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['2', 2],
    ['２', 2],
    [' 3 ', 3],
    ['2份', 2],
    ['×2', 2],
    ['x3', 3],
    ['X 4', 4],
    ['*5', 5],
    ['共6件', 6],
    ['2.0', 2],
    ['一', 1],
    ['两', 2],
    ['两盒', 2],
    ['三份', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百零五', 105],
    ['10000', 10_000],
  ])('%j is %i', (text, qty) => expect(parseQuantity(text)).toBe(qty));

  it.each(['', '0', '零', '-1', '1.5', '2-3', 'abc', '五五', '十十', '10001', '2kg'])(
    '%j is not a quantity',
    (text) => expect(parseQuantity(text)).toBeNull(),
  );
});

describe('parsePriceFen', () => {
  it.each([
    ['12.90', 1290],
    ['¥12.9', 1290],
    ['￥ 8', 800],
    ['12.9元', 1290],
    ['1,290.00', 129_000],
    ['12.899999999999999', 1290],
    ['0', 0],
  ])('%j is %i fen', (text, fen) => expect(parsePriceFen(text)).toBe(fen));

  it.each(['', '-5', 'free', '12.9.1', '见备注'])('%j is not an amount', (text) =>
    expect(parsePriceFen(text)).toBeNull(),
  );
});
