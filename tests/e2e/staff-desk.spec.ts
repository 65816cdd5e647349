/**
 * The staff desk, end to end, with everything real: the built pages and the functions
 * (Netlify's emulation, scripts/serve.ts), the embedded PostgreSQL, the local mail sink,
 * tokens signed as `npm run staff:token` signs them, and a real `astro build` of the published
 * answer.
 *
 * A resident asks; a moderator takes the appeal into work; the chief answers and publishes
 * it (after the desk warns about the name in it); the resident sees the answer on the status
 * page and has the registration and answer mails in Russian; after a rebuild the answer is on
 * the chief's blog without any personal data.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { SunkMail } from '../../scripts/lib/mail-sink.ts';
import { astroBuild, serveBuilt } from '../helpers/astro-build.ts';
import { axeViolations } from '../helpers/axe.ts';
import { expect, guardPage, test } from '../helpers/playwright-fixtures.ts';
import { MAIL_HTTP_PORT, QA_SANDBOX, staffToken } from '../helpers/staff-env.ts';

const SLOW = { timeout: 20_000 };
const NAME = 'Демо Жительница';
const QUESTION =
  'Прошу установить светофор на перекрёстке у школы: по утрам дети переходят дорогу без него.';
const ANSWER =
  'Светофор включён в план установки на весну. До этого по утрам у перехода будет дежурить инспектор.';

/** The desk in a browser context of its own (a tab's token is its own), signed in as `role`. */
async function openDesk(browser: Browser, role: 'moderator' | 'chief', name: string, view = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const guard = await guardPage(page);
  // An invalid action form is answered with 422, which Chromium logs.
  guard.allow(/status of 422/);
  const token = await staffToken(role, name);
  await page.goto(`/ru/staff/${view}#token=${token}`);
  return { page, guard, close: () => context.close() };
}

