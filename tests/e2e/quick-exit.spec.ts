/**
 * The quick exit ("Exit this page", docs/quick-exit.md) on the contacts page (it lists the
 * domestic-violence helpline 150) and on the appeal forms, in every language: the button and
 * its skip link leave for the neutral page of content/settings/site.yaml without a referrer,
 * and Back does not return; Shift pressed three times does the same, with the count announced;
 * a long pause or another key starts the count again; the page is blanked while leaving;
 * without JavaScript both are plain links; the button stays on screen while the page scrolls.
 *
 * The neutral page is another site: every test answers it here (page.route), so no request
 * leaves the machine (the fixtures' guard blocks any other host).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { fill } from '../../src/lib/template.ts';
import { siteSchema } from '../../src/models/settings.ts';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { builtPaths } from '../helpers/site.ts';
import { ui } from '../helpers/ui.ts';

/** Where the quick exit leaves for, as the build read it. */
const NEUTRAL = siteSchema.parse(
  parse(readFileSync(new URL('../../content/settings/site.yaml', import.meta.url), 'utf8')),
).quickExit;

/** Pages that offer the quick exit: the contacts, the question to the head, the status check. */
const PAGES = (lang: Locale) => [
  `/${lang}/contacts/`,
  `/${lang}/chief/ask/`,
  `/${lang}/chief/status/`,
];
/** …and the form to an area's inspector (one area per language). */
const ALL_PAGES = (lang: Locale) => [
  ...PAGES(lang),
  ...builtPaths()
    .filter((path) => path.startsWith(`/${lang}/inspectors/write/`))
    .slice(0, 1),
];

interface NeutralVisit {
  url: string;
  referer: string | null;
}

/**
 * Answers the neutral site's pages here; the documents asked for, with their Referer. With
 * `hold`, the answer waits for it (the page being left stays until then).
 */
async function answerNeutralSite(page: Page, hold?: Promise<unknown>): Promise<NeutralVisit[]> {
  const origin = new URL(NEUTRAL).origin;
  const visits: NeutralVisit[] = [];
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      const request = route.request();
      if (request.resourceType() === 'document')
        visits.push({ url: request.url(), referer: await request.headerValue('referer') });
      await hold;
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather in Almaty</h1></html>',
      });
    },
  );
  return visits;
}

/** The button (the skip link has the same name). */
const exitButton = (page: Page, lang: Locale) =>
  page.locator('.quick-exit-bar').getByRole('link', { name: ui(lang)['quickExit.button'] });

/** Waits for the script (it links the button to its hint when it starts). */
async function ready(page: Page, lang: Locale) {
  await expect(exitButton(page, lang)).toHaveAttribute('aria-describedby', 'quick-exit-hint');
}

const pressed = (lang: Locale, count: number) =>
  fill(ui(lang)['quickExit.pressed'], { count, total: 3 });

