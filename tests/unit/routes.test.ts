import { describe, expect, it } from 'vitest';
import { inEveryLocale, paginate, routes } from '../../src/lib/routes.ts';
import { telHref } from '../../src/lib/phone.ts';
import { missingTranslations, splitEntryId, translationsOf } from '../../src/lib/translations.ts';

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

  it('reads the language and slug from an entry id', () => {
    expect(splitEntryId('ru/2026-11-20-winter')).toEqual({ lang: 'ru', slug: '2026-11-20-winter' });
    expect(() => splitEntryId('de/x')).toThrow(/language folder/);
    expect(() => splitEntryId('ru')).toThrow(/language folder/);
  });

  it('links versions by translation key, not by slug', () => {
    const all = [item('ru', 'a'), item('kk', 'b'), item('en', 'c', 'other')];
    const found = translationsOf(all[0]!, all);
    expect(found.ru?.slug).toBe('a');
    expect(found.kk?.slug).toBe('b');
    expect(found.en).toBeUndefined();
  });

  it('plans a "not translated" page for each missing language, never on a taken slug', () => {
    const all = [item('ru', 'winter'), item('en', 'winter', 'another-story')];
    const missing = missingTranslations(all);
    // "story" lacks kk and en; en/winter is another story, so only kk/winter is planned.
    // "another-story" lacks kk and ru, but both slugs are now taken.
    expect(missing.map((m) => `${m.lang}/${m.slug}`)).toEqual(['kk/winter']);
    expect(missing[0]?.versions.ru?.translationKey).toBe('story');
  });
});
