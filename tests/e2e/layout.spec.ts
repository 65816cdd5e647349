/**
 * Generic layout checks for every locale: no sideways scrolling at 320 px, a working
 * skip link as the first Tab stop, and `<html lang>` matching the locale of every page.
 */
import { LOCALES } from '../../src/i18n/locales.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { sitemapPaths } from '../helpers/site.ts';
import { ui } from '../helpers/ui.ts';

const allPaths = sitemapPaths();

for (const lang of LOCALES) {
  const keyPages = [`/${lang}/`, `/${lang}/news/`, `/${lang}/inspectors/`, `/${lang}/chief/ask/`];

  test.describe(`${lang}`, () => {
    test.describe('at 320×640', () => {
      test.use({ viewport: { width: 320, height: 640 } });
      for (const path of keyPages) {
        test(`${path} does not scroll sideways`, async ({ page }) => {
          await page.goto(path);
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          expect(scrollWidth, `page width at a ${innerWidth}px viewport`).toBeLessThanOrEqual(
            innerWidth,
          );
        });
      }
    });

    for (const path of keyPages) {
      test(`${path}: the first Tab reaches the skip link, which focuses main`, async ({ page }) => {
        await page.goto(path);
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: ui(lang)['a11y.skip'], exact: true });
        await expect(skip).toBeFocused();
        await page.keyboard.press('Enter');
        const main = page.getByRole('main');
        await expect(main).toHaveAttribute('id', 'main');
        await expect(main).toHaveAttribute('tabindex', '-1');
        await expect(main).toBeFocused();
      });
    }

    test(`every ${lang} page has <html lang="${lang}">`, async ({ request }) => {
      const paths = [
        ...allPaths.filter((path) => path.startsWith(`/${lang}/`)),
        `/${lang}/404/`,
        `/${lang}/no-such-page/`, // served by the 404 rule of netlify.toml
      ];
      const wrong: string[] = [];
      for (const path of paths) {
        const response = await request.get(path);
        const html = await response.text();
        const htmlLang = /<html\b[^>]*?\slang=["']?([^"'\s>]+)/i.exec(html)?.[1];
        if (htmlLang !== lang)
          wrong.push(`${path} (HTTP ${response.status()}): lang=${htmlLang ?? 'missing'}`);
      }
      expect(wrong, 'pages whose <html lang> does not match their locale').toEqual([]);
    });
  });
}
