import { describe, expect, it } from 'vitest';
import { babyAgeLabel, babyAgeMonths } from './household';

/** An instant given as wall-clock time in Asia/Shanghai (UTC+8). */
function shanghai(year: number, month: number, day: number, hour = 12, minute = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute, 0, ms);
}

describe('babyAgeLabel', () => {
  it.each([
    ['2024-05', shanghai(2025, 1, 15), '宝宝 8 个月', 'Baby 8 months'],
    ['2024-05', shanghai(2024, 5, 1, 0, 0), '宝宝未满 1 个月', 'Baby under 1 month'],
    ['2024-05', shanghai(2024, 5, 31, 23, 59), '宝宝未满 1 个月', 'Baby under 1 month'],
    // 2024-05-31 16:00 UTC is already 1 June in Shanghai.
    ['2024-05', Date.UTC(2024, 4, 31, 16, 0), '宝宝 1 个月', 'Baby 1 month'],
    ['2024-05', Date.UTC(2024, 4, 31, 15, 59, 59, 999), '宝宝未满 1 个月', 'Baby under 1 month'],
    // Year boundary: New Year's Eve in UTC is New Year's Day in Shanghai.
    ['2024-12', Date.UTC(2024, 11, 31, 16, 0), '宝宝 1 个月', 'Baby 1 month'],
    ['2024-12', Date.UTC(2024, 11, 31, 15, 59, 59, 999), '宝宝未满 1 个月', 'Baby under 1 month'],
    ['2024-11', shanghai(2025, 1, 1, 0, 0), '宝宝 2 个月', 'Baby 2 months'],
    ['2024-02', shanghai(2025, 1, 31, 23, 59), '宝宝 11 个月', 'Baby 11 months'],
    ['2024-01', shanghai(2025, 1, 1, 0, 0), '宝宝 1 岁', 'Baby 1 year'],
    ['2023-10', shanghai(2025, 1, 10), '宝宝 1 岁 3 个月', 'Baby 1 year 3 months'],
    ['2023-02', shanghai(2024, 2, 29, 23, 0), '宝宝 1 岁', 'Baby 1 year'],
    ['2022-03', shanghai(2025, 3, 1), '宝宝 3 岁', 'Baby 3 years'],
    ['2022-02', shanghai(2025, 3, 31), '宝宝 3 岁 1 个月', 'Baby 3 years 1 month'],
    ['2025-03', shanghai(2025, 2, 28, 23, 59), '待产', 'Expecting'],
    ['2025-01', shanghai(2024, 12, 31, 23, 59), '待产', 'Expecting'],
    ['2026-06', shanghai(2025, 1, 1), '待产', 'Expecting'],
  ])('%s at %i → %s / %s', (birth, now, zh, en) => {
    expect(babyAgeLabel(birth, now, 'zh-CN')).toBe(zh);
    expect(babyAgeLabel(birth, now, 'en')).toBe(en);
  });

  it.each(['2024-13', '2024-00', '2024-5', '24-05', '', '2024-05-01', 'abcd-ef'])(
    '%j is not a month: null',
    (birth) => {
      expect(babyAgeLabel(birth, shanghai(2025, 1, 1), 'zh-CN')).toBeNull();
      expect(babyAgeMonths(birth, shanghai(2025, 1, 1))).toBeNull();
    },
  );
});

describe('babyAgeMonths', () => {
  it.each([
    ['2024-05', shanghai(2025, 1, 15), 8],
    ['2025-03', shanghai(2025, 1, 15), -2],
    ['2000-01', shanghai(2025, 1, 15), 300],
  ])('%s at %i is %i months', (birth, now, months) => expect(babyAgeMonths(birth, now)).toBe(months));
});
