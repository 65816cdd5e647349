/**
 * Builds /sw.js (the `mps-service-worker` integration in astro.config.mjs calls
 * `writeServiceWorker` when the pages are written): which files each language keeps offline,
 * found by reading the built pages, the version (a hash of those files and of the worker), and
 * the worker itself, src/service-worker/sw.ts, bundled with esbuild. See docs/offline.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { shardOf } from '../../src/lib/finder/data.ts';
import { routes } from '../../src/lib/routes.ts';
import { isPrivatePath, type WorkerData } from '../../src/service-worker/policy.ts';
import { staticImports } from './budgets.ts';
import { decodeEntities, isExecutableScript, scanTags, srcsetUrls } from './html.ts';

/** What each language keeps at install, besides what these load (found by `precacheList`). */
export function precacheEntries(lang: Locale): string[] {
  return [
    routes.offline(lang),
    routes.contacts(lang),
    routes.finder(lang),
    // What the finder page loads when used: its name index (and through it the district
    // shards, see `finderShards`), and the areas for "use my location".
    routes.finderData(lang),
    '/open-data/areas.geojson',
  ];
}

/**
 * What the finder's answer loads per district, from its name index (src/lib/finder/data.ts),
 * so that an address is answered offline as it is online: every district shard of the
 * language, and every district's priorities and meetings (`neighbourhood.json`), a few KB each.
 */
export function finderShards(path: string, json: string): string[] {
  const lang = LOCALES.find((l) => path === routes.finderData(l));
  const names = JSON.parse(json) as { a?: unknown };
  if (!lang || !Array.isArray(names.a)) return [];
  return [...new Set(names.a.map((id) => shardOf(String(id))))].flatMap((id) => [
    routes.finderShard(lang, id),
    routes.neighbourhoodData(lang, id),
  ]);
}

/** A file of the built site by URL path (`/ru/finder/` is its index.html); undefined if absent. */
export type ReadFile = (urlPath: string) => Buffer | undefined;

/** Resolves `ref` against the URL path `from`; undefined for other sites and `data:`. */
function sitePath(ref: string, from: string): string | undefined {
  const trimmed = ref.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  const url = new URL(trimmed, new URL(from, 'https://site.invalid'));
  return url.origin === 'https://site.invalid' ? url.pathname + url.search : undefined;
}

const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/** The link types of <link> whose file the page needs to show itself. */
const NEEDED_LINKS = ['stylesheet', 'modulepreload', 'preload', 'icon'];

/** What a page loads up front: scripts, style sheets, preloads, icons and pictures. */
export function pageReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of scanTags(html)) {
    const src = tag.attrs.get('src');
    const href = tag.attrs.get('href');
    const srcset = tag.attrs.get('srcset');
    if (tag.name === 'script') {
      if (src !== undefined && isExecutableScript(tag.attrs.get('type'))) refs.push(src);
    } else if (tag.name === 'link' && href !== undefined) {
      const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.some((r) => NEEDED_LINKS.includes(r))) refs.push(href);
    } else if (tag.name === 'img' || tag.name === 'source') {
      if (src !== undefined) refs.push(src);
      if (srcset !== undefined) refs.push(...srcsetUrls(srcset));
    }
  }
  return refs;
}

const URL_PATTERN = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
const urls = (css: string) => [...css.matchAll(URL_PATTERN)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** What a style sheet loads besides its fonts: `url(…)` (pictures) and `@import`. */
export function styleReferences(css: string): string[] {
  const refs = urls(css.replace(FONT_FACE, ''));
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) refs.push(m[1] ?? m[2]!);
  return refs;
}

/** Code point ranges, inclusive. */
export type Ranges = [number, number][];

/** `U+0400-045F, U+2116, U+4??` → ranges. */
export function parseUnicodeRange(value: string): Ranges {
  const ranges: Ranges = [];
  for (const part of value.split(',')) {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const [from, to] = m[2]
      ? [m[1]!, m[2]]
      : [m[1]!.replaceAll('?', '0'), m[1]!.replaceAll('?', 'F')];
    ranges.push([parseInt(from, 16), parseInt(to, 16)]);
  }
  return ranges;
}

/** A style sheet's fonts: each @font-face's files and the characters it is for (all if unsaid). */
export function fontFaces(css: string): { urls: string[]; ranges: Ranges | undefined }[] {
  return [...css.matchAll(FONT_FACE)].map(([face]) => {
    const range = /unicode-range\s*:\s*([^;}]*)/i.exec(face)?.[1];
    return { urls: urls(face), ranges: range === undefined ? undefined : parseUnicodeRange(range) };
  });
}

const isText = (path: string) => isPage(path) || /\.(json|css|js)$/.test(path);

