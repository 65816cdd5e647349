/**
 * "Was this answer helpful?" end to end: an appeal registered through the appeals function,
 * answered through the staff desk's function with a chief's token; the resident opens the
 * status page, sees the question under the answer, says Yes (a plain POST form: the page has
 * no script for it) and is thanked; the form does not come back.
 */
import { api } from '../../src/lib/routes.ts';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { staffToken } from '../helpers/staff-env.ts';

const SLOW = { timeout: 20_000 };
const ANSWER =
  'Освещение во дворе восстановят до конца месяца; заявка передана в коммунальную службу района.';

test('a resident rates the answer on the status page', async ({ page, request }) => {
  // 1. A resident's appeal (demonstration data), through the appeals function.
  const registered = await request.post(api.appeals, {
    data: {
      kind: 'complaint',
      topic: 'other',
      district: 'almaly',
      text: 'Во дворе дома не горят фонари уже две недели, вечером дети возвращаются в темноте.',
      name: 'Демо Заявитель',
      email: `feedback-${Date.now()}@example.kz`,
      answerLanguage: 'ru',
      consent: 'on',
      lang: 'ru',
    },
  });
  expect(registered.status()).toBe(201);
  const { number, accessCode } = (await registered.json()) as {
    number: string;
    accessCode: string;
  };

  // 2. The chief answers it through the desk's function.
  const token = await staffToken('chief', 'Демо Руководитель');
  const answered = await request.post(`${api.staffAction(number, 'answer')}?lang=ru`, {
    headers: { Authorization: `Bearer ${token}` },
    form: { text: ANSWER },
  });
  expect(answered.status()).toBe(200);

  // 3. The resident opens the status and rates the answer.
  await page.goto('/ru/chief/status/');
  await page.locator('input[name="number"]').fill(number);
  await page.locator('input[name="code"]').fill(accessCode);
  await page.getByRole('button', { name: 'Показать статус' }).click();
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'answered', SLOW);
  await expect(page.getByText(ANSWER)).toBeVisible();
  const question = page.getByRole('group', { name: 'Был ли ответ полезен?' });
  await expect(question).toBeVisible();
  // The code travels in the form's body, never in an address.
  expect(page.url()).not.toContain(accessCode);
  expect(await axeViolations(page)).toEqual([]);
  await question.getByRole('button', { name: 'Да' }).click();

  await expect(page.locator('[data-feedback]')).toContainText(
    'Вы отметили, что ответ был полезен. Спасибо!',
    SLOW,
  );
  expect(page.url()).not.toContain(accessCode);
  await expect(page.getByRole('group', { name: 'Был ли ответ полезен?' })).toHaveCount(0);
  await expect(page.getByText(ANSWER)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
