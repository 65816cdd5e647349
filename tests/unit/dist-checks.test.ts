/**
 * Unit tests for the pure parts of scripts/check-dist.ts and for what the local server
 * (scripts/lib/local-netlify.ts) adds to Netlify's emulation.
 */
import { readFileSync } from 'node:fs';
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
import { RewriteStatus } from '../../scripts/lib/local-netlify.ts';
import { cleanEnvironment, localAdminCsp } from '../../scripts/lib/local-environment.ts';
import { functionPaths, Lane, scheduledFunctions } from '../../scripts/lib/local-functions.ts';
import { headersFor, matchPattern, parseNetlifyToml } from '../helpers/netlify-toml.ts';
import { headersFile, SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { parseVnuJson } from '../../scripts/lib/vnu.ts';
import { unsizedImages } from '../../scripts/lib/images.ts';

const netlifyToml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
const config = parseNetlifyToml(netlifyToml);
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

describe('netlify.toml', () => {
  it('leaves the site headers to dist/_headers and caches /_astro/ for good', () => {
    expect(headersFor('/kk/news/', config.headers)['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/kk/news/', config.headers)['Cache-Control']).toBeUndefined();
    expect(headersFor('/_astro/app.abc.js', config.headers)['Cache-Control']).toContain(
      'immutable',
    );
  });

  it('has the build write every security header for every path into _headers', () => {
    const lines = headersFile().split('\n');
    expect(lines[1]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(lines).toContain(`  ${name}: ${value}`);
    expect(SITE_CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(SITE_CSP).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('geolocation=(self)');
  });

  it('sends / by language, then to /kk/, and keeps the 404 rules last', () => {
    const root = config.redirects.filter((r) => r.from === '/');
    expect(root.map((r) => r.to)).toEqual(['/ru/', '/en/', '/kk/', '/kk/']);
    expect(root.every((r) => r.force && r.status === 302)).toBe(true);
    expect(root.at(-1)?.conditions).toBeUndefined();
    expect(config.redirects.slice(-3).map((r) => [r.from, r.to, r.status])).toEqual([
      ['/kk/*', '/kk/404/', 404],
      ['/ru/*', '/ru/404/', 404],
      ['/en/*', '/en/404/', 404],
    ]);
  });

  it('matches path patterns like Netlify', () => {
    expect(matchPattern('/*', '/')).toEqual({ splat: '' });
    expect(matchPattern('/_astro/*', '/_astro/a/b.js')).toEqual({ splat: 'a/b.js' });
    expect(matchPattern('/ru/*', '/ru')).not.toBeNull();
    expect(matchPattern('/ru/*', '/rus/')).toBeNull();
    expect(matchPattern('/news/:slug', '/news/a')).toEqual({ slug: 'a' });
    expect(matchPattern('/a.b', '/axb')).toBeNull();
  });
});

describe('the local server', () => {
  const fixture = 'tests/fixtures/netlify-site';

  it('leaves the functions only the variables a deployed function has (and HOME)', () => {
    const env: NodeJS.ProcessEnv = {
      NETLIFY: 'true',
      CONTEXT: 'production',
      FOO: 'bar',
      PATH: '/usr/bin',
      NODE_OPTIONS: '--inspect',
      ASTRO_TELEMETRY_DISABLED: '1',
      URL: 'https://mps.example',
      DATABASE_URL: 'postgres://db',
      HOME: '/home/dev',
    };
    expect(cleanEnvironment(env)).toEqual([
      'ASTRO_TELEMETRY_DISABLED',
      'CONTEXT',
      'FOO',
      'NETLIFY',
      'NODE_OPTIONS',
      'PATH',
    ]);
    expect(env).toEqual({
      URL: 'https://mps.example',
      DATABASE_URL: 'postgres://db',
      HOME: '/home/dev',
    });
  });

  it('lets /admin/ reach the CMS backend locally, and nothing else', () => {
    const admin = headersFor('/admin/', config.headers)['Content-Security-Policy']!;
    expect(admin).not.toContain('localhost');
    const local = localAdminCsp('/admin/', admin);
    expect(local).toContain("connect-src 'self' blob: http://localhost:8081;");
    expect(local.replace(' http://localhost:8081', '')).toBe(admin);
    expect(localAdminCsp('/admin/', local)).toBe(local);
    expect(localAdminCsp('/admin', admin)).toBe(local);
    const site = SITE_CSP;
    expect(localAdminCsp('/ru/', site)).toBe(site);
    expect(localAdminCsp('/administration/', admin)).toBe(admin);
  });

  it('answers a missing page under a 404 rewrite with 404, as Netlify does', async () => {
    const rewrites = new RewriteStatus({ projectRoot: fixture, publish: `${fixture}/public` });
    const status = (path: string, served: number) =>
      rewrites.status(new Request(`http://localhost${path}`), served);
    expect(await status('/docs/nope/', 200)).toBe(404);
    expect(await status('/docs/a/b.css', 200)).toBe(404);
    // A file at the path shadows the rule, which is not forced.
    expect(await status('/docs/', 200)).toBe(200);
    expect(await status('/docs/404/', 200)).toBe(200);
    // Redirects and paths no rule matches keep their status.
    expect(await status('/old/', 301)).toBe(301);
    expect(await status('/elsewhere/', 200)).toBe(200);
  });

  it('runs the calls that may reach a function one at a time, past failures', async () => {
    const lane = new Lane();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} starts`);
        await new Promise((done) => setTimeout(done, 5));
        log.push(`${name} ends`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      lane.run(task('a')),
      lane.run(task('b', true)),
      lane.run(task('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('knows where the functions answer, from their config', () => {
    expect(functionPaths(`${fixture}/functions`)).toEqual(['/.netlify/functions/', '/api/env']);
    // Each path up to its first parameter: /api/appeals/:number → /api/appeals/.
    expect(functionPaths('functions')).toEqual(
      expect.arrayContaining(['/.netlify/functions/', '/api/appeals', '/api/appeals/']),
    );
    expect(functionPaths('functions').every((path) => !/[:*]/.test(path))).toBe(true);
  });

  it('finds the scheduled functions in their config', () => {
    expect(scheduledFunctions(`${fixture}/functions`)).toEqual(['tick']);
    expect(scheduledFunctions('functions')).toEqual(
      expect.arrayContaining(['appeals-digest', 'outbox']),
    );
    expect(scheduledFunctions('functions')).not.toContain('appeals');
    expect(scheduledFunctions(`${fixture}/nothing`)).toEqual([]);
  });
});

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
