/**
 * The longest answer the desk accepts (20,000 Cyrillic characters, about 120 KB once
 * URL-encoded) goes through end to end, and when the desk cannot reach the server the typed
 * answer stays in the form.
 */
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { staffToken } from '../helpers/staff-env.ts';

const SLOW = { timeout: 30_000 };

async function register(baseURL: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/appeals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      lang: 'ru',
      kind: 'question',
      topic: 'other',
      text: 'Прошу подробно разъяснить порядок работы участковых в нашем микрорайоне.',
      name: 'Демо Житель',
      email: `long-${Date.now()}@example.kz`,
      answerLanguage: 'ru',
      consent: 'on',
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { number: string }).number;
}

test('a 20,000-character answer is kept through a failure and then saved', async ({
  page,
  guard,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const number = await register(baseURL!);
  guard.allow(/net::ERR_FAILED|Failed to load resource/);
  await page.goto(`/ru/staff/?view=${number}#token=${await staffToken('chief', 'Демо Начальник')}`);
  await expect(page.getByRole('heading', { name: `Обращение ${number}` })).toBeVisible(SLOW);

  const answer = `${'Ответ начальника по существу обращения. '.repeat(500).slice(0, 19_994)}Конец.`;
  expect(answer).toHaveLength(20_000);
  const field = page.locator('textarea[name="text"]');
  await field.fill(answer);

  // The network fails once: the form and its text stay, with a message next to it.
  await page.route('**/api/staff/appeals/*/answer*', (route) => route.abort(), { times: 1 });
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.locator('[data-desk-failure]')).toBeFocused(SLOW);
  await expect(field).toHaveValue(answer);

  // Sent again, it is saved whole.
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.locator('[data-appeal-page]')).toHaveAttribute('data-status', 'answered', SLOW);
  // Every character arrived: the answer reads back exactly (its paragraphs joined by spaces).
  const shown = await page.locator('[data-field="answer"]').innerText();
  expect(shown.replace(/\s+/g, ' ').trim()).toBe(answer.replace(/\s+/g, ' ').trim());
});

test('an answer typed while the session ends is there again after signing in', async ({
  page,
  guard,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const number = await register(baseURL!);
  guard.allow(/status of 401/);
  const token = await staffToken('chief', 'Демо Начальник');
  await page.goto(`/ru/staff/?view=${number}#token=${token}`);
  await expect(page.getByRole('heading', { name: `Обращение ${number}` })).toBeVisible(SLOW);
  const answer = 'Ответ по существу: участковый проведёт приём жителей в четверг с 18:00.';
  await page.locator('textarea[name="text"]').fill(answer);

  // The session ends (the token is no longer valid) while the answer is being sent.
  await page.evaluate(() => sessionStorage.setItem('mps-staff-token', 'expired.token.value'));
  await page.getByRole('button', { name: 'Ответить' }).click();
  const tokenField = page.getByLabel('Локальный токен');
  await expect(tokenField).toBeVisible(SLOW);

  // Signed in again, the appeal comes back with the answer in its field, not yet sent.
  await tokenField.fill(token);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.locator('textarea[name="text"]')).toHaveValue(answer, SLOW);
  await expect(page.locator('[data-appeal-page]')).toHaveAttribute('data-status', 'registered');
});
