import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import {
  localeUrls,
  localizedPages,
  pageUrls,
  splitEntryId,
  versionSlugs,
} from '../../src/lib/translations.ts';

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
    expect(pageUrls(ru, routes.article)).toEqual({
      alternates: { ru: '/ru/news/a/', kk: '/kk/news/b/' },
      fallbacks: { ru: '/ru/news/a/', kk: '/kk/news/b/', en: '/en/news/b/' },
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
