/**
 * Checks the built site in dist/ (run `npm run build` first):
 *   budgets  gzip page weight (HTML, JS, CSS) per page against the budgets below
 *   links    every same-site href/src/srcset resolves to a file (and #fragment to an id)
 *   csp      inline scripts, styles and event handlers are allowed by the site's CSP (dist/_headers)
 *   images   every <img> has width and height, so its box is reserved before it loads
 *   html     W3C Nu Html Checker (vnu.jar) finds no errors
 *
 * Usage: node scripts/check-dist.ts [--dir dist] [budgets] [links] [csp] [images] [html]   (default: all)
 * Exits with 1 if any check fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  kb,
  MEASURES,
  median,
  measurePage,
  overBudget,
  gzipSize,
  type Asset,
  type Budgets,
  type PageWeight,
} from './lib/budgets.ts';
import { cspViolations, parseCsp } from './lib/csp.ts';
import { unsizedImages } from './lib/images.ts';
import { findBrokenLinks, urlPathOf, type Lookup, type Page } from './lib/links.ts';
import { SECURITY_HEADERS } from '../src/server/security-headers.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { routes } from '../src/lib/routes.ts';
import { JavaMissingError, runVnu, type VnuMessage } from './lib/vnu.ts';

/** Gzip budgets per page (KB = 1024 bytes). */
export const JS_BUDGET_BYTES = 15 * 1024;
export const CSS_BUDGET_BYTES = 20 * 1024;
export const HTML_BUDGET_BYTES = 30 * 1024;
export const BUDGETS: Budgets = {
  js: JS_BUDGET_BYTES,
  css: CSS_BUDGET_BYTES,
  html: HTML_BUDGET_BYTES,
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Top-level folders of dist that are not public pages. */
const NOT_PAGES = new Set(['admin', 'pagefind']);
const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** All files under a folder, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The public HTML pages of dist (not admin/, not pagefind/). */
export function loadPages(dist: string): Page[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html') && !NOT_PAGES.has(file.split('/')[0] ?? ''))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
}

/** The site's origin, from the URLs in dist/sitemap-index.xml (undefined if absent). */
export function siteOrigin(dist: string): string | undefined {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const loc = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  return loc ? new URL(loc).origin : undefined;
}

function distLookup(dist: string): Lookup {
  return (rel) => {
    const full = resolve(dist, rel);
    if (full !== dist && !full.startsWith(dist + sep)) return undefined;
    try {
      const stat = statSync(full);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : undefined;
    } catch {
      return undefined;
    }
  };
}

/** A dist file as shown in reports: relative to the repository (`dist/kk/index.html`). */
const shown = (dist: string, file: string) => relative(ROOT, join(dist, file));
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

// ---------------------------------------------------------------------------------------------

/** a. Page weight budgets. Returns the number of failures. */
export function checkBudgets(dist: string, pages: readonly Page[]): number {
  console.log('\n== Page weight (gzip) ==');
  const lookup = distLookup(dist);
  const cache = new Map<string, Asset | undefined>();
  const readAsset = (urlPath: string): Asset | undefined => {
    if (!cache.has(urlPath)) {
      let decoded = urlPath;
      try {
        decoded = decodeURIComponent(urlPath);
      } catch {
        /* keep it as it is */
      }
      const rel = decoded.replace(/^\/+/, '');
      if (lookup(rel) === 'file') {
        const text = readFileSync(join(dist, rel), 'utf8');
        cache.set(urlPath, { text, gzip: gzipSize(text) });
      } else cache.set(urlPath, undefined);
    }
    return cache.get(urlPath);
  };
  const weights: PageWeight[] = pages.map((p) => measurePage(urlPathOf(p.file), p.html, readAsset));

  for (const measure of MEASURES) {
    const sizes = weights.map((w) => w[measure]);
    const heaviest = weights
      .filter((w) => w[measure] > 0)
      .sort((a, b) => b[measure] - a[measure])
      .slice(0, 10);
    console.log(
      `\n${measure.toUpperCase()}: budget ${kb(BUDGETS[measure])}, max ${kb(Math.max(0, ...sizes))}, median ${kb(median(sizes))} over ${weights.length} pages`,
    );
    for (const w of heaviest) console.log(`  ${padLeft(kb(w[measure]), 10)}  ${w.page}`);
  }

  const over = overBudget(weights, BUDGETS);
  if (over.length > 0) {
    console.log(`\nOver budget (${over.length}):`);
    for (const o of over) {
      console.log(
        `  ${pad(o.measure.toUpperCase(), 4)} ${padLeft(kb(o.size), 10)} > ${kb(o.budget)}  ${o.page}`,
      );
    }
  } else console.log('\nAll pages are within budget.');

  // The CMS is not a public page and has no budget; its weight is printed to watch it.
  const admin = join(dist, 'admin/index.html');
  if (existsSync(admin)) {
    const weight = measurePage('/admin/', readFileSync(admin, 'utf8'), readAsset);
    console.log(`\n/admin/ (the CMS, loaded by no public page): JS ${kb(weight.js)} gzip`);
  }

  const total = listFiles(dist).reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
  console.log(`\nTotal size of dist: ${(total / 1024 / 1024).toFixed(2)} MB`);
  for (const lang of LOCALES) {
    const engine = routes.searchEngine(lang);
    const file = join(dist, engine);
    if (existsSync(file))
      console.log(
        `${engine}: ${kb(gzipSize(readFileSync(file)))} gzip (loaded on demand by the search page)`,
      );
  }
  return over.length;
}

/** b. Internal links. Returns the number of broken links. */
export function checkLinks(dist: string, pages: readonly Page[]): number {
  console.log('\n== Internal links ==');
  const origin = siteOrigin(dist);
  console.log(
    origin
      ? `Site origin (from sitemap-index.xml): ${origin}`
      : 'No sitemap-index.xml: absolute URLs are treated as external.',
  );
  const stats = { checked: 0 };
  const broken = findBrokenLinks(pages, distLookup(dist), origin, stats);
  for (const b of broken)
    console.log(`  ${shown(dist, b.page)}:${b.line}  ${b.url}  (${b.problem})`);
  console.log(
    `${stats.checked} same-site URLs in ${pages.length} pages: ${broken.length ? `${broken.length} broken` : 'none broken'}.`,
  );
  return broken.length;
}

/** c. Content-Security-Policy. Returns the number of violations. */
export function checkCsp(dist: string, pages: readonly Page[], headersFile: string): number {
  console.log('\n== Content-Security-Policy ==');
  const policy = SECURITY_HEADERS['Content-Security-Policy']!;
  // The build writes the site's headers to dist/_headers; Netlify serves the pages with them.
  if (!headersFile.split('\n').includes(`  Content-Security-Policy: ${policy}`)) {
    console.log('dist/_headers does not give every page the Content-Security-Policy');
    return 1;
  }
  const csp = parseCsp(policy);
  let count = 0;
  for (const page of pages) {
    for (const v of cspViolations(page.html, csp)) {
      console.log(`  ${shown(dist, page.file)}:${v.line}  ${v.message}`);
      count++;
    }
  }
  console.log(count ? `${count} CSP violations.` : `No CSP violations in ${pages.length} pages.`);
  return count;
}

/** Images without a reserved box. Returns their number. */
export function checkImages(dist: string, pages: readonly Page[]): number {
  console.log('\n== Image boxes ==');
  let count = 0;
  let images = 0;
  for (const page of pages) {
    images += (page.html.match(/<img\b/gi) ?? []).length;
    for (const image of unsizedImages(page.html)) {
      const line = page.html.slice(0, image.offset).split('\n').length;
      console.log(
        `  ${shown(dist, page.file)}:${line}  <img src="${image.src}"> has no width and height`,
      );
      count++;
    }
  }
  console.log(
    count ? `${count} images without a box.` : `All ${images} images have a width and height.`,
  );
  return count;
}

/** d. HTML validation with vnu. Returns the number of errors. */
export function checkHtml(dist: string): number {
  console.log('\n== HTML validation (Nu Html Checker) ==');
  // One run over the public folders and the top-level pages (skipping admin/ and pagefind/).
  const paths = readdirSync(dist, { withFileTypes: true })
    .filter((e) => (e.isDirectory() ? !NOT_PAGES.has(e.name) : e.name.endsWith('.html')))
    .map((e) => join(dist, e.name));
  let errors: VnuMessage[];
  try {
    errors = runVnu(VNU_JAR, paths);
  } catch (error) {
    console.log(error instanceof JavaMissingError ? `FAIL: ${error.message}` : String(error));
    return 1;
  }
  for (const e of errors) {
    const where = `${relative(ROOT, e.file)}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}`;
    console.log(
      `  ${where}  ${e.message}${e.extract ? `\n      ${e.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
    );
  }
  console.log(errors.length ? `${errors.length} HTML errors.` : 'No HTML errors.');
  return errors.length;
}

// ---------------------------------------------------------------------------------------------

function main(argv: string[]): number {
  const { values, positionals: args } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dir: { type: 'string', default: join(ROOT, 'dist') } },
  });
  const dist = resolve(values.dir);
  const all = ['budgets', 'links', 'csp', 'images', 'html'];
  const unknown = args.filter((a) => !all.includes(a));
  if (unknown.length) {
    console.error(`Unknown check(s): ${unknown.join(', ')}. Known: ${all.join(', ')}`);
    return 2;
  }
  const selected = args.length ? args : all;
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/index.html not found: run \`npm run build\` first.`);
    return 1;
  }
  const pages = loadPages(dist);
  console.log(`Checking ${pages.length} pages in ${relative(ROOT, dist) || '.'}/`);
  const failures: Record<string, number> = {};
  if (selected.includes('budgets')) failures['budgets'] = checkBudgets(dist, pages);
  if (selected.includes('links')) failures['links'] = checkLinks(dist, pages);
  if (selected.includes('csp')) {
    const headers = join(dist, '_headers');
    failures['csp'] = checkCsp(
      dist,
      pages,
      existsSync(headers) ? readFileSync(headers, 'utf8') : '',
    );
  }
  if (selected.includes('images')) failures['images'] = checkImages(dist, pages);
  if (selected.includes('html')) failures['html'] = checkHtml(dist);

  console.log('\n== Summary ==');
  for (const [name, count] of Object.entries(failures)) {
    console.log(`  ${pad(name, 8)} ${count === 0 ? 'ok' : `FAILED (${count})`}`);
  }
  return Object.values(failures).some((n) => n > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