test.describe('with JavaScript', () => {
  for (const lang of LOCALES) {
    test(
      `${lang}: the button leaves for the neutral page, sends no referrer, and Back does not return`,
      { tag: '@phone' },
      async ({ page }) => {
        const visits = await answerNeutralSite(page);
        await page.goto(`/${lang}/`);
        await page.goto(`/${lang}/contacts/`);
        await expect(page.locator('.quick-exit-bar')).toHaveCount(1);
        await ready(page, lang);
        // A draft of an appeal kept on the device goes with the page.
        await page.evaluate(() => localStorage.setItem('mps-appeal-draft:area-almaly-01', '{}'));
        await exitButton(page, lang).click();
        await expect(page).toHaveURL(NEUTRAL);
        expect(visits).toEqual([{ url: NEUTRAL, referer: null }]);
        // The contacts page was replaced in the history: Back goes to the page before it.
        await page.goBack();
        await expect(page).toHaveURL(`/${lang}/`);
        expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain(
          'mps-appeal-draft:area-almaly-01',
        );
      },
    );

    test(`${lang}: Shift pressed three times leaves, each press announced`, async ({ page }) => {
      const t = ui(lang);
      // What the page shows at the moment it starts to leave, reported from the page itself: once
      // the navigation has started, Playwright waits for it before it reads the old page. The
      // neutral page is answered only once the report is in, so that the page being left is
      // still there to send it.
      const leaving = new Promise<Record<string, unknown>>(
        (resolve) => void page.exposeFunction('reportLeaving', resolve),
      );
      const visits = await answerNeutralSite(page, leaving);
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const overlay = document.querySelector('.quick-exit-overlay');
          if (!overlay?.textContent) return;
          observer.disconnect();
          const visible = (selector: string) =>
            document.querySelector(selector)?.checkVisibility() ?? false;
          (window as unknown as { reportLeaving: (state: unknown) => void }).reportLeaving({
            overlay: overlay.textContent,
            role: overlay.getAttribute('role'),
            main: visible('main'),
            header: visible('header'),
            title: document.title,
          });
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(`/${lang}/chief/ask/`);
      await expect(page.getByText(t['quickExit.hint'])).toBeVisible();
      await ready(page, lang);
      const status = page.locator('[data-quick-exit-status]');
      await expect(status).toHaveAttribute('role', 'status');
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(pressed(lang, 1));
      await expect(page.locator('[data-quick-exit-dots] [data-on]')).toHaveCount(1);
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(pressed(lang, 2));
      await page.keyboard.press('Shift');
      // While the neutral page loads, nothing of this one is left on the screen or in the title.
      expect(await leaving).toEqual({
        overlay: t['quickExit.leaving'],
        role: 'alert',
        main: false,
        header: false,
        title: t['quickExit.leaving'],
      });
      await expect(page).toHaveURL(NEUTRAL);
      expect(visits.map((v) => v.referer)).toEqual([null]);
    });
  }

  test('ru: Shift used to type, another key or a long pause does not leave', async ({ page }) => {
    const t = ui('ru');
    const visits = await answerNeutralSite(page);
    await page.clock.install();
    await page.goto('/ru/chief/ask/');
    await ready(page, 'ru');
    const status = page.locator('[data-quick-exit-status]');
    // Capitals typed in the form: Shift is a modifier there and is not counted.
    await page.locator('textarea[name="text"]').focus();
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await expect(page.locator('textarea[name="text"]')).toHaveValue('ABC');
    await expect(status).toHaveText('');
    // Another key gives up a count under way.
    await page.locator('textarea[name="text"]').blur();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(pressed('ru', 2));
    await page.keyboard.press('a');
    await expect(status).toHaveText(t['quickExit.cancelled']);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(pressed('ru', 1));
    // More than 5 seconds after the last press, the count starts again.
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(pressed('ru', 2));
    await page.clock.fastForward(6000);
    await expect(status).toHaveText(t['quickExit.cancelled']);
    await expect(page.locator('[data-quick-exit-dots]')).toBeHidden();
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(pressed('ru', 1));
    await expect(page).toHaveURL('/ru/chief/ask/');
    expect(visits).toEqual([]);
    // Two more presses in time: now it leaves.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('en: the skip link after "Skip to main content" leaves too', async ({ page }) => {
    const t = ui('en');
    const visits = await answerNeutralSite(page);
    await page.goto('/en/contacts/');
    await ready(page, 'en');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t['a11y.skip'] })).toBeFocused();
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link', { hasText: t['quickExit.button'] });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(NEUTRAL);
    expect(visits.map((v) => v.referer)).toEqual([null]);
  });

  test('kk: the button is reached by Tab with a visible focus, and Enter leaves', async ({
    page,
  }) => {
    await answerNeutralSite(page);
    await page.goto('/kk/chief/ask/');
    await ready(page, 'kk');
    const button = exitButton(page, 'kk');
    for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    // Focused, the red button turns gold with dark text (the site's focus style).
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(254, 197, 12)',
    );
    const box = await button.boundingBox();
    expect(box!.height, 'target size').toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(NEUTRAL);
  });

  for (const lang of LOCALES)
    test(
      `${lang}: the button stays on screen while the page scrolls`,
      { tag: '@phone' },
      async ({ page }) => {
        await page.goto(`/${lang}/contacts/`);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await expect(exitButton(page, lang)).toBeInViewport();
        // Beside the button, the bar takes no clicks from the page under it.
        expect(
          await page
            .locator('.quick-exit-bar')
            .evaluate((el) => getComputedStyle(el).pointerEvents),
        ).toBe('none');
      },
    );

  test('ru: the form the function draws again with errors keeps the quick exit', async ({
    page,
    guard,
  }) => {
    guard.allow(/status of 422/);
    await answerNeutralSite(page);
    await page.goto('/ru/chief/ask/');
    // Sent empty as a plain form (submit() skips the form's script): the function answers.
    await page.evaluate(() =>
      document.querySelector<HTMLFormElement>('form[data-appeal-form]')!.submit(),
    );
    await expect(page).toHaveURL(/\/api\/appeals$/);
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(exitButton(page, 'ru')).toHaveAttribute('href', NEUTRAL);
    await ready(page, 'ru');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('pages without the helpline or a form have no quick exit', async ({ page }) => {
    for (const path of ['/en/', '/ru/news/', '/kk/fines/']) {
      await page.goto(path);
      await expect(page.locator('[data-quick-exit], [data-quick-exit-link]')).toHaveCount(0);
    }
  });

  for (const lang of LOCALES)
    test(`${lang}: axe finds nothing, counting included`, { tag: '@phone' }, async ({ page }) => {
      for (const path of PAGES(lang)) {
        await page.goto(path);
        expect(await axeViolations(page, path)).toEqual([]);
      }
      await ready(page, lang);
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-dots]')).toBeVisible();
      expect(await axeViolations(page, 'counting')).toEqual([]);
    });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LOCALES)
    test(
      `${lang}: the button and the skip link are plain links to the neutral page`,
      { tag: '@phone' },
      async ({ page }) => {
        const t = ui(lang);
        const visits = await answerNeutralSite(page);
        for (const path of ALL_PAGES(lang)) {
          await page.goto(path);
          const links = page.locator('[data-quick-exit-link]');
          await expect(links).toHaveCount(2);
          for (const link of await links.all()) {
            await expect(link).toHaveAttribute('href', NEUTRAL);
            await expect(link).toHaveAttribute('rel', 'nofollow noreferrer');
            await expect(link).toHaveText(t['quickExit.button']);
          }
          await expect(exitButton(page, lang)).toBeVisible();
          // The Shift shortcut needs the script: its hint is not shown.
          await expect(page.getByText(t['quickExit.hint'])).toBeHidden();
        }
        await exitButton(page, lang).click();
        await expect(page).toHaveURL(NEUTRAL);
        expect(visits.map((v) => v.referer)).toEqual([null]);
      },
    );
});
