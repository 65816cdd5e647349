/**
 * Page weight: gzip sizes of a page's HTML, and of the JavaScript and CSS it loads up front.
 * Pure functions; assets are reached through a callback so tests need no files.
 */
import { gzipSync } from 'node:zlib';
import { isExecutableScript, scanTags } from './html.ts';

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}

export interface Budgets {
  html: number;
  js: number;
  css: number;
}

export type Measure = keyof Budgets;
export const MEASURES: readonly Measure[] = ['html', 'js', 'css'];

export interface PageWeight extends Budgets {
  page: string;
  /** Referenced assets that `readAsset` could not find (the link check reports them). */
  missing: string[];
}

/** An asset's text (to follow JS imports) and its gzip size. */
export interface Asset {
  text: string;
  gzip: number;
}

/** Reads an asset by URL path (`/_astro/x.js`); undefined if it is not in dist. */
export type ReadAsset = (urlPath: string) => Asset | undefined;

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  // Dynamic `import("…")` is deliberately not matched: it loads on demand, not up front.
  const patterns = [
    /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"'\n]+)["']/g,
    /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"'\n]+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of js.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  return found;
}

/** Resolves `ref` against the URL path `from`; undefined for other sites. */
function sitePath(ref: string, from: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return undefined;
  const url = new URL(ref, new URL(from, 'https://site.invalid'));
  return url.origin === 'https://site.invalid' ? url.pathname : undefined;
}

/**
 * Weighs one page served at `pagePath`. JS = <script src> + <link rel=modulepreload> +
 * their static imports + executable inline scripts; CSS = <link rel=stylesheet> + <style>.
 * Each file counts once per page. Sizes are gzip bytes.
 */
export function measurePage(pagePath: string, html: string, readAsset: ReadAsset): PageWeight {
  const weight: PageWeight = { page: pagePath, html: gzipSize(html), js: 0, css: 0, missing: [] };
  const seen = new Set<string>();
  const add = (measure: 'js' | 'css', ref: string, from: string) => {
    const path = sitePath(ref, from);
    if (path === undefined || seen.has(path)) return;
    seen.add(path);
    const asset = readAsset(path);
    if (!asset) {
      weight.missing.push(path);
      return;
    }
    weight[measure] += asset.gzip;
    if (measure === 'js') for (const dep of staticImports(asset.text)) add('js', dep, path);
  };
  for (const tag of scanTags(html)) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const src = tag.attrs.get('src');
    const href = tag.attrs.get('href');
    if (tag.name === 'script' && isExecutableScript(tag.attrs.get('type'))) {
      if (src !== undefined) add('js', src, pagePath);
      else if (tag.text?.trim()) {
        weight.js += gzipSize(tag.text);
        for (const dep of staticImports(tag.text)) add('js', dep, pagePath);
      }
    } else if (tag.name === 'link' && href !== undefined && rel.includes('modulepreload')) {
      add('js', href, pagePath);
    } else if (tag.name === 'link' && href !== undefined && rel.includes('stylesheet')) {
      add('css', href, pagePath);
    } else if (tag.name === 'style' && tag.text?.trim()) {
      weight.css += gzipSize(tag.text);
    }
  }
  return weight;
}

export interface OverBudget {
  page: string;
  measure: Measure;
  size: number;
  budget: number;
}

/** Every (page, measure) over its budget. */
export function overBudget(weights: readonly PageWeight[], budgets: Budgets): OverBudget[] {
  const over: OverBudget[] = [];
  for (const weight of weights) {
    for (const measure of MEASURES) {
      if (weight[measure] > budgets[measure]) {
        over.push({ page: weight.page, measure, size: weight[measure], budget: budgets[measure] });
      }
    }
  }
  return over;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** `12345` → `"12.1 KB"` (KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
