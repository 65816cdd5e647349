import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { api, inEveryLocale, paginate, routes } from '../../src/lib/routes.ts';

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
  it('reach one function each (which of two would run is up to the platform)', () => {
    const serving = (url: string) =>
      readdirSync('functions').filter((f) => {
        const source = readFileSync(`functions/${f}`, 'utf8');
        const config = /export const config: Config = \{ path: (\[[^\]]*\]|'[^']*')/.exec(source);
        return [...(config?.[1] ?? '').matchAll(/'([^']+)'/g)].some((m) =>
          pattern(m[1]!).test(url),
        );
      });
    for (const url of urls) expect(serving(url).length, url).toBeLessThanOrEqual(1);
    // The rating is not a number under /api/appeals/:number.
    expect(serving(api.answerFeedback)).toEqual(['appeal-feedback.ts']);
  });
});
