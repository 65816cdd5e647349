/**
 * Residents' appeals, end to end: the built form page, the function behind /api/ (run by
 * Netlify's emulation, scripts/serve.ts) and the embedded PostgreSQL (PGlite, started by
 * playwright.config.ts). With JavaScript (in place, with a draft) and without it (a page
 * from the server), in Kazakh and Russian, and the status page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/playwright-fixtures.ts';

const TEXT = {
  kk: 'Кешке қарай аулада жастар жиналып, түн ортасына дейін шулайды. Не істеуге болады?',
  ru: 'По вечерам во дворе собирается молодёжь и шумит до полуночи. Что можно сделать?',
};

async function fill(page: Page, lang: 'kk' | 'ru', text = TEXT[lang]) {
  await page.locator('select[name="topic"]').selectOption('neighbours-noise');
  await page.locator('textarea[name="text"]').fill(text);
  await page.locator('input[name="name"]').fill(lang === 'kk' ? 'Айгүл Серікова' : 'Ирина Ким');
  await page.locator('input[name="phone"]').fill('8 701 123 45 67');
  await page.locator('input[name="consent"]').check();
}

/** The registration shown to the resident: number and code. */
async function registration(page: Page) {
  const number = (await page.locator('dd').nth(0).textContent())!.trim();
  const code = (await page.locator('dd').nth(1).textContent())!.trim();
  expect(number).toMatch(/^MPS-\d{4}-\d{6}$/);
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  return { number, code };
}

async function checkStatus(page: Page, lang: 'kk' | 'ru', number: string, code: string) {
  await page.goto(`/${lang}/chief/status/`);
  await page.locator('input[name="number"]').fill(number);
  await page.locator('input[name="code"]').fill(code.toLowerCase().replaceAll('-', ''));
  await page
    .getByRole('button', { name: lang === 'kk' ? 'Мәртебені көрсету' : 'Показать статус' })
    .click();
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'registered');
}

test.describe('with JavaScript', () => {
  test('ru: an appeal is registered in place, and its status can be checked', async ({ page }) => {
    await page.goto('/ru/chief/ask/');
    await expect(page.getByText('звоните: 102 (полиция) или 112')).toBeVisible();
    await fill(page, 'ru');
    await expect(page.getByText(`${TEXT.ru.length} из 5000 символов`)).toBeVisible();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeFocused();
    const { number, code } = await registration(page);
    // Registered: the draft is gone.
    expect(await page.evaluate(() => localStorage.getItem('mps-appeal-draft'))).toBeNull();
    await checkStatus(page, 'ru', number, code);
  });

  test('kk: an error is shown next to its field and announced; fixed, the appeal goes through', async ({
    page,
  }) => {
    await page.goto('/kk/chief/ask/');
    await fill(page, 'kk', 'Тым қысқа');
    await page.getByRole('button', { name: 'Өтінішті жіберу' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('кемінде 20 таңбамен');
    const textarea = page.locator('textarea[name="text"]');
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#appeal-text-error')).toHaveText(/кемінде 20 таңбамен/);
    // The summary links to the field.
    await summary.getByRole('link').first().click();
    await expect(textarea).toBeFocused();
    await textarea.fill(TEXT.kk);
    await page.getByRole('button', { name: 'Өтінішті жіберу' }).click();
    await expect(page.getByRole('heading', { name: 'Өтінішіңіз тіркелді' })).toBeVisible();
    const { number, code } = await registration(page);
    await checkStatus(page, 'kk', number, code);
  });

  test('a draft survives a reload, and a failed request loses nothing', async ({ page, guard }) => {
    await page.goto('/ru/chief/ask/');
    await fill(page, 'ru');
    await page.reload();
    await expect(page.locator('textarea[name="text"]')).toHaveValue(TEXT.ru);
    await expect(page.getByText('Мы восстановили то, что вы уже набрали')).toBeVisible();
    // The network fails: the resident is told, and the text is still there.
    guard.allow(/Failed to load resource|net::ERR_FAILED/);
    await page.route('**/api/appeals', (route) => route.abort('failed'));
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.getByRole('alert')).toContainText('нет связи');
    await expect(page.locator('textarea[name="text"]')).toHaveValue(TEXT.ru);
    expect(await page.evaluate(() => localStorage.getItem('mps-appeal-draft'))).toContain(
      'молодёжь',
    );
  });
});

test('the page the server answers with for a form with mistakes passes axe', async ({
  page,
  guard,
}) => {
  guard.allow(/status of 422/);
  await page.goto('/kk/chief/ask/');
  await fill(page, 'kk', 'Қысқа');
  // Sent as a plain form (submit() skips the script), as a browser without JavaScript does.
  await page.evaluate(() =>
    document.querySelector<HTMLFormElement>('form[data-appeal-form]')!.submit(),
  );
  await expect(page.locator('#appeal-text-error')).toContainText('кемінде 20 таңбамен');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // The function answers a form with mistakes 422 and an unknown appeal 404; the browser
  // logs those statuses of the page itself.
  test.beforeEach(({ guard }) => guard.allow(/status of (422|404)/));

  test('ru: the server answers with the errors and keeps what was typed, then registers', async ({
    page,
  }) => {
    await page.goto('/ru/chief/ask/');
    await fill(page, 'ru');
    await page.locator('input[name="consent"]').uncheck();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    // A page from the function: the site's page, with the error and the typed text.
    await expect(page).toHaveURL(/\/api\/appeals$/);
    await expect(page.locator('#appeal-consent-error')).toContainText('Отметьте согласие');
    await expect(page.locator('textarea[name="text"]')).toHaveValue(TEXT.ru);
    await expect(page.locator('input[name="name"]')).toHaveValue('Ирина Ким');
    await page.locator('input[name="consent"]').check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeVisible();
    const { number, code } = await registration(page);
    await checkStatus(page, 'ru', number, code);
  });

  test('kk: a wrong code finds nothing', async ({ page }) => {
    await page.goto('/kk/chief/status/');
    await page.locator('input[name="number"]').fill('MPS-2026-000001');
    await page.locator('input[name="code"]').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Мәртебені көрсету' }).click();
    await expect(page.getByRole('alert')).toContainText('табылмады');
  });
});
