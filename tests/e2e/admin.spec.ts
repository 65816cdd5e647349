/**
 * The CMS at /admin/ runs Decap from the npm bundle against the local backend (decap-server,
 * started by playwright.config.ts on a copy of the test content, see cms-sandbox.ts), under its
 * own CSP, and lists the site's content. Public pages never load it (the page-weight check of `npm run test:dist`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SANDBOX_CONTENT } from '../helpers/cms-sandbox.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { sitemapPaths } from '../helpers/site.ts';

/** The title of the newest Kazakh story the CMS serves (Kazakh is its default language). */
function newestKazakhTitle(): string {
  const folder = join(SANDBOX_CONTENT, 'news/kk');
  const [newest] = readdirSync(folder).sort().reverse();
  const text = readFileSync(join(folder, newest!), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return (parse(frontmatter) as { title: string }).title;
}

test('the CMS opens on the local backend and lists the content of the site', async ({ page }) => {
  const response = await page.goto('/admin/?ui=en');
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.getByRole('button', { name: /login/i }).click();
  for (const name of ['News', 'District inspectors', 'Districts', 'Settings']) {
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }
  // Decap read the Markdown files through decap-server and lists them by title.
  await expect(page.getByText(newestKazakhTitle(), { exact: false }).first()).toBeVisible();
});

test('the CMS speaks Russian until an editor chooses, and remembers the choice', async ({
  page,
}) => {
  await page.goto('/admin/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('button', { name: 'Войти' }).click();
  for (const name of ['Новости', 'Участковые инспекторы', 'Районы', 'Настройки'])
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  // The choice reloads the page; the editor stays signed in.
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.getByRole('link', { name: 'Жаңалықтар', exact: true }).first()).toBeVisible();
  // Remembered: the address without a choice opens in Kazakh.
  await page.goto('/admin/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('link', { name: 'Қазақша' })).toHaveAttribute('aria-current', 'true');
});

test('the news editor in Kazakh has no English label or button', async ({ page }) => {
  await page.goto('/admin/?ui=kk#/collections/news/new');
  await page.getByRole('button', { name: 'Кіру' }).click();
  await expect(page.getByText('Тақырып', { exact: true }).first()).toBeVisible();
  const words = [
    ...(await page.locator('label').allInnerTexts()),
    ...(await page.getByRole('button').allInnerTexts()),
  ]
    .map((text) => text.trim())
    .filter(Boolean);
  expect(words.length).toBeGreaterThan(15);
  // The chooser names each language in itself; the content languages are codes (KK, RU, EN).
  const english = words.filter((w) => /[A-Za-z]{3,}/.test(w.replace(/\bEnglish\b/g, '')));
  expect(english).toEqual([]);
});

test('the CMS is not in the sitemap', () => {
  expect(sitemapPaths().length).toBeGreaterThan(0);
  expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
});
