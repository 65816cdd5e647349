/** Keyboard-only use: every control is reached with Tab, shows where focus is, and works. */
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { ui } from '../helpers/ui.ts';

test('Tab walks the header in order and Enter follows a menu link', async ({ page }) => {
  const t = ui('en');
  await page.goto('/en/');
  const order: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        text: el.innerText.trim(),
        // A visible focus indicator: an outline, a box shadow or a changed background.
        visible:
          (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
          style.boxShadow !== 'none' ||
          style.backgroundColor === 'rgb(254, 197, 12)',
      };
    });
    if (!focused) break;
    expect(focused.visible, `focus indicator on "${focused.text}"`).toBe(true);
    order.push(focused.text);
    if (focused.text === t['nav.news']) break;
  }
  expect(order[0]).toBe(t['a11y.skip']);
  expect(order.indexOf('English')).toBeLessThan(order.indexOf(t['nav.home']));
  expect(order.at(-1)).toBe(t['nav.news']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/en/news/');
});

test('the search form works from the keyboard alone', async ({ page }) => {
  const t = ui('ru');
  await page.goto('/ru/search/');
  await page.getByLabel(t['search.label']).focus();
  await page.keyboard.type('участковый');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ru\/search\/\?q=/);
  await expect(page.getByRole('status')).not.toHaveText('');
});