async function mails(to: string): Promise<SunkMail[]> {
  const response = await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/messages.json`);
  return ((await response.json()) as SunkMail[]).filter((m) => m.to.includes(to));
}

const axe = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

test('a question goes from the resident through the desk to the blog', async ({
  page,
  browser,
  guard,
}) => {
  test.setTimeout(300_000);
  const email = `resident-${Date.now()}@example.kz`;

  // 1. The resident asks, naming themselves in the text.
  await page.goto('/ru/chief/ask/');
  await page.getByLabel('Вопрос', { exact: true }).check();
  await page.locator('select[name="topic"]').selectOption('road-safety');
  await page.locator('textarea[name="text"]').fill(`${QUESTION} С уважением, ${NAME}.`);
  await page.locator('input[name="name"]').fill(NAME);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="consent"]').check();
  await page.locator('input[name="publish"]').check();
  await page.getByRole('button', { name: 'Отправить обращение' }).click();
  await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeVisible(SLOW);
  const number = (await page.locator('dd').nth(0).textContent())!.trim();
  const code = (await page.locator('dd').nth(1).textContent())!.trim();

  // 2. The moderator finds it in the queue, sees the contacts, and takes it into work.
  const moderator = await openDesk(browser, 'moderator', 'Демо Модератор');
  const desk = moderator.page;
  await expect(desk.getByText('Вы вошли как')).toContainText('Демо Модератор');
  await desk.getByRole('link', { name: number }).click();
  await expect(desk.getByRole('heading', { name: `Обращение ${number}` })).toBeFocused(SLOW);
  await expect(desk.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
  // A moderator may not answer or publish: the desk does not offer it.
  await expect(desk.getByRole('button', { name: 'Ответить' })).toHaveCount(0);
  await desk.getByRole('button', { name: 'Взять в работу' }).click();
  await expect(desk.locator('[data-appeal-page]')).toHaveAttribute(
    'data-status',
    'in-progress',
    SLOW,
  );
  await expect(desk.getByRole('status')).toContainText('Выполнено: Взять в работу');
  await expect(desk.locator('ol li').last()).toContainText('Взято в работу');
  await expect(desk.locator('ol li').last()).toContainText('Демо Модератор');
  expect(moderator.guard.problems).toEqual([]);
  await moderator.close();

  // 3. The chief answers, then publishes: the desk points at the name, the chief removes it.
  const chief = await openDesk(browser, 'chief', 'Демо Руководитель', `?view=${number}`);
  const cp = chief.page;
  await expect(cp.getByRole('heading', { name: `Обращение ${number}` })).toBeVisible(SLOW);
  await cp.getByLabel('Ответ на языке: Русский').fill(ANSWER);
  await cp.getByRole('button', { name: 'Ответить' }).click();
  await expect(cp.locator('[data-appeal-page]')).toHaveAttribute('data-status', 'answered', SLOW);
  const question = cp.getByLabel('Вопрос для публикации');
  await expect(question).toHaveValue(new RegExp(NAME));
  await cp.getByRole('button', { name: 'Опубликовать в блоге' }).click();
  const alert = cp.getByRole('alert');
  await expect(alert).toBeFocused(SLOW);
  await expect(alert).toContainText('может содержать персональные данные');
  await expect(alert.locator('[data-findings]')).toContainText('Жительница');
  await cp.getByLabel('Вопрос для публикации').fill(QUESTION);
  await cp.getByRole('button', { name: 'Опубликовать в блоге' }).click();
  await expect(cp.getByRole('status')).toContainText('Опубликовать в блоге', SLOW);
  const path = `qa/ru/${number.toLowerCase()}.md`;
  await expect(cp.getByText(path)).toBeVisible();
  await expect(cp.locator('ol li').last()).toContainText('Опубликовано в блоге');
  await expect(cp.locator('ol li').last()).toContainText('Демо Руководитель');
  await axe(cp);
  expect(chief.guard.problems).toEqual([]);
  await chief.close();

  // 4. The resident sees the answer on the status page.
  await page.goto('/ru/chief/status/');
  await page.locator('input[name="number"]').fill(number);
  await page.locator('input[name="code"]').fill(code);
  await page.getByRole('button', { name: 'Показать статус' }).click();
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'answered', SLOW);
  await expect(page.getByText(ANSWER)).toBeVisible();

  // 5. The mail: registration and answer, in Russian, each once.
  await expect.poll(async () => (await mails(email)).length, SLOW).toBe(2);
  const [registered, answered] = await mails(email);
  expect(registered).toMatchObject({
    subject: `Обращение ${number} зарегистрировано`,
    language: 'ru',
  });
  expect(registered!.text).toContain(`Здравствуйте, ${NAME}!`);
  expect(answered).toMatchObject({ subject: `Ответ на обращение ${number}`, language: 'ru' });
  expect(answered!.text).toContain(ANSWER);

  // 6. A rebuild with the published entry puts it on the blog, without personal data.
  const published = join(QA_SANDBOX, path);
  expect(existsSync(published)).toBe(true);
  const work = join(QA_SANDBOX, '..', `mps-qa-build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync('tests/fixtures/content-min', content, { recursive: true });
  mkdirSync(join(content, 'qa', 'ru'), { recursive: true });
  cpSync(published, join(content, path));
  const build = astroBuild(content, work);
  expect(build.status, build.log).toBe(0);
  const { site, close } = await serveBuilt(build.out);
  // This server runs no functions: the statistics block stays hidden.
  guard.allow(/\/api\/stats\/appeals/);
  try {
    for (const url of [`${site}/ru/chief/`, `${site}/ru/chief/answers/`]) {
      await page.goto(url);
      const entry = page.locator(`article#${number.toLowerCase()}`);
      await expect(entry).toContainText(QUESTION);
      await expect(entry).toContainText(ANSWER);
      await expect(entry).toContainText('Дороги и движение');
      const html = await page.content();
      for (const personal of [NAME, 'Жительница', email, code])
        expect(html, `${url} shows ${personal}`).not.toContain(personal);
    }
  } finally {
    await close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('the desk refuses a bad token and shows the sign-in again', async ({ page, guard }) => {
  guard.allow(/status of 401/);
  await page.goto('/ru/staff/#token=not-a-token');
  await expect(page.getByRole('alert')).toContainText('Войдите', SLOW);
  await expect(page.getByLabel('Локальный токен')).toBeVisible();
});

test(
  'the desk works on a phone: queue, filters and an appeal',
  { tag: '@phone' },
  async ({ browser }) => {
    const { page, guard, close } = await openDesk(browser, 'chief', 'Демо Руководитель');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('heading', { name: 'Очередь обращений' })).toBeVisible(SLOW);
    await page.getByLabel('Тема').selectOption('fraud');
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page.getByText(/По фильтрам найдено обращений: \d+/)).toBeVisible(SLOW);
    await axe(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.getByRole('link', { name: 'Спам' }).click();
    await expect(page.getByRole('heading', { name: 'Спам' })).toBeVisible(SLOW);
    await axe(page);
    expect(guard.problems).toEqual([]);
    await close();
  },
);

test('the chief’s blog shows the appeals in figures from the statistics function', async ({
  page,
}) => {
  await page.goto('/kk/chief/');
  const block = page.locator('[data-appeal-stats]');
  await expect(block).toBeVisible(SLOW);
  await expect(block.getByRole('heading', { name: 'Өтініштер сандармен' })).toBeVisible();
  await expect(block.locator('[data-stat="year.received"]')).toHaveText(/^\d[\d\s]*$/);
});

test('without JavaScript the blog stays whole and the statistics stay out of the way', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/chief/answers/');
  await expect(page.getByRole('heading', { level: 1, name: 'Вопросы и ответы' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Темы' })).toBeVisible();
  await page.goto('/ru/chief/');
  await expect(page.locator('[data-appeal-stats]')).toBeHidden();
  await page.goto('/ru/staff/');
  await expect(page.getByText('Для рабочего места нужен JavaScript.')).toBeVisible();
  await context.close();
});
