import { describe, expect, it } from 'vitest';
import { parseNumeral } from './numerals';

describe('parseNumeral', () => {
  it.each([
    ['1', 1],
    ['12', 12],
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['俩', 2],
    ['仨', 3],
    ['半打', 6],
    ['一打', 12],
    ['两打', 24],
    ['999', 999],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['0', '零', '', '1000', '五五', '十十', '一两', '三四', 'abc'])('%s is no quantity', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});
