import en from './en.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import { LOCALE_TAGS, type Locale } from './locales.ts';

export * from './locales.ts';

/** Every UI string key; English is the reference set and the parity test checks the others. */
export type UiKey = keyof typeof en;

export const UI: Record<Locale, Record<UiKey, string>> = { kk, ru, en };

/**
 * Returns the translator for a language: `t('news.pageOf', { page: 2, total: 9 })`.
 * Placeholders are `{name}`; a missing value is an error, not an empty string.
 */
export function useTranslations(lang: Locale) {
  const strings = UI[lang];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
  };
}
export type Translate = ReturnType<typeof useTranslations>;

/** A calendar day (YYYY-MM-DD, Almaty) as an instant inside that day everywhere: noon UTC. */
export const dayToDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** A calendar day (YYYY-MM-DD) as the site writes dates. */
export const formatDay = (day: string, lang: Locale) => formatDate(dayToDate(day), lang);

/** Date formats are costly to create and used for every date of a page: made once each. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date for a language, in Almaty time. */
export function formatDate(date: Date, lang: Locale, style: 'long' | 'short' = 'long'): string {
  const key = `${lang}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
      dateStyle: style === 'long' ? 'long' : 'medium',
      timeZone: 'Asia/Almaty',
    });
    formats.set(key, format);
  }
  return format.format(date);
}
