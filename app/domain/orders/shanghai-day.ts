/** Stores are in mainland China: UTC+8 all year without daylight saving, so a fixed offset is exact. */
const offsetMs = 8 * 3_600_000;
const dayMs = 86_400_000;

/** The calendar day (days since 1970-01-01) an instant falls on in Asia/Shanghai. */
export function shanghaiDay(at: number): number {
  return Math.floor((at + offsetMs) / dayMs);
}

/** The first millisecond of a calendar day in Asia/Shanghai. */
export function shanghaiDayStart(day: number): number {
  return day * dayMs - offsetMs;
}

/** The calendar date of an instant in Asia/Shanghai. */
export function shanghaiDate(at: number): { year: number; month: number; day: number } {
  const date = new Date(shanghaiDay(at) * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar day of a date in Asia/Shanghai, or null when the date does not exist (2月30日). */
export function shanghaiDayOf(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return ms / dayMs;
}
