/**
 * Writing to an area's inspector, end to end with everything real (the built pages, the
 * functions under Netlify's emulation, the embedded PostgreSQL, local staff tokens): a
 * resident finds the inspector by address in Kazakh, writes with a point tapped on the map and
 * a photo; the area's inspector signs in, sees the photo and the point, and answers; the
 * resident's status page shows the answer. And the same form without JavaScript, in Russian.
 */
import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { axeViolations } from '../helpers/axe.ts';
import { expect, guardPage, test } from '../helpers/playwright-fixtures.ts';
import { staffToken } from '../helpers/staff-env.ts';

const SLOW = { timeout: 20_000 };
const AREA = 'almaly-01';
const TEXT =
  'Абай даңғылы 10 үйдің ауласында түнде жастар жиналып, шу шығарады. Шара қолдануды сұраймын.';
const ANSWER =
  'Хабарламаңыз тексерілді: ауланы кешкі рейдтер тізіміне енгіздік, аптасына екі рет барамыз.';

const axe = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

/** A phone's photo: large, with the camera's make in its EXIF. */
const photo = () =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#5a7d9a' } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'DemoCam', Model: 'Phone 1' } })
    .toBuffer();

async function openDesk(browser: Browser, view: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const guard = await guardPage(page);
  const token = await staffToken('inspector', 'Демо Инспектор', [AREA]);
  await page.goto(`/kk/staff/${view}#token=${token}`);
  return { page, guard, close: () => context.close() };
}

test('from the finder a resident writes to the inspector with a point and a photo, and gets the answer', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // 1. The finder answers the address with the area and the way to write to its inspector.
  await page.goto('/kk/finder/');
  const input = page.getByRole('combobox');
  await input.fill('Абай даңғылы 10');
  await input.press('Enter');
  const result = page.locator('[data-finder-result]');
  await result.getByRole('link', { name: 'Учаскелік инспекторға жазу' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/kk/inspectors/write/${AREA}/$`));
  await expect(page.locator('[data-area-target]')).toContainText('№ 1 учаскенің');
  await axe(page);

  // 2. The form: the text, a point tapped on the area's map, a photo.
  await page.locator('textarea[name="text"]').fill(TEXT);
  await page.locator('input[name="name"]').fill('Демо Тұрғын');
  await page.locator('input[name="email"]').fill(`resident-${Date.now()}@example.kz`);
  const map = page.locator('[data-point-map] svg');
  await map.click({ position: { x: 60, y: 40 } });
  await expect(page.locator('input[name="latitude"]')).not.toHaveValue('');
  await expect(page.locator('[data-point-status]')).toContainText('Нүкте белгіленді');
  await page.locator('input[name="photos"]').setInputFiles({
    name: 'IMG_0042.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo(),
  });
  await page.locator('input[name="consent"]').check();
  await page.getByRole('button', { name: 'Өтінішті жіберу' }).click();
  const registered = page.getByRole('heading', { name: 'Өтінішіңіз тіркелді' });
  await expect(registered).toBeFocused(SLOW);
  const number = (await page.locator('dd').nth(0).textContent())!.trim();
  const code = (await page.locator('dd').nth(1).textContent())!.trim();

  // 3. The area's inspector sees it, with the photo and the point, and answers.
  const desk = await openDesk(browser, `?view=${number}`);
  const dp = desk.page;
  await expect(dp.getByRole('heading', { name: new RegExp(number) })).toBeVisible(SLOW);
  const shown = dp.locator('img[src^="data:image/jpeg"]');
  await expect(shown).toHaveCount(1, SLOW);
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
  await expect(dp.locator('a[href^="geo:43."]')).toBeVisible();
  await dp.locator('textarea[name="text"]').fill(ANSWER);
  await dp.locator('form[data-desk-action="answer"] button[type="submit"]').click();
  await expect(dp.locator('[data-appeal-page]')).toHaveAttribute('data-status', 'answered', SLOW);
  expect(desk.guard.problems).toEqual([]);
  await desk.close();

  // 4. The resident's status page shows the answer.
  await page.goto('/kk/chief/status/');
  await page.locator('input[name="number"]').fill(number);
  await page.locator('input[name="code"]').fill(code);
  await page.locator('form button[type="submit"]').first().click();
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'answered', SLOW);
  await expect(page.getByText(ANSWER)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form to the inspector registers an appeal with typed coordinates and a photo, in Russian', async ({
    page,
  }) => {
    await page.goto(`/ru/inspectors/write/${AREA}/`);
    await expect(page.locator('[data-point-map]')).toBeHidden();
    await page
      .locator('textarea[name="text"]')
      .fill(
        'Во дворе дома 10 по пр. Абая по ночам собирается шумная компания. Прошу принять меры.',
      );
    await page.locator('input[name="name"]').fill('Демо Житель');
    await page.locator('input[name="phone"]').fill('+7 701 555 12 34');
    await page.locator('input[name="latitude"]').fill('43.2511');
    await page.locator('input[name="longitude"]').fill('76.9402');
    await page.locator('input[name="photos"]').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(),
    });
    await page.locator('input[name="consent"]').check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeVisible(
      SLOW,
    );
    await expect(page.locator('dd').nth(0)).toHaveText(/MPS-\d{4}-\d{6}/);
  });

  test('a file that is not a photo comes back with a message and the text kept', async ({
    page,
    guard,
  }) => {
    // The function answers the form with mistakes with 422, which Chromium logs.
    guard.allow(/status of 422/);
    await page.goto(`/ru/inspectors/write/${AREA}/`);
    const text = 'Во дворе дома 10 по пр. Абая сломан фонарь, вечером очень темно и небезопасно.';
    await page.locator('textarea[name="text"]').fill(text);
    await page.locator('input[name="name"]').fill('Демо Житель');
    await page.locator('input[name="phone"]').fill('+7 701 555 12 34');
    await page.locator('input[name="photos"]').setInputFiles({
      name: 'notes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('это не фотография'),
    });
    await page.locator('input[name="consent"]').check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.locator('#appeal-photos-error')).toContainText('JPEG, PNG или WebP', SLOW);
    await expect(page.locator('textarea[name="text"]')).toHaveValue(text);
    await expect(page.locator('[data-area-target]')).toContainText('участка № 1');
  });
});
