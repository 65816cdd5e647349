/** Site search (Pagefind) finds an article, in the language of the page only. */
import { LOCALES } from '../../src/i18n/locales.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { newestNews, pattern, ui } from '../helpers/ui.ts';

for (const lang of LOCALES) {
  test(
    `${lang}: searching for an article's title finds it`,
    { tag: '@phone' },
    async ({ page }) => {
      const t = ui(lang);
      const { title, path } = newestNews(lang);
      await page.goto(`/${lang}/search/`);
      await page.getByLabel(t['search.label']).fill(title);
      await page.getByRole('button', { name: t['search.submit'] }).click();
      await expect(page.getByRole('status')).toHaveText(
        pattern(t['search.results'], { query: title }),
      );
      const results = page.locator('#search-results');
      await expect(results.getByRole('link', { name: title, exact: true }).first()).toHaveAttribute(
        'href',
        path,
      );
      const hrefs = await results
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(
        hrefs.every((h) => h?.startsWith(`/${lang}/`)),
        `results outside /${lang}/: ${hrefs.join(', ')}`,
      ).toBe(true);
    },
  );
}

test('a search with no hit says so', async ({ page }) => {
  const t = ui('en');
  await page.goto('/en/search/?q=zzqxwv');
  await expect(page.getByRole('status')).toHaveText(
    pattern(t['search.noResults'], { query: 'zzqxwv' }),
  );
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('markup in the query is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const query = '<img src=x onerror=alert(1)>police';
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(query);
  await expect(page.getByRole('main').locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByLabel(ui('en')['search.label'])).toHaveValue(query);
  expect(dialogs).toBe(0);
});
