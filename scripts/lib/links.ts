/**
 * Internal link checking for the built site: which URLs in a page point to our own site,
 * and does each resolve to a file in dist (and to an element, for `#fragment`s)?
 * Pure functions; the file system is reached through a `lookup` callback.
 */
import { lineOf, scanTags, srcsetUrls } from './html.ts';

/** What a dist-relative path is: a file, a directory, or nothing. */
export type Lookup = (relPath: string) => 'file' | 'dir' | undefined;

export interface LinkRef {
  tag: string;
  attr: string;
  url: string;
  line: number;
}

/** Every href, src and srcset URL in a page. */
export function pageLinks(html: string): LinkRef[] {
  const links: LinkRef[] = [];
  for (const tag of scanTags(html)) {
    const line = lineOf(html, tag.offset);
    for (const attr of ['href', 'xlink:href', 'src'] as const) {
      const url = tag.attrs.get(attr);
      if (url !== undefined) links.push({ tag: tag.name, attr, url, line });
    }
    const srcset = tag.attrs.get('srcset');
    if (srcset !== undefined) {
      for (const url of srcsetUrls(srcset))
        links.push({ tag: tag.name, attr: 'srcset', url, line });
    }
  }
  return links;
}

/** The fragment targets in a page: `id` attributes and `<a name>`. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scanTags(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.attrs.get('name');
    if (tag.name === 'a' && name) ids.add(name);
  }
  return ids;
}

/** The URL path a dist file is served at: `kk/news/index.html` → `/kk/news/`. */
export function urlPathOf(relFile: string): string {
  const path = `/${relFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export type Target =
  | { kind: 'skip'; reason: string }
  | { kind: 'internal'; path: string; fragment: string | undefined };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Classifies a URL found on the page served at `pagePath`. Same-site URLs (relative,
 * root-relative, or absolute on `siteOrigin`) become `internal` with a decoded path.
 */
export function classifyUrl(url: string, pagePath: string, siteOrigin?: string): Target {
  const raw = url.trim();
  if (raw === '') return { kind: 'skip', reason: 'empty' };
  const scheme = SCHEME.exec(raw)?.[0].toLowerCase();
  if (scheme && scheme !== 'http:' && scheme !== 'https:') {
    return { kind: 'skip', reason: scheme }; // mailto:, tel:, data:…
  }
  const base = siteOrigin ?? 'https://site.invalid';
  let resolved: URL;
  try {
    resolved = new URL(raw, new URL(pagePath, base));
  } catch {
    return { kind: 'internal', path: raw, fragment: undefined }; // unparsable: reported as broken
  }
  const sameSite = scheme || raw.startsWith('//') ? resolved.origin === siteOrigin : true;
  if (!sameSite) return { kind: 'skip', reason: 'external' };
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const fragment = resolved.hash ? decode(resolved.hash.slice(1)) : undefined;
  return { kind: 'internal', path: decode(resolved.pathname), fragment };
}

/**
 * The dist-relative file a URL path is served from, following Netlify's rules:
 * `/a/` → `a/index.html`; `/a` → the file `a`, else `a/index.html` (after a 301),
 * else `a.html`. Undefined if nothing would be served.
 */
export function resolvePath(path: string, lookup: Lookup): string | undefined {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) {
    return lookup(`${rel}index.html`) === 'file' ? `${rel}index.html` : undefined;
  }
  const kind = lookup(rel);
  if (kind === 'file') return rel;
  if (kind === 'dir' && lookup(`${rel}/index.html`) === 'file') return `${rel}/index.html`;
  if (lookup(`${rel}.html`) === 'file') return `${rel}.html`;
  return undefined;
}

export interface Page {
  /** Path inside dist, e.g. `kk/news/index.html`. */
  file: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  line: number;
  url: string;
  problem: string;
}

/** Fragments every page has without an element of that id. */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

/**
 * Checks the same-site links of all pages (`pages` also provides the fragment targets).
 * `stats.checked` counts the same-site URLs looked at.
 */
export function findBrokenLinks(
  pages: readonly Page[],
  lookup: Lookup,
  siteOrigin?: string,
  stats: { checked: number } = { checked: 0 },
): BrokenLink[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const page = byFile.get(file);
      ids = page ? pageIds(page.html) : new Set<string>();
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pagePath = urlPathOf(page.file);
    // 404 pages are served at any missing URL, so document-relative links would break.
    const servedAnywhere = /(^|\/)404(\/index)?\.html$/.test(page.file);
    for (const link of pageLinks(page.html)) {
      const target = classifyUrl(link.url, pagePath, siteOrigin);
      if (target.kind === 'skip') continue;
      stats.checked++;
      const report = (problem: string) =>
        broken.push({ page: page.file, line: link.line, url: link.url, problem });
      if (servedAnywhere && !/^\s*([#/]|[a-z][a-z0-9+.-]*:)/i.test(link.url)) {
        report(
          'relative URL on a 404 page (it is served at other addresses): use a root-relative URL',
        );
        continue;
      }
      const file = resolvePath(target.path, lookup);
      if (file === undefined) {
        report(`no file in dist for ${target.path}`);
        continue;
      }
      const { fragment } = target;
      if (fragment !== undefined && !IMPLICIT_FRAGMENTS.has(fragment) && file.endsWith('.html')) {
        if (!idsOf(file).has(fragment)) report(`no element with id="${fragment}" in ${file}`);
      }
    }
  }
  return broken;
}
