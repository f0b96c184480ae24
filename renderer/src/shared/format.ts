/** The owner's clock: stored times are epoch ms, shown in the store's time zone. */
export const storeTimeZone = 'Asia/Shanghai';

export function formatDateTime(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: storeTimeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(ms);
}

export function formatDate(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: storeTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/** Shows a phone as 138****8000: enough to recognise a neighbour at the counter, not to copy. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+86/, '');
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(7)}` : digits;
}
