/**
 * The language switcher lands on the same page in the other language, or on a page that
 * says plainly that there is no translation and links the versions that exist.
 */
import { LOCALES, LOCALE_NAMES } from '../../src/i18n/locales.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { newestNews, ui } from '../helpers/ui.ts';

const switcher = (lang: (typeof LOCALES)[number]) => ui(lang)['a11y.langSwitcher'];

test(
  'the switcher keeps the reader on the same article in every language',
  { tag: '@phone' },
  async ({ page }) => {
    const { title, path } = newestNews('ru');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const hreflang = await page
      .locator('link[rel="alternate"][hreflang="kk"]')
      .getAttribute('href');
    await page
      .getByRole('navigation', { name: switcher('ru') })
      .getByRole('link', { name: LOCALE_NAMES.kk })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    expect(hreflang && new URL(hreflang).pathname).toBe(new URL(page.url()).pathname);
    await expect(page).toHaveURL(/\/kk\/news\/[^/]+\/$/);
    await page
      .getByRole('navigation', { name: switcher('kk') })
      .getByRole('link', { name: LOCALE_NAMES.en })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page
      .getByRole('navigation', { name: switcher('en') })
      .getByRole('link', { name: LOCALE_NAMES.ru })
      .click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  },
);

for (const lang of LOCALES) {
  test(`${lang}: every section page switches to the same section`, async ({ page }) => {
    for (const section of ['news/', 'inspectors/', 'about/', 'chief/', 'fines/', 'contacts/']) {
      for (const other of LOCALES.filter((l) => l !== lang)) {
        await page.goto(`/${lang}/${section}`);
        const link = page
          .getByRole('navigation', { name: switcher(lang) })
          .getByRole('link', { name: LOCALE_NAMES[other] });
        await expect(link).toHaveAttribute('hreflang', other);
        await expect(link).toHaveAttribute('lang', other);
        await expect(link).toHaveAttribute('href', `/${other}/${section}`);
      }
    }
  });
}

test('a story without a Kazakh version says so and links the versions that exist', async ({
  page,
}) => {
  // The demo content has one Russian-only story (content/news/ru/*-ru-only-*.md).
  await page.goto('/ru/news/');
  const rss = await (await page.request.get('/ru/news/rss.xml')).text();
  const links = [...rss.matchAll(/<link>([^<]+\/ru\/news\/[^<]+)<\/link>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  let untranslated: string | undefined;
  for (const path of links) {
    const kk = path.replace('/ru/', '/kk/');
    const html = await (await page.request.get(kk)).text();
    if (html.includes(ui('kk')['translation.missingTitle'])) {
      untranslated = path;
      break;
    }
  }
  expect(untranslated, 'a Russian story that has no Kazakh version').toBeDefined();
  await page.goto(untranslated!);
  await page
    .getByRole('navigation', { name: switcher('ru') })
    .getByRole('link', { name: LOCALE_NAMES.kk })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ui('kk')['translation.missingTitle'],
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('main').getByRole('link', { name: /.+/ }).first().click();
  await expect(page).toHaveURL(untranslated!);
});

test('the root page offers the three languages', async ({ page }) => {
  // `/` itself redirects by the browser's language (netlify.toml); the page is /index.html.
  await page.goto('/index.html');
  for (const lang of LOCALES) {
    await expect(page.getByRole('link', { name: LOCALE_NAMES[lang] })).toHaveAttribute(
      'href',
      `/${lang}/`,
    );
  }
});
