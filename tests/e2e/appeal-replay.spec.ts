/**
 * A registration whose answer never reaches the resident (the connection drops after the
 * server has stored the appeal): sent again, the form gets the same appeal back — 200, with a
 * new code — and shows it as registered. One appeal, not two; the new code opens it.
 */
import { expect, test } from '../helpers/playwright-fixtures.ts';

const TEXT = 'Вечером на остановке у рынка не горят фонари, людям страшно ждать автобус.';

test('a lost answer: sent again, the same appeal is shown with a new code', async ({
  page,
  guard,
}) => {
  guard.allow(/net::ERR_FAILED|Failed to load resource/);
  await page.goto('/ru/chief/ask/');
  await page.locator('select[name="topic"]').selectOption('public-order');
  await page.locator('textarea[name="text"]').fill(TEXT);
  await page.locator('input[name="name"]').fill('Ирина Ким');
  await page.locator('input[name="email"]').fill(`replay-${Date.now()}@example.kz`);
  await page.locator('input[name="consent"]').check();

  // The server registers the appeal; its answer is lost on the way back.
  let first: { number: string; accessCode: string } | undefined;
  await page.route(
    '**/api/appeals',
    async (route) => {
      const response = await route.fetch();
      expect(response.status()).toBe(201);
      first = (await response.json()) as { number: string; accessCode: string };
      await route.abort('failed');
    },
    { times: 1 },
  );
  const send = page.getByRole('button', { name: 'Отправить обращение' });
  await send.click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(first?.number).toMatch(/^MPS-\d{4}-\d{6}$/);

  // Sent again with the same key: the same appeal, shown as registered.
  const replay = page.waitForResponse('**/api/appeals');
  await send.click();
  expect((await replay).status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Обращение зарегистрировано' })).toBeFocused();
  const number = (await page.locator('dd').nth(0).textContent())!.trim();
  const code = (await page.locator('dd').nth(1).textContent())!.trim();
  expect(number).toBe(first!.number);
  expect(code).not.toBe(first!.accessCode);

  // The new code opens the appeal; the lost one no longer does.
  const status = async (c: string) =>
    (
      await page.request.get(`/api/appeals/${number}`, { headers: { 'X-Access-Code': c } })
    ).status();
  expect(await status(code)).toBe(200);
  expect(await status(first!.accessCode)).toBe(404);
});
