/** The UI strings of a locale, read from src/i18n, so tests find elements by their real text. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import type en from '../../src/i18n/en.json';

export type UiStrings = Record<keyof typeof en, string>;

export function ui(lang: Locale): UiStrings {
  const file = new URL(`../../src/i18n/${lang}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as UiStrings;
}

/** The newest news item of a locale, from its RSS feed in dist/. */
export function newestNews(lang: Locale): { title: string; path: string } {
  const rss = readFileSync(new URL(`../../dist/${lang}/news/rss.xml`, import.meta.url), 'utf8');
  const item =
    /<item>[\s\S]*?<title>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/title>[\s\S]*?<link>([^<]+)<\/link>/.exec(
      rss,
    );
  if (!item) throw new Error(`dist/${lang}/news/rss.xml has no item: build the site first.`);
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return { title: decode(item[1]!.trim()), path: new URL(item[2]!).pathname };
}

/** A UI template as a RegExp: given placeholders filled in, the others match any text. */
export function pattern(template: string, values: Record<string, string>): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&');
  const parts = template.split(/\{(\w+)\}/);
  // split() with a group alternates text and placeholder names: text, name, text, …
  const source = parts
    .map((part, i) =>
      i % 2 === 0 ? escape(part) : values[part] !== undefined ? escape(values[part]) : '.+',
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The main navigation as it is shown: on a phone it is behind the "Menu" (a <details>), which
 * this opens first; from the md width up it is the bar under the header.
 */
export async function mainNavigation(page: Page, lang: Locale): Promise<Locator> {
  const t = ui(lang);
  // Decide on the styled page: before its stylesheet applies, the phone's menu shows everywhere.
  await page.waitForLoadState('load');
  const menu = page.locator('header summary', { hasText: t['nav.menu'] });
  if (await menu.isVisible()) {
    if ((await menu.locator('xpath=..').getAttribute('open')) === null) await menu.click();
  }
  return page.getByRole('navigation', { name: t['nav.main'] });
}
