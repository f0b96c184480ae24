import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

const mirrorKey = 'linli.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The locale is kept in the database (so it travels with the store's settings) and mirrored in
 * localStorage so the very first paint, before the database opens, is already in the right language.
 */
export async function initI18n(): Promise<void> {
  const mirrored = window.localStorage.getItem(mirrorKey);
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: isLocale(mirrored) ? mirrored : defaultLocale,
    fallbackLng: defaultLocale,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
}

export async function applyLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(mirrorKey, locale);
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}
