/**
 * The site without a connection (docs/offline.md), in Chromium against the built site under
 * Netlify's emulation: the service worker keeps the finder, its index, the contacts and the
 * offline page of the language opened, and the pages opened; the functions' answers and the
 * desk are never kept; a new version's worker deletes the caches of the old one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { staffToken } from '../helpers/staff-env.ts';

/** Calls of the functions take 1.5–3 s under the emulation, more while other tests run. */
const SLOW = { timeout: 30_000 };

/** Waits until the worker is active and serves this page (it claims open pages). */
async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Every URL in the site's caches, by cache name. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      all[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
    }
    return all;
  });

/** The version in /sw.js (the hash of its files and code). */
async function workerVersion(page: Page): Promise<string> {
  const source = await (await page.request.get('/sw.js')).text();
  const version = /"version":"([0-9a-f]{16})"/.exec(source)?.[1];
  expect(version, 'the version in /sw.js').toBeDefined();
  return version!;
}

const CASES = [
  {
    lang: 'ru',
    home: 'Местная полицейская служба Алматы',
    input: 'пр. Абая 10',
    heading: 'пр. Абая, 10: ваш участковый инспектор',
    officer: 'Абенова Мадина',
    contacts: 'Контакты',
    offline: 'Нет подключения к интернету',
  },
  {
    lang: 'kk',
    home: 'Алматы қаласының Жергілікті полиция қызметі',
    input: 'Абай даңғылы 10',
    heading: 'Абай даңғылы, 10: сіздің учаскелік инспекторыңыз',
    officer: 'Әбенова Мадина',
    contacts: 'Байланыс',
    offline: 'Интернет байланысы жоқ',
  },
] as const;

