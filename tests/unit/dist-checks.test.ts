/** Unit tests for the pure parts of scripts/check-dist.ts (scripts/lib/). */
import { describe, expect, it } from 'vitest';
import {
  gzipSize,
  measurePage,
  overBudget,
  staticImports,
  type Asset,
  type Budgets,
} from '../../scripts/lib/budgets.ts';
import { allowsInline, cspViolations, parseCsp, sha256Source } from '../../scripts/lib/csp.ts';
import { decodeEntities, scanTags, srcsetUrls } from '../../scripts/lib/html.ts';
import {
  classifyUrl,
  findBrokenLinks,
  resolvePath,
  urlPathOf,
  type Lookup,
} from '../../scripts/lib/links.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { parseVnuJson } from '../../scripts/lib/vnu.ts';
import { unsizedImages } from '../../scripts/lib/images.ts';

const SITE_CSP = SECURITY_HEADERS['Content-Security-Policy']!;

/** A fake dist folder: a set of file paths; their parent folders are directories. */
function fakeLookup(files: string[]): Lookup {
  const dirs = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return (rel) => (files.includes(rel) ? 'file' : dirs.has(rel) ? 'dir' : undefined);
}

describe('html scanner', () => {
  it('reads attributes, entities and raw text', () => {
    const tags = scanTags(
      '<!-- <a href="no"> --><a HREF="/x?a=1&amp;b=2" data-x=\'y\' hidden>t</a><script>if (a<b) {}</script><p>',
    );
    expect(tags.map((t) => t.name)).toEqual(['a', 'script', 'p']);
    expect(tags[0]?.attrs.get('href')).toBe('/x?a=1&b=2');
    expect(tags[0]?.attrs.get('hidden')).toBe('');
    expect(tags[1]?.text).toBe('if (a<b) {}');
    expect(decodeEntities('&#1178;&#x49A;&lt;')).toBe('ҚҚ<');
  });

  it('splits srcset', () => {
    expect(srcsetUrls('/a.webp 400w, /b.webp 800w')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls('/a,b.png 1x,/c.png 2x')).toEqual(['/a,b.png', '/c.png']);
  });
});

