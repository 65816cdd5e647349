/**
 * Dates and numbers as the site writes them, in a language. Apart from the UI dictionaries so
 * that the browser's scripts use the same formatters without loading the dictionaries.
 */
import { DEFAULT_LOCALE, isLocale, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';

/** The service's time zone: days, deadlines and times are Almaty's. */
export const TIME_ZONE = 'Asia/Almaty';

/** A page's language from an attribute or parameter, the default one when it is not known. */
export const localeOr = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** A calendar day (YYYY-MM-DD, Almaty) as an instant inside that day everywhere: noon UTC. */
export const dayToDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** Formats are costly to create and used for every date of a page: made once each. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format as T;
}

/** A date in a language, in Almaty time: "1 December 2026" (long) or "1 Dec 2026" (short). */
export function formatDate(date: Date, lang: Locale, style: 'long' | 'short' = 'long'): string {
  return cached(
    `date:${lang}:${style}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
        dateStyle: style === 'long' ? 'long' : 'medium',
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

/** A calendar day (YYYY-MM-DD) as the site writes dates. */
export const formatDay = (day: string, lang: Locale, style: 'long' | 'short' = 'long') =>
  formatDate(dayToDate(day), lang, style);

/** A moment with its time of day, in Almaty time. */
export function formatDateTime(date: Date, lang: Locale): string {
  return cached(
    `datetime:${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

export const formatNumber = (value: number, lang: Locale) =>
  cached(`number:${lang}`, () => new Intl.NumberFormat(LOCALE_TAGS[lang])).format(value);

/** A share (0…1) as a whole percentage. */
export const formatPercent = (share: number, lang: Locale) =>
  cached(
    `percent:${lang}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[lang], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
