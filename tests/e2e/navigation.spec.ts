/**
 * A resident's way through the site in each language: the main menu reaches every section,
 * each with its own heading, and the pages that matter work without JavaScript.
 */
import { LOCALES } from '../../src/i18n/locales.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { mainNavigation, pattern, ui } from '../helpers/ui.ts';

for (const lang of LOCALES) {
  const t = ui(lang);
  const sections = [
    { nav: t['nav.news'], path: `/${lang}/news/`, heading: t['news.title'] },
    { nav: t['nav.inspectors'], path: `/${lang}/inspectors/`, heading: t['inspectors.title'] },
    { nav: t['nav.chief'], path: `/${lang}/chief/`, heading: t['chief.title'] },
    { nav: t['nav.fines'], path: `/${lang}/fines/`, heading: t['fines.title'] },
    { nav: t['nav.about'], path: `/${lang}/about/`, heading: t['about.title'] },
    { nav: t['nav.contacts'], path: `/${lang}/contacts/`, heading: t['contacts.title'] },
    { nav: t['nav.search'], path: `/${lang}/search/`, heading: t['search.title'] },
  ];

  test(`${lang}: the main menu reaches every section`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const s of sections) {
      await (
        await mainNavigation(page, lang)
      )
        .getByRole('link', { name: s.nav, exact: true })
        .click();
      await expect(page).toHaveURL(s.path);
      await expect(
        page.getByRole('heading', { level: 1, name: s.heading, exact: true }),
      ).toBeVisible();
      await expect(
        (await mainNavigation(page, lang)).getByRole('link', { name: s.nav, exact: true }),
      ).toHaveAttribute('aria-current', 'page');
    }
  });

  test(
    `${lang}: the home page shows emergency numbers and the fine portals`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(`/${lang}/`);
      const emergency = page.getByRole('complementary', { name: t['emergency.title'] });
      await expect(emergency.getByRole('link', { name: /102/ })).toHaveAttribute('href', 'tel:102');
      await expect(emergency.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
      const fines = page.getByRole('region', { name: t['home.finesTitle'] });
      const portals = fines.getByRole('listitem').getByRole('link');
      expect(await portals.count()).toBeGreaterThanOrEqual(3);
      for (const href of await portals.evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')),
      )) {
        expect(href).toMatch(/^https:\/\//);
      }
      await expect(
        page.getByRole('region', { name: t['home.latestNews'] }).getByRole('article'),
      ).toHaveCount(4);
    },
  );

  test(
    `${lang}: from the directory to an inspector's profile and district`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(`/${lang}/inspectors/`);
      const firstCard = page.getByRole('article').first();
      const name = (await firstCard.getByRole('heading').innerText()).trim();
      const phone = firstCard.getByRole('link', { name: /^\+7/ });
      await expect(phone).toHaveAttribute('href', /^tel:\+7\d{10}$/);
      await firstCard.getByRole('heading').getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
      await expect(page.getByText(t['inspectors.reception'], { exact: true })).toBeVisible();
      await page.getByRole('main').getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`^.*/${lang}/districts/[a-z-]+/$`));
      await expect(
        page.getByRole('heading', { level: 2, name: t['district.areas'] }),
      ).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name }).first()).toBeVisible();
    },
  );

  test(`${lang}: news list pages, categories and an article`, async ({ page }) => {
    await page.goto(`/${lang}/news/`);
    const pager = page.getByRole('navigation', { name: t['a11y.pagination'] });
    await pager.getByRole('link', { name: new RegExp(t['news.next']) }).click();
    await expect(page).toHaveURL(`/${lang}/news/2/`);
    await expect(pager.getByText(pattern(t['news.pageOf'], { page: '2' }))).toBeVisible();
    await page.getByRole('link', { name: t['category.road-safety'], exact: true }).first().click();
    await expect(page).toHaveURL(`/${lang}/news/category/road-safety/`);
    await expect(
      page.getByRole('heading', { level: 1, name: t['category.road-safety'] }),
    ).toBeVisible();
    const article = page.getByRole('main').getByRole('article').first();
    const title = (await article.getByRole('heading').innerText()).trim();
    await article.getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('img').first()).toHaveAttribute('alt', /.{3,}/);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LOCALES) {
    test(`${lang}: pages read and link without scripts`, { tag: '@phone' }, async ({ page }) => {
      const t = ui(lang);
      await page.goto(`/${lang}/`);
      await page.getByRole('link', { name: t['home.inspectorsCta'] }).click();
      // The finder without scripts: the district street lists.
      await expect(page.getByRole('heading', { level: 1, name: t['finder.title'] })).toBeVisible();
      await expect(page.getByRole('heading', { name: t['finder.byList'] })).toBeVisible();
      await (await mainNavigation(page, lang)).getByRole('link', { name: t['nav.search'] }).click();
      await expect(page.getByText(t['search.noJs'])).toBeVisible();
    });
  }
});
