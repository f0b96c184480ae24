import { shanghaiDate } from '../orders/shanghai-day';

export type HouseholdLocale = 'zh-CN' | 'en';

/**
 * Whole calendar months from the birth month to the month `now` falls in, in Asia/Shanghai: the owner
 * records only `YYYY-MM`, so a baby born on any day of March is 1 month old all through April.
 * Negative while the baby is still expected; null when the month is not a real one (2024-13).
 */
export function babyAgeMonths(babyBirthMonth: string, now: number): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(babyBirthMonth);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const today = shanghaiDate(now);
  return today.year * 12 + today.month - (year * 12 + month);
}

/**
 * The label the member card shows: 宝宝 8 个月, 宝宝 1 岁 3 个月, 待产 for a baby not born yet; in the birth
 * month itself 宝宝未满 1 个月, since "0 个月" reads as a mistake. Null for a malformed month.
 */
export function babyAgeLabel(babyBirthMonth: string, now: number, locale: HouseholdLocale): string | null {
  const age = babyAgeMonths(babyBirthMonth, now);
  if (age === null) return null;
  const years = Math.floor(age / 12);
  const months = age % 12;
  return locale === 'zh-CN' ? zhLabel(age, years, months) : enLabel(age, years, months);
}

function zhLabel(age: number, years: number, months: number): string {
  if (age < 0) return '待产';
  if (age === 0) return '宝宝未满 1 个月';
  if (years === 0) return `宝宝 ${months} 个月`;
  return months === 0 ? `宝宝 ${years} 岁` : `宝宝 ${years} 岁 ${months} 个月`;
}

function enLabel(age: number, years: number, months: number): string {
  if (age < 0) return 'Expecting';
  if (age === 0) return 'Baby under 1 month';
  const monthText = `${months} ${months === 1 ? 'month' : 'months'}`;
  if (years === 0) return `Baby ${monthText}`;
  const yearText = `${years} ${years === 1 ? 'year' : 'years'}`;
  return months === 0 ? `Baby ${yearText}` : `Baby ${yearText} ${monthText}`;
}
