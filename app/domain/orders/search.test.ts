import { describe, expect, it } from 'vitest';
import { dateQueryRange, matchesText, parseOrderQuery, type OrderQuery } from './search';
import { orderIn } from './test-support';

describe('reading the order search box', () => {
  it.each<[string, OrderQuery]>([
    ['482913', { kind: 'pickupCode', value: '482913' }],
    ['4829130571', { kind: 'pickupCode', value: '4829130571' }],
    [' 482913 ', { kind: 'pickupCode', value: '482913' }],
    ['４８２９１３', { kind: 'pickupCode', value: '482913' }],
    ['8000', { kind: 'phoneTail', value: '8000' }],
    ['13800138000', { kind: 'phoneTail', value: '8000' }],
    ['138 0013 8000', { kind: 'phoneTail', value: '8000' }],
    ['2025-05-10', { kind: 'date', value: '2025-05-10' }],
    ['2025-5-1', { kind: 'date', value: '2025-05-01' }],
    ['5/10', { kind: 'date', value: '05-10' }],
    ['2/29', { kind: 'date', value: '02-29' }],
    ['2025-02-29', { kind: 'text', value: '2025-02-29' }],
    ['13/1', { kind: 'text', value: '13/1' }],
    ['123', { kind: 'text', value: '123' }],
    ['12345', { kind: 'text', value: '12345' }],
    ['12345678901', { kind: 'text', value: '12345678901' }],
    ['王阿姨', { kind: 'text', value: '王阿姨' }],
    ['鸡蛋 2', { kind: 'text', value: '鸡蛋 2' }],
    ['', { kind: 'text', value: '' }],
  ])('%j is %j', (text, query) => expect(parseOrderQuery(text)).toEqual(query));
});

describe('date ranges', () => {
  const shanghai = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, -8);
  const now = shanghai(2025, 1, 3) + 10 * 3_600_000;

  it.each<[string, number]>([
    ['2024-12-31', shanghai(2024, 12, 31)],
    ['12-31', shanghai(2024, 12, 31)],
    ['01-03', shanghai(2025, 1, 3)],
    ['01-04', shanghai(2024, 1, 4)],
    ['02-29', shanghai(2024, 2, 29)],
  ])('%s means the Shanghai day starting at %i', (value, from) => {
    expect(dateQueryRange({ kind: 'date', value }, now)).toEqual({ from, to: from + 86_400_000 });
  });

  it('has no range for a date that does not exist', () => {
    expect(dateQueryRange({ kind: 'date', value: '02-30' }, now)).toBeNull();
  });
});

describe('text search', () => {
  const order = orderIn('paid', { memberName: 'Lily 王' });

  it.each([
    ['lily', true],
    ['LILY', true],
    ['ｌｉｌｙ', true],
    ['鸡蛋', true],
    ['牛奶', true],
    ['  ', true],
    ['苹果', false],
  ])('%j matches: %s', (text, matches) => expect(matchesText(order, text)).toBe(matches));
});
