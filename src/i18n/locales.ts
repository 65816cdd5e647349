/**
 * The site's languages. Kazakh is the state language and the default
 * (see docs/domain.md, "Languages"); Russian is official alongside it.
 */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/** The name of each language written in that language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** The same names shortened for a phone's header; each is the start of the full name. */
export const LOCALE_SHORT_NAMES: Record<Locale, string> = {
  kk: 'Қаз',
  ru: 'Рус',
  en: 'Eng',
};

/** BCP 47 tags used for dates, numbers and Open Graph. */
export const LOCALE_TAGS: Record<Locale, string> = {
  kk: 'kk-KZ',
  ru: 'ru-RU',
  en: 'en-GB',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `getStaticPaths` for pages that exist once per language. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
