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

/** A page to build for one language: an item's own page, or a "not translated" notice. */
export interface LocalizedPage<T extends Translatable> {
  lang: Locale;
  slug: string;
  /** The item in this language; undefined on a "not translated" page. */
  item: T | undefined;
  /** Every language version of the item, by language. */
  versions: Partial<Record<Locale, T>>;
  /** The slug of the item's page in each language: its version, or the "not translated" page. */
  pageSlugs: Partial<Record<Locale, string>>;
}

/**
 * Every page of a localized collection: one per item, plus, for each language that lacks
 * a version of an item, a "not translated" page at the slug of an existing version (unless
 * that slug is taken in that language). Items sharing a `translationKey` are versions of one
 * another. Linear in the number of items: a benchmark builds 30,000 news pages.
 */
export function localizedPages<T extends Translatable>(all: readonly T[]): LocalizedPage<T>[] {
  type Group = Pick<LocalizedPage<T>, 'versions' | 'pageSlugs'>;
  const groups = new Map<string, Group>();
  for (const item of all) {
    const group = groups.get(item.translationKey) ?? { versions: {}, pageSlugs: {} };
    group.versions[item.lang] = item;
    group.pageSlugs[item.lang] = item.slug;
    groups.set(item.translationKey, group);
  }
  const taken = new Set(all.map((i) => `${i.lang}/${i.slug}`));
  // Pages of one item share its group object, so each sees the slugs of all the others.
  const pages: LocalizedPage<T>[] = all.map((item) => ({
    lang: item.lang,
    slug: item.slug,
    item,
    ...groups.get(item.translationKey)!,
  }));
  for (const group of groups.values()) {
    const slugs = LOCALES.flatMap((l) => (group.versions[l] ? [group.versions[l].slug] : []));
    for (const lang of LOCALES) {
      if (group.versions[lang]) continue;
      const slug = slugs.find((s) => !taken.has(`${lang}/${s}`));
      if (slug === undefined) continue;
      taken.add(`${lang}/${slug}`);
      group.pageSlugs[lang] = slug;
      pages.push({ lang, slug, item: undefined, ...group });
    }
  }
  return pages;
}

/** `getStaticPaths()` of a localized collection's page file (src/pages/[lang]/…/[slug].astro). */
export const localizedPaths = <T extends Translatable>(all: readonly T[]) =>
  localizedPages(all).map((page) => ({
    params: { lang: page.lang, slug: page.slug },
    props: page,
  }));

/** URLs from slugs by language: `localeUrls({ ru: 'x' }, routes.article)` → `{ ru: '/ru/news/x/' }`. */
export function localeUrls(
  slugs: Partial<Record<Locale, string>>,
  route: (lang: Locale, slug: string) => string,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.flatMap((l) => (slugs[l] === undefined ? [] : [[l, route(l, slugs[l])]])),
  );
}

/** The slug of each version that exists. */
export function versionSlugs(
  versions: Partial<Record<Locale, { slug: string }>>,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.flatMap((l) => (versions[l] ? [[l, versions[l].slug]] : [])));
}

/**
 * The URLs of an item's page in the other languages: `alternates` where a version exists (the
 * page's hreflang links), `fallbacks` where a "not translated" page stands (the language menu).
 */
export function pageUrls(
  page: Pick<LocalizedPage<Translatable>, 'pageSlugs'> & {
    versions: Partial<Record<Locale, { slug: string }>>;
  },
  route: (lang: Locale, slug: string) => string,
): { alternates: Partial<Record<Locale, string>>; fallbacks: Partial<Record<Locale, string>> } {
  return {
    alternates: localeUrls(versionSlugs(page.versions), route),
    fallbacks: localeUrls(page.pageSlugs, route),
  };
}