/**
 * The files to keep for `entries` (URL paths): the entries and, followed through pages, style
 * sheets and scripts, every file of the site they load up front. A script's `import()` loads on
 * demand (the interactive map) and is not followed; it is kept when it is used. Of the fonts,
 * only those whose `unicode-range` covers a character of the kept pages and data are kept, as
 * a browser fetches only those (the Latin-ext files are for Kazakh in Latin script). Throws if a
 * file is missing: a worker that cannot fetch its files would never install.
 */
export function precacheList(entries: readonly string[], read: ReadFile): string[] {
  const found: string[] = [];
  const fonts: { path: string; ranges: Ranges | undefined }[] = [];
  const fetchable = (path: string) => {
    if (isPrivatePath(path)) throw new Error(`${path} is private and is never kept offline.`);
    const content = read(path);
    if (content === undefined) throw new Error(`${path} is not in the built site.`);
    return content;
  };
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (found.includes(path)) continue;
    const content = fetchable(path);
    found.push(path);
    const text = () => content.toString('utf8');
    let refs: string[] = [];
    if (isPage(path)) refs = pageReferences(text());
    else if (path.endsWith('/finder/index.json')) refs = finderShards(path, text());
    else if (path.endsWith('.js')) refs = staticImports(text());
    else if (path.endsWith('.css')) {
      refs = styleReferences(text());
      for (const face of fontFaces(text())) {
        for (const url of face.urls) {
          const font = sitePath(url, path);
          if (font !== undefined) fonts.push({ path: font, ranges: face.ranges });
        }
      }
    }
    for (const ref of refs) {
      const target = sitePath(ref, path);
      if (target !== undefined && !found.includes(target)) queue.push(target);
    }
  }
  const shown = new Set<number>();
  for (const path of found.filter(isText)) {
    for (const char of decodeEntities(read(path)!.toString('utf8')))
      shown.add(char.codePointAt(0)!);
  }
  const needed = (ranges: Ranges) =>
    [...shown].some((c) => ranges.some(([from, to]) => c >= from && c <= to));
  for (const font of fonts) {
    if (found.includes(font.path) || (font.ranges && !needed(font.ranges))) continue;
    fetchable(font.path);
    found.push(font.path);
  }
  return found;
}

/**
 * The version: a hash of the worker's code and of every kept file's path and content, so that a
 * deploy changing any of them gets a new worker and new caches (and one changing none keeps both).
 */
export function workerVersion(
  code: string,
  lists: Record<Locale, readonly string[]>,
  read: ReadFile,
): string {
  const hash = createHash('sha256').update(code);
  const files = [...new Set(Object.values(lists).flat())].sort();
  for (const path of files) hash.update(`\0${path}\0`).update(read(path) ?? '');
  return hash.digest('hex').slice(0, 16);
}

/** Reads the built site in `dist` by URL path. */
export function distReader(dist: string): ReadFile {
  const root = resolve(dist);
  return (urlPath) => {
    let path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) return undefined;
    try {
      return statSync(file).isFile() ? readFileSync(file) : undefined;
    } catch {
      return undefined;
    }
  };
}

const WORKER_SOURCE = fileURLToPath(new URL('../../src/service-worker/sw.ts', import.meta.url));

/** The worker's code, without its data. */
export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export interface WorkerReport {
  version: string;
  /** Bytes of sw.js, and gzip. */
  bytes: number;
  gzip: number;
  /** Per language: the files kept at install and their total size (bytes, and gzip). */
  languages: Record<Locale, { files: number; bytes: number; gzip: number }>;
}

/** Writes `dist/sw.js` and says what it keeps. */
export async function writeServiceWorker(dist: string): Promise<WorkerReport> {
  const read = distReader(dist);
  const precache = Object.fromEntries(
    LOCALES.map((lang) => [lang, precacheList(precacheEntries(lang), read)]),
  ) as Record<Locale, string[]>;
  const code = await bundleWorker();
  const data: WorkerData = { version: workerVersion(code, precache, read), precache };
  const worker = `var __MPS_SW__=${JSON.stringify(data)};\n${code}`;
  writeFileSync(join(dist, 'sw.js'), worker);
  const sizes = (files: readonly string[]) =>
    files.reduce(
      (sum, path) => {
        const content = read(path)!;
        return { bytes: sum.bytes + content.length, gzip: sum.gzip + gzipSync(content).length };
      },
      { bytes: 0, gzip: 0 },
    );
  return {
    version: data.version,
    bytes: Buffer.byteLength(worker),
    gzip: gzipSync(worker).length,
    languages: Object.fromEntries(
      LOCALES.map((lang) => [lang, { files: precache[lang].length, ...sizes(precache[lang]) }]),
    ) as WorkerReport['languages'],
  };
}

/** One line per figure, for the build's log. */
export function describeReport(report: WorkerReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `sw.js ${kb(report.bytes)} (${kb(report.gzip)} gzip), version ${report.version}`,
    ...LOCALES.map((lang) => {
      const l = report.languages[lang];
      return `${lang}: ${l.files} files kept offline, ${kb(l.bytes)} (${kb(l.gzip)} gzip)`;
    }),
  ].join('\n');
}