describe('CSP', () => {
  const script = 'document.documentElement.classList.add("js");\nwindow.ready = true;';
  const hash = sha256Source(script);
  const csp = parseCsp(`default-src 'self'; script-src 'self' ${hash}; style-src 'self'`);

  it('parses directives', () => {
    expect(parseCsp(SITE_CSP).get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('allows an inline script whose hash is listed', () => {
    expect(cspViolations(`<script>${script}</script>`, csp)).toEqual([]);
    // CRLF is normalised by the HTML parser before hashing.
    expect(allowsInline(csp.get('script-src'), script.replace('\n', '\r\n'), 'element')).toBe(true);
  });

  it('rejects a tampered inline script', () => {
    const violations = cspViolations(`<p>\n<script>${script};alert(1)</script>`, csp);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.line).toBe(2);
    expect(violations[0]?.message).toContain('inline <script>');
  });

  it('ignores data blocks and external scripts', () => {
    const html =
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script><script type="module" src="/_astro/a.js"></script>';
    expect(cspViolations(html, csp)).toEqual([]);
  });

  it('rejects inline styles, style attributes, event handlers and javascript: URLs', () => {
    const html =
      '<style>p{color:red}</style><p style="color:red" onclick="go()"><a href="javascript:void 0">x</a>';
    const messages = cspViolations(html, csp).map((v) => v.message);
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/<style>[\s\S]*style=[\s\S]*onclick=[\s\S]*javascript:/);
  });

  it("honours 'unsafe-inline' only without hashes", () => {
    expect(allowsInline(["'self'", "'unsafe-inline'"], 'x', 'element')).toBe(true);
    expect(allowsInline(["'unsafe-inline'", sha256Source('y')], 'x', 'element')).toBe(false);
    expect(allowsInline([sha256Source('x')], 'x', 'attribute')).toBe(false);
    expect(allowsInline([sha256Source('x'), "'unsafe-hashes'"], 'x', 'attribute')).toBe(true);
  });
});

describe('links', () => {
  const origin = 'https://mps-almaty.example';

  it('classifies URLs', () => {
    expect(classifyUrl('mailto:a@b.kz', '/kk/')).toMatchObject({ kind: 'skip' });
    expect(classifyUrl('tel:102', '/kk/')).toMatchObject({ kind: 'skip' });
    expect(classifyUrl('https://egov.kz/', '/kk/', origin)).toMatchObject({ kind: 'skip' });
    expect(classifyUrl(`${origin}/ru/`, '/kk/', origin)).toEqual({
      kind: 'internal',
      path: '/ru/',
      fragment: undefined,
    });
    expect(classifyUrl('../news/#top', '/kk/about/', origin)).toEqual({
      kind: 'internal',
      path: '/kk/news/',
      fragment: 'top',
    });
    expect(classifyUrl('#main', '/kk/')).toEqual({
      kind: 'internal',
      path: '/kk/',
      fragment: 'main',
    });
    expect(classifyUrl('/kk/%D0%B0/', '/')).toMatchObject({ path: '/kk/а/' });
  });

  it('resolves paths with directory indexes', () => {
    const lookup = fakeLookup(['kk/index.html', 'favicon.svg', 'old.html']);
    expect(resolvePath('/kk/', lookup)).toBe('kk/index.html');
    expect(resolvePath('/kk', lookup)).toBe('kk/index.html');
    expect(resolvePath('/favicon.svg', lookup)).toBe('favicon.svg');
    expect(resolvePath('/old', lookup)).toBe('old.html');
    expect(resolvePath('/ru/', lookup)).toBeUndefined();
    expect(urlPathOf('kk/news/index.html')).toBe('/kk/news/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('reports broken links and missing fragments', () => {
    const pages = [
      {
        file: 'kk/index.html',
        html: '<a href="#main">skip</a><main id="main"><a href="/kk/about/#history">a</a><a href="/kk/nope/">b</a><img src="logo.svg" srcset="/logo.svg 1x, /logo@2x.svg 2x"><a href="mailto:x@y.kz">m</a><a href="#gone">g</a></main>',
      },
      { file: 'kk/about/index.html', html: '<h2 id="history">History</h2>' },
      { file: 'kk/404/index.html', html: '<a href="/kk/">home</a><a href="news/">news</a>' },
    ];
    const lookup = fakeLookup([...pages.map((p) => p.file), 'kk/logo.svg', 'logo.svg']);
    const broken = findBrokenLinks(pages, lookup, origin);
    expect(broken.map((b) => [b.page, b.url])).toEqual([
      ['kk/index.html', '/kk/nope/'],
      ['kk/index.html', '/logo@2x.svg'],
      ['kk/index.html', '#gone'],
      ['kk/404/index.html', 'news/'],
    ]);
  });
});

describe('page weight', () => {
  const budgets: Budgets = { html: 30 * 1024, js: 15 * 1024, css: 20 * 1024 };
  const assets: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./shared.js";import("/pagefind/pagefind.js");a()',
    '/_astro/shared.js': 'export const a=()=>1;',
    '/_astro/site.css': 'body{margin:0}',
  };
  const readAsset = (path: string): Asset | undefined => {
    const text = assets[path];
    return text === undefined ? undefined : { text, gzip: gzipSize(text) };
  };

  it('finds static imports but not dynamic ones', () => {
    expect(staticImports(assets['/_astro/page.js'] ?? '')).toEqual(['./shared.js']);
    expect(staticImports('export*from"./b.js";export{x as y}from"./c.js"')).toEqual([
      './b.js',
      './c.js',
    ]);
  });

  it('sums the gzip size of scripts (with imports), inline scripts and stylesheets', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><link rel="modulepreload" href="/_astro/shared.js"><script>1</script><script type="application/ld+json">{}</script><link rel="stylesheet" href="/_astro/missing.css">';
    const weight = measurePage('/kk/', html, readAsset);
    const g = (p: string) => gzipSize(assets[p] ?? '');
    expect(weight.js).toBe(g('/_astro/page.js') + g('/_astro/shared.js') + gzipSize('1'));
    expect(weight.css).toBe(g('/_astro/site.css'));
    expect(weight.html).toBe(gzipSize(html));
    expect(weight.missing).toEqual(['/_astro/missing.css']);
    expect(overBudget([weight], budgets)).toEqual([]);
  });

  it('fails a page over budget', () => {
    // Random-looking text does not compress, so 40 000 characters stay over 30 KB gzipped.
    let noise = '';
    for (let i = 0; noise.length < 40_000; i++) noise += Math.sin(i).toString(36).slice(2);
    const heavy = measurePage('/kk/heavy/', `<p>${noise}</p><script>${noise}</script>`, readAsset);
    const over = overBudget([heavy], budgets);
    expect(over.map((o) => o.measure)).toEqual(['html', 'js']);
    expect(over[0]).toMatchObject({ page: '/kk/heavy/', budget: 30 * 1024 });
  });
});

describe('vnu output', () => {
  it('keeps errors with file and line', () => {
    const json = JSON.stringify({
      messages: [
        {
          type: 'error',
          url: 'file:/tmp/dist/kk/index.html',
          lastLine: 12,
          firstColumn: 3,
          message: 'Bad value',
        },
        { type: 'info', subType: 'warning', url: 'file:/tmp/dist/x.html', message: 'meh' },
      ],
    });
    expect(parseVnuJson(json)).toEqual([
      {
        file: '/tmp/dist/kk/index.html',
        line: 12,
        column: 3,
        message: 'Bad value',
        extract: undefined,
      },
    ]);
    expect(parseVnuJson('')).toEqual([]);
  });
});

describe('image boxes', () => {
  it('finds an <img> without whole-number width and height', () => {
    const html =
      '<img src="/a.svg" width="44" height="52" alt=""><img src="/b.png" alt="">' +
      '<img src="/c.png" width="10" alt=""><img src="/d.png" width="auto" height="5" alt="">';
    expect(unsizedImages(html).map((i) => i.src)).toEqual(['/b.png', '/c.png', '/d.png']);
  });
});
