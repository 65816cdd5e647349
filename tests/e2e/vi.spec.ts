/**
 * The version for the visually impaired: every setting does what it says, persists across a
 * reload and another page, and reset brings the normal version back; the setting is on <html>
 * in the first rendered frame; the page reflows at 320 px with 200% text; axe finds nothing in
 * any colour scheme at 200% on one page of each template; body text has a contrast of at least
 * 7:1 in every scheme; and all of it works from the keyboard alone.
 */
import type { Page } from '@playwright/test';
import { VI_SETTINGS } from '../../src/lib/vi-settings.ts';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { onePerTemplate, sitemapPaths } from '../helpers/site.ts';

const SCHEMES = VI_SETTINGS.scheme.filter((s) => s !== 'default');
const TEMPLATES = onePerTemplate(sitemapPaths()).filter((p) => p.startsWith('/ru/'));

/** Stores settings as the panel does, then loads `path`. */
async function withSettings(page: Page, path: string, settings: Record<string, string>) {
  await page.goto(path);
  await page.evaluate((s) => localStorage.setItem('mps-vi', JSON.stringify(s)), settings);
  await page.goto(path);
}

const css = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
  await expect(page.getByRole('heading', { name: 'Настройки для слабовидящих' })).toBeFocused();
}

test('each setting changes the page, persists, and reset restores the normal version', async ({
  page,
}) => {
  await page.goto('/ru/inspectors/abenov-askar/');
  await openPanel(page);
  const panel = page.locator('#vi-panel');
  await panel.getByLabel('Очень крупный (200%)').check();
  expect(await css(page, 'html', 'font-size')).toBe('32px');
  await panel.getByLabel('Белым по чёрному').check();
  expect(await css(page, 'main p', 'color')).toBe('rgb(255, 255, 255)');
  expect(await css(page, 'html', 'background-color')).toBe('rgb(0, 0, 0)');
  await panel.getByLabel('Скрыть, показать описание').check();
  const img = page.locator('main img:not([alt=""])').first();
  const alt = (await img.getAttribute('alt'))!;
  await expect(img).toBeHidden();
  await expect(page.locator('main .vi-alt').first()).toHaveText(alt);
  await panel.getByRole('group', { name: 'Межбуквенный интервал' }).getByLabel('Большой').check();
  expect(parseFloat(await css(page, 'body', 'letter-spacing'))).toBeCloseTo(0.12 * 17 * 2, 0);
  await panel.getByRole('group', { name: 'Межстрочный интервал' }).getByLabel('Большой').check();
  const size = parseFloat(await css(page, 'main p', 'font-size'));
  expect(parseFloat(await css(page, 'main p', 'line-height'))).toBeCloseTo(size * 2.2, 0);
  await panel.getByLabel('С засечками').check();
  expect(await css(page, 'main p', 'font-family')).toContain('Georgia');

  // Kept across a reload and on another page, with the panel showing the choices.
  for (const path of ['/ru/inspectors/abenov-askar/', '/ru/news/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-vi-scheme', 'wb');
    await expect(page.locator('html')).toHaveAttribute('data-vi-size', '200');
    expect(await css(page, 'main p', 'font-family')).toContain('Georgia');
    await expect(page.locator('#vi-panel').getByLabel('Белым по чёрному')).toBeChecked();
  }
  // Greyscale images.
  await openPanel(page);
  await page.locator('#vi-panel').getByLabel('Чёрно-белые').check();
  expect(await css(page, 'header img', 'filter')).toBe('grayscale(1)');

  // One control returns to the normal version.
  await page.getByRole('button', { name: 'Обычная версия' }).click();
  const attributes = await page.evaluate(() =>
    [...document.documentElement.attributes]
      .map((a) => a.name)
      .filter((n) => n.startsWith('data-vi')),
  );
  expect(attributes).toEqual([]);
  expect(await css(page, 'html', 'font-size')).toBe('16px');
  expect(await css(page, 'main p', 'color')).toBe('rgb(11, 12, 12)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Обычная версия' })).toBeHidden();
  expect(await css(page, 'html', 'font-size')).toBe('16px');
});

test('the settings are on the page in its first rendered frame (no flash)', async ({ page }) => {
  await withSettings(page, '/ru/', { scheme: 'wb', size: '200' });
  // Before any script of the page runs, wait for the first frame and note what <html> had then.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const html = document.documentElement;
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        scheme: html.getAttribute('data-vi-scheme'),
        size: html.getAttribute('data-vi-size'),
        background: getComputedStyle(html).backgroundColor,
      };
    });
  });
  await page.goto('/ru/contacts/');
  await page.waitForFunction(() => 'firstFrame' in window);
  expect(
    await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame),
  ).toEqual({
    scheme: 'wb',
    size: '200',
    background: 'rgb(0, 0, 0)',
  });
});

test.describe('at 320 px with 200% text', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of TEMPLATES)
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await withSettings(page, path, { size: '200', spacing: 'large', line: 'large' });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
});

/** WCAG relative luminance and contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of SCHEMES) {
  test(`${scheme}: body text has a contrast of at least 7:1, and axe finds nothing at 200%`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const path of TEMPLATES) {
      await withSettings(page, path, { scheme, size: '200' });
      const text = await css(page, 'main p', 'color');
      const background = await css(page, 'html', 'background-color');
      expect(
        contrast(text, background),
        `${path}: ${text} on ${background}`,
      ).toBeGreaterThanOrEqual(7);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
}

test('keyboard only: open the panel, change every setting, close it, focus returns', async ({
  page,
}) => {
  await page.goto('/ru/');
  const toggle = page.getByRole('button', { name: 'Версия для слабовидящих' });
  for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Настройки для слабовидящих' })).toBeFocused();
  // Each group of radio buttons: Tab into it, the arrow key picks the next value.
  for (const name of Object.keys(VI_SETTINGS)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#vi-panel input[name="${name}"]`).first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute(
      `data-vi-${name}`,
      VI_SETTINGS[name as keyof typeof VI_SETTINGS][1],
    );
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('#vi-panel')).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('read aloud speaks in the page’s language, or says plainly that it cannot', async ({
  page,
}) => {
  await page.goto('/kk/');
  await page.getByRole('button', { name: 'Нашар көретіндерге арналған нұсқа' }).click();
  const hasVoice = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const check = () =>
          resolve(speechSynthesis.getVoices().some((v) => v.lang.startsWith('kk')));
        if (speechSynthesis.getVoices().length) check();
        else setTimeout(check, 500);
      }),
  );
  await page.getByRole('button', { name: 'Оқу', exact: true }).click();
  const status = page.locator('[data-vi-speech-status]');
  await expect(status).toHaveText(
    hasVoice
      ? 'Оқылып жатыр…'
      : 'Бұл құрылғыда осы тілге арналған дауыс жоқ, сондықтан бетті дауыстап оқу мүмкін емес.',
  );
  await page.getByRole('button', { name: 'Тоқтату' }).click();
  await expect(status).toHaveText('Тоқтатылды.');
});
