/** Below this a number cannot be epoch milliseconds of a live comment (it is 1973), so it is seconds. */
const secondsBelow = 100_000_000_000;
/** The latest instant a JavaScript Date can hold. */
const maxEpochMs = 8_640_000_000_000_000;
const digits = /^\d{1,16}(?:\.\d+)?$/;
const isoLike = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A comment's time as epoch milliseconds: a number (milliseconds, or seconds as some platforms send), a
 * string of digits, or an ISO 8601 date-time (without an offset it is the machine's local time). Null when
 * it is none of these.
 */
export function parseCommentTime(value: number | string): number | null {
  if (typeof value === 'string') {
    const text = value.trim();
    if (digits.test(text)) return parseCommentTime(Number(text));
    if (!isoLike.test(text)) return null;
    const parsed = Date.parse(text.replace(' ', 'T'));
    return Number.isNaN(parsed) ? null : parseCommentTime(parsed);
  }
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = Math.round(value < secondsBelow ? value * 1000 : value);
  return ms <= maxEpochMs ? ms : null;
}

/**
 * A time of day (`20:01` or `20:01:05`) on the local day of `day` (epoch ms), as chat exports write it.
 * Null when it is not a time of day.
 */
export function parseTimeOfDay(text: string, day: number): number | null {
  const match = timeOfDay.exec(text.trim());
  if (!match) return null;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? '0'));
  if (hours === undefined || minutes === undefined || seconds === undefined) return null;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(day);
  date.setHours(hours, minutes, seconds, 0);
  return date.getTime();
}
