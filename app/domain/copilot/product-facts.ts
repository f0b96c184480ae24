import { formatFen } from '../money';
import type { CopilotLocale, DigestProduct } from './types';

const specInName = /\d+(?:\.\d+)?\s*(?:kg|g|ml|l|斤|公斤|千克|克|毫升|升|枚|个|只|片|包|袋|粒|支)(?![a-z])/iu;

/**
 * 有机米粉(6月龄+) → 有机米粉, 低敏奶粉800g → 低敏奶粉: what a host says aloud. The brackets and the size
 * are facts the scripts state on their own.
 */
export function shortName(name: string): string {
  const bare = name.replace(/[（(][^）)]*[）)]/gu, '').trim();
  const spec = specInName.exec(bare.normalize('NFKC'));
  const short =
    spec !== null && spec.index + spec[0].length === bare.length ? bare.slice(0, spec.index) : bare;
  return short.trim() === '' ? name.trim() : short.trim();
}

const ageSpan = /(\d{1,2})\s*[-~～至到]\s*(\d{1,2})\s*(?:月龄|个月)/u;
const ageFrom = /(\d{1,2})\s*(?:月龄|个月)\s*(?:\+|以上|起)?/u;

/** The owner's age range, else the one in the name (6月龄+, 0-6个月); null when neither says. */
export function ageOf(product: DigestProduct, locale: CopilotLocale): string | null {
  if (product.facts.ageRange !== undefined && product.facts.ageRange.trim() !== '') {
    return product.facts.ageRange.trim();
  }
  const name = product.name.normalize('NFKC');
  const span = ageSpan.exec(name);
  if (span?.[1] !== undefined && span[2] !== undefined) {
    return locale === 'en' ? `${span[1]}-${span[2]} months` : `${span[1]}-${span[2]}月龄`;
  }
  const from = ageFrom.exec(name)?.[1];
  if (from === undefined) return null;
  return locale === 'en' ? `${from} months+` : `${from}月龄+`;
}

/** The owner's size, else the one in the name (低敏奶粉800g → 800g); null when neither says. */
export function specOf(product: DigestProduct): string | null {
  const spec = product.facts.spec?.trim();
  if (spec !== undefined && spec !== '') return spec;
  return specInName.exec(product.name.normalize('NFKC'))?.[0].replace(/\s/gu, '') ?? null;
}

function yuanParts(fen: number): { yuan: string; cents: string } {
  const cents = String(fen % 100)
    .padStart(2, '0')
    .replace(/0+$/u, '');
  return { yuan: String(Math.floor(fen / 100)), cents };
}

/** 3990 → 39.9元 as a host says it; in English the currency format the rest of the app uses. */
export function spokenPrice(fen: number, locale: CopilotLocale): string {
  if (locale === 'en') return formatFen(fen, 'en');
  const { yuan, cents } = yuanParts(fen);
  return cents === '' ? `${yuan}元` : `${yuan}.${cents}元`;
}

/** The ways a transcript writes a price (39.9, 39块9, 39元9), to tell whether the host already said it. */
export function priceKeywords(fen: number): string[] {
  const { yuan, cents } = yuanParts(fen);
  return cents === ''
    ? [`${yuan}元`, `${yuan}块`]
    : [`${yuan}.${cents}`, `${yuan}块${cents}`, `${yuan}元${cents}`];
}
