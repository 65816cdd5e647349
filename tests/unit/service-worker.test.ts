/**
 * The service worker's pure parts: which requests it may answer and store
 * (src/service-worker/policy.ts), and which files each language keeps, found from the built
 * pages (scripts/lib/service-worker.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  isPrivatePath,
  isStaleCache,
  isStorable,
  languagesToKeep,
  offlineCandidates,
  pageKey,
  preferredLanguage,
  strategyFor,
} from '../../src/service-worker/policy.ts';
import {
  finderShards,
  fontFaces,
  pageReferences,
  parseUnicodeRange,
  precacheEntries,
  precacheList,
  styleReferences,
  workerVersion,
  type ReadFile,
} from '../../scripts/lib/service-worker.ts';

const ORIGIN = 'https://mps.test';

const request = (
  path: string,
  init: { method?: string; mode?: string; headers?: Record<string, string>; cache?: string } = {},
) => {
  const headers = new Headers(init.headers);
  return {
    url: path.startsWith('http') ? path : `${ORIGIN}${path}`,
    method: init.method ?? 'GET',
    mode: init.mode ?? 'cors',
    cache: init.cache ?? 'default',
    headers,
  };
};

describe('strategyFor: may the worker answer this request from a cache?', () => {
  it('serves pages network first, hashed files cache first, other files network first', () => {
    expect(strategyFor(request('/ru/finder/', { mode: 'navigate' }), ORIGIN)).toBe('page');
    expect(strategyFor(request('/ru/news/?page=2', { mode: 'navigate' }), ORIGIN)).toBe('page');
    expect(strategyFor(request('/_astro/global.abc123.css'), ORIGIN)).toBe('asset');
    expect(strategyFor(request('/ru/finder/index.json'), ORIGIN)).toBe('file');
    expect(strategyFor(request('/open-data/areas.geojson'), ORIGIN)).toBe('file');
  });

  it('leaves the functions, the CMS, the desk and Netlify to the browser, in any spelling', () => {
    for (const path of [
      '/api/appeals',
      '/api/appeals/status?number=MPS-2026-000001&code=ABCD',
      '/api/staff/appeals',
      '/API/appeals',
      '/%61pi/appeals',
      '//api/appeals',
      '/.netlify/functions/appeals',
      '/admin/',
      '/admin',
      '/ru/staff/',
      '/kk/staff/',
      '/en/staff/?appeal=1',
      '/RU/Staff/',
      '/ru//staff/',
    ]) {
      expect(strategyFor(request(path, { mode: 'navigate' }), ORIGIN), path).toBeUndefined();
      expect(strategyFor(request(path), ORIGIN), path).toBeUndefined();
    }
    // Pages whose names only begin like them are the site's.
    expect(strategyFor(request('/apiary/'), ORIGIN)).toBe('file');
    expect(strategyFor(request('/ru/staffing/', { mode: 'navigate' }), ORIGIN)).toBe('page');
    expect(isPrivatePath('/ru/%E0%A4%A')).toBe(true);
  });

  it('leaves other methods, other sites, credentials and ranges to the browser', () => {
    expect(strategyFor(request('/ru/chief/ask/', { method: 'POST' }), ORIGIN)).toBeUndefined();
    expect(strategyFor(request('/ru/', { method: 'HEAD' }), ORIGIN)).toBeUndefined();
    expect(strategyFor(request('https://tiles.example/1/2/3.png'), ORIGIN)).toBeUndefined();
    expect(strategyFor(request('http://mps.test/ru/'), ORIGIN)).toBeUndefined();
    expect(
      strategyFor(
        request('/ru/finder/index.json', { headers: { Authorization: 'Bearer x' } }),
        ORIGIN,
      ),
    ).toBeUndefined();
    expect(
      strategyFor(request('/_astro/video.mp4', { headers: { Range: 'bytes=0-' } }), ORIGIN),
    ).toBeUndefined();
    expect(
      strategyFor(request('/ru/', { cache: 'only-if-cached', mode: 'no-cors' }), ORIGIN),
    ).toBeUndefined();
  });

  it('takes real Requests', () => {
    expect(strategyFor(new Request(`${ORIGIN}/_astro/a.js`), ORIGIN)).toBe('asset');
    expect(strategyFor(new Request(`${ORIGIN}/api/appeals`), ORIGIN)).toBeUndefined();
  });
});

describe('isStorable: may this answer be kept?', () => {
  const response = (
    status = 200,
    headers: Record<string, string> = {},
    type = 'basic',
    redirected = false,
  ) => ({ status, type, redirected, headers: new Headers(headers) });

  it('keeps a plain 200 of this site, also when it must be revalidated', () => {
    expect(isStorable(response())).toBe(true);
    expect(
      isStorable(response(200, { 'Cache-Control': 'public, max-age=0, must-revalidate' })),
    ).toBe(true);
    expect(isStorable(response(200, { 'Cache-Control': 'no-cache' }))).toBe(true);
  });

  it('never keeps errors, redirects, other sites, no-store or private answers', () => {
    expect(isStorable(response(404))).toBe(false);
    expect(isStorable(response(500))).toBe(false);
    expect(isStorable(response(206))).toBe(false);
    expect(isStorable(response(200, {}, 'opaque'))).toBe(false);
    expect(isStorable(response(200, {}, 'cors'))).toBe(false);
    expect(isStorable(response(0, {}, 'opaqueredirect'))).toBe(false);
    expect(isStorable(response(200, {}, 'basic', true))).toBe(false);
    expect(isStorable(response(200, { 'Cache-Control': 'no-store' }))).toBe(false);
    expect(isStorable(response(200, { 'Cache-Control': 'max-age=0, No-Store' }))).toBe(false);
    expect(isStorable(response(200, { 'Cache-Control': 'private, max-age=60' }))).toBe(false);
    expect(isStorable(response(200, { 'Cache-Control': 'private="set-cookie"' }))).toBe(false);
  });

  it('takes real Responses (a constructed one is not "basic")', () => {
    expect(isStorable(new Response('x'))).toBe(false);
  });
});

describe('caches and fallbacks', () => {
  it('names the caches after the version and finds those of other versions', () => {
    const names = cacheNames('abc');
    expect(names).toEqual({
      precache: 'mps-precache-abc',
      pages: 'mps-pages-abc',
      files: 'mps-files-abc',
    });
    expect(isStaleCache('mps-precache-old', 'abc')).toBe(true);
    expect(isStaleCache('mps-pages-old', 'abc')).toBe(true);
    expect(isStaleCache('mps-files-abc', 'abc')).toBe(false);
    expect(isStaleCache('someone-elses-cache', 'abc')).toBe(false);
  });

  it('keeps a page by its path, whatever the query', () => {
    expect(pageKey(`${ORIGIN}/ru/search/?q=штраф#top`)).toBe(`${ORIGIN}/ru/search/`);
  });

  it('offers the offline page of the path’s language, else the browser’s, else Kazakh', () => {
    expect(preferredLanguage('/en/news/x/', ['ru-RU'])).toBe('en');
    expect(preferredLanguage('/', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLanguage('/open-data/', ['de'])).toBe('kk');
    expect(offlineCandidates('/ru/news/x/', [])).toEqual([
      '/ru/offline/',
      '/kk/offline/',
      '/en/offline/',
    ]);
  });

  it('keeps the languages of open windows and of the previous version', () => {
    expect(languagesToKeep([`${ORIGIN}/ru/`, `${ORIGIN}/ru/finder/`], [])).toEqual(['ru']);
    expect(languagesToKeep([`${ORIGIN}/en/`], ['kk'])).toEqual(['kk', 'en']);
    expect(languagesToKeep([`${ORIGIN}/`], [])).toEqual([]);
  });
});

describe('precacheList: what a language keeps, read from the built pages', () => {
  const PAGE = (lang: string) => `<!doctype html><html lang="${lang}"><head>
<script src="/vi-init.js"></script>
<link rel="stylesheet" href="/_astro/global.abc.css">
<link rel="preload" href="/_astro/font-extra.woff2" as="font" type="font/woff2" crossorigin>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="manifest" href="/${lang}/manifest.webmanifest">
<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">
<link rel="alternate" hreflang="kk" href="https://mps.test/kk/finder/">
<link rel="canonical" href="https://mps.test/${lang}/finder/">
<script type="module" src="/_astro/page.def.js"></script>
<script type="application/ld+json">{"url":"/not-a-script.js"}</script>
</head><body><img src="/emblem.svg" alt=""><a href="/${lang}/news/">Новости</a>
<img srcset="/_astro/photo.1x.webp 1x, /_astro/photo.2x.webp 2x" src="/_astro/photo.1x.webp" alt="">
<img src="https://other.example/x.png" alt=""><img src="data:image/gif;base64,R0lGOD" alt="">
</body></html>`;
  const FILES: Record<string, string> = {
    '/ru/offline/': PAGE('ru'),
    '/ru/contacts/': PAGE('ru'),
    '/ru/finder/': `${PAGE('ru')}<script type="module" src="/_astro/finder.123.js"></script>`,
    '/ru/finder/index.json': '{"d":[{"photo":"/_astro/officer.svg"}]}',
    '/open-data/areas.geojson': '{}',
    '/vi-init.js': '(function(){})()',
    '/_astro/global.abc.css':
      '@font-face{font-family:Noto Sans;src:url(/_astro/font-cyr.woff2) format("woff2");unicode-range:U+0400-045F,U+2116}' +
      '@font-face{src:url("./font-lat.woff2");unicode-range:U+0000-00FF}' +
      "@font-face{src:url('./font-latext.woff2');unicode-range:U+0100-024F}" +
      '@font-face{src:url(./font-any.woff2)}' +
      '.x{background:url(/_astro/bg.svg)}.y{background:url(data:image/png;base64,AA)}',
    '/_astro/font-cyr.woff2': 'wOF2',
    '/_astro/font-lat.woff2': 'wOF2',
    '/_astro/font-latext.woff2': 'wOF2',
    '/_astro/font-any.woff2': 'wOF2',
    '/_astro/bg.svg': '<svg/>',
    '/_astro/font-extra.woff2': 'wOF2',
    '/favicon.svg': '<svg/>',
    '/emblem.svg': '<svg/>',
    '/_astro/photo.1x.webp': 'RIFF',
    '/_astro/photo.2x.webp': 'RIFF',
    '/_astro/page.def.js': 'import{a}from"./shared.js";a()',
    '/_astro/finder.123.js':
      'import{a}from"./shared.js";import"./phone.js";a();import("./finder-map.js")',
    '/_astro/shared.js': 'export const a=()=>1;',
    '/_astro/phone.js': 'export const p=1;',
    '/_astro/finder-map.js': 'export const m=1;',
  };
  const read: ReadFile = (path) =>
    FILES[path] === undefined ? undefined : Buffer.from(FILES[path]!);

  it('lists the entries and what they load up front, each once', () => {
    const list = precacheList(precacheEntries('ru'), read);
    expect(list.slice(0, 5)).toEqual([
      '/ru/offline/',
      '/ru/contacts/',
      '/ru/finder/',
      '/ru/finder/index.json',
      '/open-data/areas.geojson',
    ]);
    expect([...list].sort()).toEqual(
      [
        '/ru/offline/',
        '/ru/contacts/',
        '/ru/finder/',
        '/ru/finder/index.json',
        '/open-data/areas.geojson',
        '/vi-init.js',
        '/_astro/global.abc.css',
        '/_astro/bg.svg',
        '/_astro/font-cyr.woff2',
        '/_astro/font-lat.woff2',
        '/_astro/font-any.woff2',
        '/_astro/font-extra.woff2',
        '/favicon.svg',
        '/emblem.svg',
        '/_astro/photo.1x.webp',
        '/_astro/photo.2x.webp',
        '/_astro/page.def.js',
        '/_astro/finder.123.js',
        '/_astro/shared.js',
        '/_astro/phone.js',
      ].sort(),
    );
    // Not followed: links, the manifest, the icon for home screens, import() and the index's
    // photos (kept when seen), other sites and data, a font for letters no kept file has.
    for (const path of [
      '/_astro/font-latext.woff2',
      '/ru/news/',
      '/ru/manifest.webmanifest',
      '/icons/apple-touch-icon.png',
      '/_astro/finder-map.js',
      '/_astro/officer.svg',
      '/not-a-script.js',
    ]) {
      expect(list).not.toContain(path);
    }
  });

  it('keeps a font when a kept page or the index has a letter of it, also as a reference', () => {
    const withIndex =
      (json: string): ReadFile =>
      (p) =>
        p === '/ru/finder/index.json' ? Buffer.from(json) : read(p);
    expect(precacheList(precacheEntries('ru'), withIndex('{"s":["Şamal"]}'))).toContain(
      '/_astro/font-latext.woff2',
    );
    const withPage: ReadFile = (p) =>
      p === '/ru/contacts/' ? Buffer.from(`${FILES['/ru/contacts/']}<p>&#x100;</p>`) : read(p);
    expect(precacheList(precacheEntries('ru'), withPage)).toContain('/_astro/font-latext.woff2');
  });

  it('keeps every district shard and neighbourhood file of the finder index it keeps, and fails on a missing one', () => {
    const index = JSON.stringify({
      v: 2,
      h: '1',
      a: ['almaly-01', 'almaly-02', 'medeu-01'],
      s: [],
    });
    const files = [
      '/ru/finder/almaly.json',
      '/ru/districts/almaly/neighbourhood.json',
      '/ru/finder/medeu.json',
      '/ru/districts/medeu/neighbourhood.json',
    ];
    expect(finderShards('/ru/finder/index.json', index)).toEqual(files);
    expect(finderShards('/ru/other.json', index)).toEqual([]);
    const withShards: ReadFile = (p) =>
      p === '/ru/finder/index.json'
        ? Buffer.from(index)
        : files.includes(p)
          ? Buffer.from('{}')
          : read(p);
    expect(precacheList(precacheEntries('ru'), withShards)).toEqual(expect.arrayContaining(files));
    const missing: ReadFile = (p) => (p === '/ru/finder/medeu.json' ? undefined : withShards(p));
    expect(() => precacheList(precacheEntries('ru'), missing)).toThrow(/medeu\.json/);
  });

  it('reads unicode-range as browsers do', () => {
    expect(parseUnicodeRange('U+0400-045F, U+2116,U+4??')).toEqual([
      [0x400, 0x45f],
      [0x2116, 0x2116],
      [0x400, 0x4ff],
    ]);
  });

  it('fails the build when a file is missing or private', () => {
    expect(() => precacheList(['/ru/finder/', '/ru/missing/'], read)).toThrow(
      '/ru/missing/ is not in the built site.',
    );
    expect(() =>
      precacheList(['/ru/offline/'], (p) => (p === '/_astro/shared.js' ? undefined : read(p))),
    ).toThrow('/_astro/shared.js');
    expect(() => precacheList(['/ru/staff/'], read)).toThrow('private');
  });

  it('reads references of pages and style sheets', () => {
    expect(
      pageReferences('<link rel="modulepreload" href="/_astro/a.js"><source srcset="/b.avif">'),
    ).toEqual(['/_astro/a.js', '/b.avif']);
    expect(
      styleReferences(`@import "./more.css";a{b:url( 'x.svg' )}@font-face{src:url(f.woff2)}`),
    ).toEqual(['x.svg', './more.css']);
    expect(fontFaces('@font-face{src:url(f.woff2) format("woff2")}')).toEqual([
      { urls: ['f.woff2'], ranges: undefined },
    ]);
  });

  it('gives a new version when a kept file or the worker changes, and only then', () => {
    const lists = {
      kk: [],
      ru: precacheList(precacheEntries('ru'), read),
      en: [],
    };
    const version = workerVersion('code', lists, read);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(workerVersion('code', lists, read)).toBe(version);
    expect(workerVersion('code 2', lists, read)).not.toBe(version);
    const changed: ReadFile = (p) =>
      p === '/_astro/font-cyr.woff2' ? Buffer.from('wOF2 v2') : read(p);
    expect(workerVersion('code', lists, changed)).not.toBe(version);
  });
});
