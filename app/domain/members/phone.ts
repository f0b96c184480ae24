/**
 * Mainland mobile numbers arrive typed by neighbours, pasted from WeChat or exported by other tools:
 * with spaces and dashes, with +86 / 0086 / 86 in front, or in full-width digits from a Chinese IME.
 * Members store one canonical form (`+8613800138000`) so that the same person is found whatever was typed.
 */

const mobile = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
/** Separators people and spreadsheets put inside numbers; none of them carries meaning. */
const separators = /[\s\-–—_.()（）]/g;

/** `+86` followed by the 11 digits for a mainland mobile, or null for anything else (landlines included). */
export function normalizeMainlandPhone(input: string): string | null {
  // NFKC turns full-width digits and plus signs (１３８, ＋) into their ASCII forms.
  const compact = input.normalize('NFKC').replace(separators, '');
  const match = mobile.exec(compact);
  return match?.[1] === undefined ? null : `+86${match[1]}`;
}

/** The last `n` digits, as owners ask "尾号?" at the desk; '' for a member without a phone. */
export function phoneTail(phone: string, n = 4): string {
  if (n <= 0) return '';
  return phone.replace(/\D/g, '').slice(-n);
}
