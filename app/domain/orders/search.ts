import type { OrderDoc } from '../../db/schemas/orders';
import { shanghaiDate, shanghaiDay, shanghaiDayOf, shanghaiDayStart } from './shanghai-day';

/**
 * What the owner typed into the order search box. Dates are normalized: 'YYYY-MM-DD' when a year was
 * typed, 'MM-DD' when not (see `dateQueryRange`).
 */
export type OrderQuery =
  | { kind: 'pickupCode'; value: string }
  | { kind: 'phoneTail'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'text'; value: string };

/** Demo and imported codes have 6 digits, signed codes 10; anything in between is taken as a code too. */
const pickupCodePattern = /^\d{6,10}$/;
const mainlandMobilePattern = /^1[3-9]\d{9}$/;
const isoDatePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const monthDayPattern = /^(\d{1,2})\/(\d{1,2})$/;

/** A leap year, so that 2/29 typed without a year is accepted. */
const anyLeapYear = 2024;

const pad = (value: number) => String(value).padStart(2, '0');

function parseDate(text: string): string | null {
  const iso = isoDatePattern.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return shanghaiDayOf(year, month, day) === null ? null : `${year}-${pad(month)}-${pad(day)}`;
  }
  const monthDay = monthDayPattern.exec(text);
  if (monthDay) {
    const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
    return shanghaiDayOf(anyLeapYear, month, day) === null ? null : `${pad(month)}-${pad(day)}`;
  }
  return null;
}

/**
 * Reads the search box. Full-width digits from a Chinese keyboard count as digits; spaces and dashes
 * inside a number are ignored (138 0013 8000). A whole mainland mobile number searches by its tail.
 */
export function parseOrderQuery(text: string): OrderQuery {
  const value = text.normalize('NFKC').trim();
  if (isoDatePattern.test(value) || monthDayPattern.test(value)) {
    const date = parseDate(value);
    // A date that does not exist (2/30) is a typo, not a pickup code made of its digits.
    return date === null ? { kind: 'text', value } : { kind: 'date', value: date };
  }
  const digits = /^[\d\s-]+$/.test(value) ? value.replace(/[\s-]/g, '') : '';
  if (mainlandMobilePattern.test(digits)) return { kind: 'phoneTail', value: digits.slice(-4) };
  if (digits.length === 4) return { kind: 'phoneTail', value: digits };
  if (pickupCodePattern.test(digits)) return { kind: 'pickupCode', value: digits };
  return { kind: 'text', value };
}

/** The latest occurrence of a month and day on or before the Shanghai day of `at`. */
function latestMonthDay(month: number, day: number, at: number): number | null {
  const today = shanghaiDay(at);
  const { year } = shanghaiDate(at);
  // Eight years back always reaches a leap year, for 2/29.
  for (let candidate = year; candidate >= year - 8; candidate -= 1) {
    const found = shanghaiDayOf(candidate, month, day);
    if (found !== null && found <= today) return found;
  }
  return null;
}

/**
 * The Shanghai day a date query means, as [from, to) in epoch ms, or null for a date that does not
 * exist. Without a year it is the latest such date not after `at`: in January, '12/31' means last
 * New Year's Eve, because orders are searched in the past.
 */
export function dateQueryRange(
  query: Extract<OrderQuery, { kind: 'date' }>,
  at: number,
): { from: number; to: number } | null {
  const [a = NaN, b = NaN, c] = query.value.split('-').map(Number);
  const day = c === undefined ? latestMonthDay(a, b, at) : shanghaiDayOf(a, b, c);
  return day === null ? null : { from: shanghaiDayStart(day), to: shanghaiDayStart(day + 1) };
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Whether a nickname or product name contains the text, ignoring case and full-width letters. */
export function matchesText(order: Pick<OrderDoc, 'memberName' | 'lines'>, text: string): boolean {
  const needle = fold(text.trim());
  if (needle === '') return true;
  return [order.memberName, ...order.lines.map((line) => line.name)].some((name) =>
    fold(name).includes(needle),
  );
}
