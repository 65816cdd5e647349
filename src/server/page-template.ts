/**
 * The functions' pages are built pages of the site with their <main> and <title> replaced, so
 * they carry the header, footer, emergency numbers, styles and language switch. This module
 * reads such a page (from the build, or from the dev server of `npm start`), keeps it per
 * language, reads the districts it names (`data-districts`) and draws a page on it. Used by
 * the appeals' pages (/{lang}/chief/ask/) and the alerts' (/{lang}/alerts/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Locale, useTranslations } from '../i18n/index.ts';
import { escapeHtml } from '../lib/html.ts';
import { setting } from './environment.ts';

/** The built page is missing or has changed shape. */
export class PageTemplateError extends Error {
  override name = 'PageTemplateError';
}

/** The HTML of the page in a language. */
export type TemplateSource = (lang: Locale) => Promise<string>;

/** The page `/{lang}/{path}` of the build in `dist` (MPS_DIST_DIR, default dist/). */
export const builtPage =
  (path: string, dist = setting('MPS_DIST_DIR') ?? 'dist'): TemplateSource =>
  async (lang) => {
    const file = join(dist, lang, path, 'index.html');
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new PageTemplateError(`The built page ${file} is missing: build the site first.`, {
        cause: error,
      });
    }
  };

/** The page `/{lang}/{path}/` of a running site (the dev server of `npm start`). */
export const servedPage =
  (path: string, origin: string): TemplateSource =>
  async (lang) => {
    const response = await fetch(new URL(`/${lang}/${path}/`, origin));
    if (!response.ok) throw new PageTemplateError(`${response.url} answered ${response.status}.`);
    return response.text();
  };

const MAIN = /(<main\b[^>]*>)[\s\S]*(<\/main>)/;
const TITLE = /<title>[^<]*<\/title>/;
const DISTRICTS = /data-districts="([^"]*)"/;

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface DistrictChoice {
  id: string;
  name: string;
}

interface Template {
  html: string;
  districts: DistrictChoice[];
}

/** Without the built page an answer still arrives, plain, with what it has to say. */
const PLAIN = (lang: Locale) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title></title></head><body><main></main></body></html>`;

export function createTemplates(source: TemplateSource) {
  const cache = new Map<Locale, Promise<Template>>();
  const load = async (lang: Locale): Promise<Template> => {
    const html = await source(lang);
    const districts = DISTRICTS.exec(html)?.[1];
    if (!MAIN.test(html) || !TITLE.test(html) || districts === undefined)
      throw new PageTemplateError(`The page (${lang}) has no <main>, <title> or data-districts.`);
    return { html, districts: JSON.parse(decode(districts)) as DistrictChoice[] };
  };
  /** The page of `lang`, read once (a failure is not kept: the next call reads again). */
  const template = (lang: Locale) => {
    let loaded = cache.get(lang);
    if (!loaded) {
      loaded = load(lang);
      loaded.catch(() => cache.delete(lang));
      cache.set(lang, loaded);
    }
    return loaded;
  };

  /** The page with `title` and `main` (markup, already escaped where it holds what was sent). */
  const page = async (lang: Locale, title: string, main: string) => {
    const t = useTranslations(lang);
    const html = await template(lang).then(
      (loaded) => loaded.html,
      (error: unknown) => {
        console.error(error);
        return PLAIN(lang);
      },
    );
    return html
      .replace(TITLE, `<title>${escapeHtml(`${title} — ${t('site.short')}`)}</title>`)
      .replace(MAIN, (_, open: string, close: string) => `${open}${main}${close}`);
  };

  return { template, page };
}
