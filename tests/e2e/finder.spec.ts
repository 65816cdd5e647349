/**
 * The inspector finder in a real browser against the built site: an address in Russian,
 * Kazakh and Latin spelling, suggestions by keyboard, the browser's location (Playwright's
 * geolocation), the interactive map loaded on request, the pages without JavaScript, and axe
 * on the page with an answer shown, in each language.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';

/** The demo inspector of area 1 of Almaly (content/officers/abenova-madina.yaml). */
const OFFICER = { kk: 'Әбенова Мадина', ru: 'Абенова Мадина', en: 'Madina Abenova' };

const axe = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

const CASES = [
  { lang: 'ru', input: 'пр. Абая 10', heading: 'пр. Абая, 10: ваш участковый инспектор' },
  {
    lang: 'kk',
    input: 'Абай даңғылы 10',
    heading: 'Абай даңғылы, 10: сіздің учаскелік инспекторыңыз',
  },
  { lang: 'en', input: 'abay ave 10', heading: 'Abay Ave, 10: your district inspector' },
] as const;

for (const c of CASES) {
  test(
    `${c.lang}: "${c.input}" finds the inspector of Almaly area 1`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(`/${c.lang}/finder/`);
      const input = page.getByRole('combobox');
      await input.fill(c.input);
      await input.press('Enter');
      const heading = page.getByRole('heading', { name: c.heading });
      await expect(heading).toBeFocused();
      const result = page.locator('[data-finder-result]');
      await expect(result.getByRole('link', { name: new RegExp(OFFICER[c.lang]) })).toBeVisible();
      await expect(result.locator('a[href^="tel:+7727000"]').first()).toBeVisible();
      await expect(
        result.getByRole('img', { name: new RegExp(OFFICER[c.lang].split(' ')[0]!) }),
      ).toBeVisible();
      await axe(page);
    },
  );
}

test('suggestions can be chosen with the keyboard, and a typo still finds the street', async ({
  page,
}) => {
  await page.goto('/ru/finder/');
  const input = page.getByRole('combobox');
  await input.pressSequentially('Сатп');
  const option = page.getByRole('option', { name: 'ул. Сатпаева' });
  await expect(option).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await input.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(input).toHaveValue('ул. Сатпаева ');
  await input.pressSequentially('30');
  await input.press('Enter');
  await expect(page.getByRole('heading', { name: /ул\. Сатпаева, 30/ })).toBeFocused();
  // A typo and the Kazakh name.
  await input.fill('Сәтбаев көшсі 30');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.getByRole('heading', { name: /ул\. Сатпаева, 30/ })).toBeFocused();
  // Ambiguous: the resident chooses.
  await input.fill('Самал 5');
  await input.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Подходят несколько улиц. Какую вы имеете в виду?' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'мкр. Самал-2' }).click();
  await expect(page.getByRole('heading', { name: /мкр\. Самал-2, 5/ })).toBeVisible();
  // Unknown.
  await input.fill('ул. Несуществующая 1');
  await input.press('Enter');
  await expect(page.getByRole('heading', { name: /не найдена/ })).toBeFocused();
});

test('a street is found by its former name, and a corner by its two streets', async ({ page }) => {
  await page.goto('/ru/finder/');
  const input = page.getByRole('combobox');
  await input.fill('Ленина 50');
  await input.press('Enter');
  const result = page.locator('[data-finder-result]');
  await expect(
    page.getByRole('heading', {
      name: 'пр. Достык (бывш. пр. Ленина), 50: ваш участковый инспектор',
    }),
  ).toBeFocused();
  await expect(result.locator('a[href^="tel:+7727000"]').first()).toBeVisible();
  // A suggestion names the street by both names.
  await input.fill('');
  await input.pressSequentially('Комсомольск');
  await expect(
    page.getByRole('option', { name: 'ул. Толе би (бывш. ул. Комсомольская)' }),
  ).toBeVisible();
  await page.goto('/kk/finder/');
  await page.getByRole('combobox').fill('Абай мен Сәтбаев қиылысы');
  await page.getByRole('combobox').press('Enter');
  await expect(
    page.getByRole('heading', {
      name: 'Абай даңғылы мен Сәтбаев көшесі қиылысы: сіздің учаскелік инспекторыңыз',
    }),
  ).toBeFocused();
  await expect(page.locator('[data-finder-result] article').first()).toBeVisible();
  await axe(page);
});

test('the browser’s location finds the area it lies in', async ({ browser }) => {
  const areas = JSON.parse(readFileSync('dist/open-data/areas.geojson', 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: number[][][] } }[];
  };
  const ring = areas.features.find((f) => f.properties.id === 'almaly-01')!.geometry
    .coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const context = await browser.newContext({
    geolocation: {
      longitude: (Math.min(...xs) + Math.max(...xs)) / 2,
      latitude: (Math.min(...ys) + Math.max(...ys)) / 2,
    },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await page.goto('/ru/finder/');
  await page.getByRole('button', { name: 'Определить моё местоположение' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ваше местоположение: ваш участковый инспектор' }),
  ).toBeFocused();
  await expect(page.locator('[data-finder-result]')).toContainText('Алмалинский район, Участок 1');
  await expect(page.locator('[data-finder-result]')).toContainText(OFFICER.ru);
  // Far away: outside every area.
  await context.setGeolocation({ longitude: 71.43, latitude: 51.13 });
  await page.getByRole('button', { name: 'Определить моё местоположение' }).click();
  await expect(page.getByRole('heading', { name: /вне участков/ })).toBeFocused();
  await context.close();
});

test('the interactive map loads only when opened, and works without tiles', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/en/finder/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => /leaflet|finder-map/.test(p))).toEqual([]);
  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(48);
  await expect(page.getByText('The background map is not available')).toBeVisible();
  expect(requests.some((p) => /leaflet.*\.css$/.test(p))).toBe(true);
  // An area opens a link to its page.
  await page.locator('path.leaflet-interactive').first().click({ force: true });
  await expect(page.locator('.leaflet-popup-content a')).toHaveAttribute(
    'href',
    /\/en\/districts\/.+#area-/,
  );
});

test('without JavaScript: the street lists and the map lead to the area', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/finder/');
  await expect(page.getByRole('combobox')).toBeHidden();
  await expect(page.getByRole('group', { name: 'Карта районов и участков' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Алмалинский район, Участок 1' })).toHaveAttribute(
    'href',
    '/ru/districts/almaly/#area-almaly-01',
  );
  await page.getByRole('link', { name: 'Улицы: Алмалинский район' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Улицы: Алмалинский район' }),
  ).toBeVisible();
  // Former names stand beside the current ones.
  await expect(
    page.getByRole('rowheader', { name: 'ул. Желтоксан (бывш. ул. Мира)' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /пр\. Абая/ }).first();
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ru\/districts\/almaly\/#area-almaly-0\d$/);
  await context.close();
});

test('the open data files are complete and readable', async ({ request }) => {
  const json = (await (await request.get('/open-data/inspectors.json')).json()) as Record<
    string,
    string
  >[];
  expect(json.length).toBe(48);
  const csv = await (await request.get('/open-data/inspectors.csv')).text();
  expect(csv.trim().split('\r\n')).toHaveLength(49);
  expect(csv).toContain('"officer_id","name_kk","name_ru","name_en"');
  const geo = await request.get('/open-data/areas.geojson');
  expect(geo.headers()['content-type']).toContain('application/geo+json');
  expect(((await geo.json()) as { features: unknown[] }).features).toHaveLength(48);
});