for (const c of CASES) {
  test(
    `${c.lang}: offline, the resident finds the inspector by address and opens the contacts`,
    { tag: '@phone' },
    async ({ page, context }) => {
      // The install downloads about 20 files; a loaded machine needs more than the default.
      test.setTimeout(120_000);
      await page.goto(`/${c.lang}/`);
      await waitForWorker(page);
      // Only this language is downloaded, and what it keeps is complete.
      const kept = await cachedUrls(page);
      const precache = Object.entries(kept).find(([name]) => name.includes('precache-'))?.[1];
      expect(precache).toEqual(
        expect.arrayContaining([
          `/${c.lang}/offline/`,
          `/${c.lang}/contacts/`,
          `/${c.lang}/finder/`,
          `/${c.lang}/finder/index.json`,
          '/open-data/areas.geojson',
        ]),
      );
      expect(precache!.some((p) => p.startsWith('/_astro/') && p.endsWith('.css'))).toBe(true);
      expect(precache!.some((p) => p.endsWith('.woff2'))).toBe(true);
      const other = c.lang === 'ru' ? 'kk' : 'ru';
      expect(precache).not.toContain(`/${other}/finder/index.json`);

      await context.setOffline(true);
      try {
        // The page the resident arrived on is kept too.
        await page.goto(`/${c.lang}/`);
        await expect(page.getByRole('heading', { level: 1, name: c.home })).toBeVisible();

        await page.goto(`/${c.lang}/finder/`);
        const input = page.getByRole('combobox');
        await input.fill(c.input);
        await input.press('Enter');
        await expect(page.getByRole('heading', { name: c.heading })).toBeFocused();
        const result = page.locator('[data-finder-result]');
        await expect(result.getByRole('link', { name: new RegExp(c.officer) })).toBeVisible();
        await expect(result.locator('a[href^="tel:+7727"]').first()).toBeVisible();

        await page.goto(`/${c.lang}/contacts/`);
        await expect(page.getByRole('heading', { level: 1, name: c.contacts })).toBeVisible();
        await expect(page.locator('main a[href="tel:102"]')).toBeVisible();
        // Styled: the site's style sheet came from the cache.
        await expect(page.locator('main a[href="tel:102"]')).toHaveCSS('font-weight', '700');

        // A page never opened: the offline page of its language, with the numbers to call.
        await page.goto(`/${c.lang}/news/`);
        await expect(page.getByRole('heading', { level: 1, name: c.offline })).toBeVisible();
        await expect(page.locator('main a[href="tel:102"]')).toBeVisible();
        await page.locator(`main a[href="/${c.lang}/finder/"]`).click();
        await expect(page.getByRole('combobox')).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
    },
  );
}

test('the form, a status lookup and the desk leave nothing of theirs in the caches', async ({
  page,
}) => {
  // Several calls of the functions, each 1.5–3 s under the emulation (playwright.config.ts).
  test.setTimeout(180_000);
  await page.goto('/ru/chief/ask/');
  await waitForWorker(page);
  // Sent from a page the worker serves, as a resident's would be.
  await page.locator('select[name="topic"]').selectOption('neighbours-noise');
  await page
    .locator('textarea[name="text"]')
    .fill('По вечерам во дворе собирается молодёжь и шумит до полуночи. Что можно сделать?');
  await page.locator('input[name="name"]').fill('Ирина Ким');
  await page.locator('input[name="phone"]').fill('8 701 123 45 67');
  await page.locator('input[name="consent"]').check();
  await page.getByRole('button', { name: 'Отправить обращение' }).click();
  await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeFocused(SLOW);
  const number = (await page.locator('dd').nth(0).textContent())!.trim();
  const code = (await page.locator('dd').nth(1).textContent())!.trim();

  // The status page's form (a POST answered by the function with a page)…
  await page.goto('/ru/chief/status/');
  await page.locator('input[name="number"]').fill(number);
  await page.locator('input[name="code"]').fill(code);
  await page.getByRole('button', { name: 'Показать статус' }).click();
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'registered', SLOW);
  // …and the same lookup as a GET of the function.
  const status = await page.evaluate(
    ([n, k]) =>
      fetch(`/api/appeals/${encodeURIComponent(n!)}`, { headers: { 'X-Access-Code': k! } }).then(
        (r) => r.status,
      ),
    [number, code],
  );
  expect(status).toBe(200);

  // The desk, signed in, shows the appeal from the staff functions.
  await page.goto(`/ru/staff/?view=${number}#token=${await staffToken('chief', 'Демо Начальник')}`);
  await expect(page.getByRole('heading', { name: `Обращение ${number}` })).toBeVisible(SLOW);

  const kept = Object.values(await cachedUrls(page)).flat();
  // The pages opened are kept (so the check below is not empty)…
  expect(kept).toEqual(expect.arrayContaining(['/ru/chief/ask/', '/ru/chief/status/']));
  // …and nothing of the functions, the desk, Netlify or the CMS.
  expect(kept.filter((p) => /^\/api\/|\/staff\/|^\/\.netlify\/|^\/admin\//.test(p))).toEqual([]);
});

test('a new version deletes the caches of the old one and keeps its languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A page without the registration: the caches a previous version of the worker left.
  await page.goto('/index.html');
  await page.evaluate(async () => {
    const old = await caches.open('mps-precache-0000000000000000');
    await old.put('/en/offline/', new Response('<h1>old</h1>'));
    await (await caches.open('mps-pages-0000000000000000')).put('/en/', new Response('old'));
    await (await caches.open('another-sites-cache')).put('/x', new Response('x'));
  });
  await page.goto('/ru/');
  await waitForWorker(page);
  const version = await workerVersion(page);
  const kept = await cachedUrls(page);
  const names = Object.keys(kept);
  expect(names).toContain('another-sites-cache');
  expect(names).toContain(`mps-precache-${version}`);
  expect(names.filter((n) => n.startsWith('mps-') && !n.endsWith(`-${version}`))).toEqual([]);
  // The language the old version kept is kept again, with the page's own.
  expect(kept[`mps-precache-${version}`]).toEqual(
    expect.arrayContaining(['/ru/offline/', '/en/offline/', '/en/finder/index.json']),
  );
  expect(kept[`mps-precache-${version}`]).not.toContain('/kk/offline/');
});
