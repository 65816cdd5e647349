import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { api, inEveryLocale, paginate, routes } from '../../src/lib/routes.ts';
import { telHref } from '../../src/lib/phone.ts';
import {
  localeUrls,
  localizedPages,
  splitEntryId,
  versionSlugs,
} from '../../src/lib/translations.ts';

describe('paginate', () => {
  it('splits into pages of the given size, the last one shorter', () => {
    const pages = paginate(
      Array.from({ length: 25 }, (_, i) => i),
      12,
    );
    expect(pages.map((p) => p.items.length)).toEqual([12, 12, 1]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
  it('gives one empty page for an empty list', () => {
    expect(paginate([], 12)).toEqual([{ page: 1, total: 1, items: [] }]);
  });
  it('refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('routes', () => {
  it('puts every page under its language and the first list page without a number', () => {
    expect(routes.news('kk')).toBe('/kk/news/');
    expect(routes.news('kk', 1)).toBe('/kk/news/');
    expect(routes.news('ru', 3)).toBe('/ru/news/3/');
    expect(routes.category('en', 'road-safety', 2)).toBe('/en/news/category/road-safety/2/');
    expect(routes.area('ru', 'almaly', 'almaly-03')).toBe('/ru/districts/almaly/#area-almaly-03');
    expect(inEveryLocale(routes.fines)).toEqual({
      kk: '/kk/fines/',
      ru: '/ru/fines/',
      en: '/en/fines/',
    });
  });
});

describe('telHref', () => {
  it('keeps the + of a full number and only digits', () => {
    expect(telHref('+7 727 000 12 34')).toBe('tel:+77270001234');
    expect(telHref('102')).toBe('tel:102');
  });
});

describe('translations', () => {
  const item = (lang: 'kk' | 'ru' | 'en', slug: string, translationKey = 'story') => ({
    lang,
    slug,
    translationKey,
  });
  const ids = (pages: { lang: string; slug: string; item: unknown }[]) =>
    pages.map((p) => `${p.lang}/${p.slug}${p.item ? '' : ' (not translated)'}`);

  it('reads the language and slug from an entry id', () => {
    expect(splitEntryId('ru/2026-11-20-winter')).toEqual({ lang: 'ru', slug: '2026-11-20-winter' });
    expect(() => splitEntryId('de/x')).toThrow(/language folder/);
    expect(() => splitEntryId('ru')).toThrow(/language folder/);
  });

  it('links versions by translation key, not by slug', () => {
    const all = [item('ru', 'a'), item('kk', 'b'), item('en', 'c', 'other')];
    const pages = localizedPages(all);
    const ru = pages.find((p) => p.lang === 'ru' && p.item)!;
    expect(ru.versions.kk?.slug).toBe('b');
    expect(ru.versions.en).toBeUndefined();
    expect(localeUrls(versionSlugs(ru.versions), routes.article)).toEqual({
      ru: '/ru/news/a/',
      kk: '/kk/news/b/',
    });
  });

  it('adds a "not translated" page for each missing language, never on a taken slug', () => {
    const all = [item('ru', 'winter'), item('en', 'winter', 'another-story')];
    const pages = localizedPages(all);
    // "story" lacks kk and en; en/winter is another story, so only kk/winter is added.
    // "another-story" lacks kk and ru, but both slugs are now taken.
    expect(ids(pages)).toEqual(['ru/winter', 'en/winter', 'kk/winter (not translated)']);
    const ruPage = pages[0]!;
    expect(ruPage.pageSlugs).toEqual({ ru: 'winter', kk: 'winter' });
    expect(pages[2]!.versions.ru?.translationKey).toBe('story');
  });

  it('gives every item its own page and stays linear on large collections', () => {
    const all = Array.from({ length: 30_000 }, (_, i) =>
      item((['kk', 'ru', 'en'] as const)[i % 3]!, `s${Math.floor(i / 3)}`, `k${Math.floor(i / 3)}`),
    );
    const pages = localizedPages(all);
    expect(pages).toHaveLength(30_000);
    expect(pages.every((p) => Object.keys(p.versions).length === 3)).toBe(true);
  });
});

describe('api paths', () => {
  /** Each function's `config.path` literals, as Netlify reads them from the source. */
  const functionPaths = readdirSync('functions')
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const source = readFileSync(`functions/${f}`, 'utf8');
      const config = /export const config: Config = \{ path: (\[[^\]]*\]|'[^']*')/.exec(source);
      return config ? [...config[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : [];
    });
  const pattern = (path: string) => new RegExp(`^${path.replace(/:[a-z]+/g, '[^/]+')}$`, 'u');
  const matched = (url: string) => functionPaths.filter((p) => pattern(p).test(url));
  const urls = Object.values(api).map((entry) =>
    typeof entry === 'string' ? entry : entry('MPS-2026-000001', 'answer'),
  );

  it('each reach a function', () => {
    for (const url of urls) expect(matched(url), url).not.toEqual([]);
  });
  it('cover every path a function serves', () => {
    for (const path of functionPaths)
      expect(
        urls.some((url) => pattern(path).test(url)),
        path,
      ).toBe(true);
  });
});
