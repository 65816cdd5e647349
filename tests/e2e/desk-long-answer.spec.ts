/**
 * The longest answer the desk accepts (20,000 Cyrillic characters, about 120 KB once
 * URL-encoded) goes through end to end, and when the desk cannot reach the server the typed
 * answer stays in the form.
 */
import { expect, test } from './fixtures.ts';
import { staffToken } from './staff-env.ts';

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
  await expect(page.locator('[data-field="answer"]')).toContainText('Конец.');
  expect(
    (await page.locator('[data-field="answer"]').innerText()).replace(/\s+/g, ' ').length,
  ).toBeGreaterThan(19_000);
});
