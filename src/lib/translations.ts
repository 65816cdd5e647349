import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

/** Where a localized entry lives: content/news/ru/2026-11-20-x.md has id "ru/2026-11-20-x". */
export function splitEntryId(id: string): { lang: Locale; slug: string } {
  const [lang, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(lang) || !slug) {
    throw new Error(`"${id}" is not in a language folder: put the file under kk/, ru/ or en/.`);
  }
  return { lang, slug };
}

export interface Translatable {
  lang: Locale;
  slug: string;
  translationKey: string;
}

/**
 * The language versions of one item: for each locale, the slug of its version, if any.
 * Items of the same `translationKey` are versions of one another.
 */
export function translationsOf<T extends Translatable>(
  item: T,
  all: readonly T[],
): Partial<Record<Locale, T>> {
  const found: Partial<Record<Locale, T>> = {};
  for (const other of all) {
    if (other.translationKey === item.translationKey) found[other.lang] = other;
  }
  return found;
}

/**
 * For every item, the locales that have no version of it, and the slug where a
 * "not translated" notice can stand in that locale (the slug of an existing version,
 * unless that slug is taken by another item of the locale).
 */
export function missingTranslations<T extends Translatable>(
  all: readonly T[],
): { lang: Locale; slug: string; versions: Partial<Record<Locale, T>> }[] {
  const byKey = new Map<string, Partial<Record<Locale, T>>>();
  const taken = new Set(all.map((i) => `${i.lang}/${i.slug}`));
  for (const item of all) {
    const versions = byKey.get(item.translationKey) ?? {};
    versions[item.lang] = item;
    byKey.set(item.translationKey, versions);
  }
  const result: { lang: Locale; slug: string; versions: Partial<Record<Locale, T>> }[] = [];
  for (const versions of byKey.values()) {
    const existing = LOCALES.map((l) => versions[l]).filter((v): v is T => !!v);
    for (const lang of LOCALES) {
      if (versions[lang]) continue;
      const slug = existing.map((v) => v.slug).find((s) => !taken.has(`${lang}/${s}`));
      if (slug) {
        taken.add(`${lang}/${slug}`);
        result.push({ lang, slug, versions });
      }
    }
  }
  return result;
}
