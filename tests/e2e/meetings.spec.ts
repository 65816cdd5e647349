/**
 * Meetings with residents in a real browser against the built site: the district page shows an
 * area's upcoming meeting, whose `.ics` is a valid calendar (parsed here) starting at the Almaty
 * time the page shows, converted to UTC; the district's meetings page passes axe and its feed
 * holds every meeting the page lists, in the page's language. The demo plans meetings through
 * 2027 (scripts/demo/neighbourhoods.ts); whichever one the page shows as next is used.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';

const DISTRICT = 'almaly';

interface Component {
  name: string;
  props: Record<string, string>;
  children: Component[];
}

/** RFC 5545 as far as the tests need: CRLF lines of at most 75 octets, unfolded and nested. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line, 'no bare LF').not.toContain('\n');
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
  const lines = physical
    .join('\r\n')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const unescape = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    const name = line.slice(0, colon).split(';')[0]!;
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const node: Component = { name: value, props: {}, children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
      root ??= node;
    } else if (name === 'END') expect(stack.pop()?.name).toBe(value);
    else stack.at(-1)!.props[name] = unescape(value);
  }
  expect(stack, 'every BEGIN has its END').toEqual([]);
  expect(root?.name).toBe('VCALENDAR');
  expect(root!.props).toMatchObject({ VERSION: '2.0', METHOD: 'PUBLISH' });
  expect(root!.props['PRODID']).toBeTruthy();
  return root!;
}

/** 2027-01-15T18:30+05:00 → 20270115T133000Z, as DTSTART writes it. */
const utcStamp = (datetime: string) =>
  `${new Date(datetime).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

async function fetchCalendar(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.ok(), href).toBe(true);
  expect(response.headers()['content-type'] ?? '').toContain('text/calendar');
  return parseIcs(await response.text());
}

/** The first area of the district page whose next meeting is shown, with its time. */
async function nextMeeting(page: Page): Promise<{ block: Locator; datetime: string }> {
  const block = page
    .locator('[data-neighbourhood] > div')
    .filter({ has: page.locator('time[datetime*="T"]') })
    .first();
  await expect(block).toBeVisible();
  const datetime = (await block.locator('time[datetime*="T"]').first().getAttribute('datetime'))!;
  expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+05:00$/);
  return { block, datetime };
}

test(
  'the district page shows an upcoming meeting, and its .ics is a valid calendar at that time',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto(`/ru/districts/${DISTRICT}/`);
    const { block, datetime } = await nextMeeting(page);
    await expect(
      block.getByRole('heading', { name: 'Ближайшая встреча с жителями' }),
    ).toBeVisible();
    // Upcoming: not over yet when the site was built (a meeting lasts at most 8 hours).
    expect(new Date(datetime).getTime()).toBeGreaterThan(Date.now() - 8 * 3_600_000);

    const link = block.getByRole('link', { name: 'Добавить в календарь (.ics)' });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/ru/districts/${DISTRICT}/meetings/[a-z0-9-]+\\.ics$`));

    const calendar = await fetchCalendar(page, href);
    expect(calendar.children).toHaveLength(1);
    const [event] = calendar.children;
    expect(event!.name).toBe('VEVENT');
    expect(event!.props['DTSTART']).toBe(utcStamp(datetime));
    expect(event!.props['DTEND']! > event!.props['DTSTART']!).toBe(true);
    expect(event!.props['SUMMARY']).toContain('Встреча с жителями');
    expect(event!.props['UID']).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
    expect(event!.props['UID']!.split('@')[0]).toBe(href.split('/').pop()!.replace('.ics', ''));

    // A priority not reviewed for three months says so in words, with the review date.
    // (The demo's review dates are fixed, so the district always has such a priority.)
    const stale = page.getByText('Не пересматривался более 3 месяцев').first();
    await expect(stale).toBeVisible();
    await expect(stale.locator('xpath=..').locator('time')).toBeVisible();
  },
);

for (const [lang, upcoming, calendarName] of [
  ['ru', 'Предстоящие встречи', 'Встречи с жителями'],
  ['kk', 'Алдағы кездесулер', 'Тұрғындармен кездесулер'],
  ['en', 'Upcoming meetings', 'Meetings with residents'],
] as const) {
  test(
    `${lang}: the meetings page lists upcoming and past meetings, passes axe, and the feed has them all`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(`/${lang}/districts/${DISTRICT}/`);
      await page.locator(`a[href="/${lang}/districts/${DISTRICT}/meetings/"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/districts/${DISTRICT}/meetings/$`));
      const section = page.locator('[data-upcoming]');
      await expect(section.getByRole('heading', { level: 2, name: upcoming })).toBeVisible();
      const first = section.locator('[data-meeting]').first();
      await expect(first).toBeVisible();
      const datetime = (await first.locator('time').first().getAttribute('datetime'))!;

      // Past meetings stay, with their minutes (or a note that they are to come).
      await expect(page.locator('[data-past] [data-meeting]').first()).toBeVisible();

      expect(await axeViolations(page)).toEqual([]);

      const ids = await page
        .locator('[data-meeting]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-meeting')!));
      const feedHref = (await page
        .locator(`a[href="/${lang}/districts/${DISTRICT}/meetings.ics"]`)
        .getAttribute('href'))!;
      const feed = await fetchCalendar(page, feedHref);
      expect(feed.props['X-WR-CALNAME']).toContain(calendarName);
      const events = feed.children.filter((c) => c.name === 'VEVENT');
      expect(events.map((e) => e.props['UID']!.split('@')[0]).sort()).toEqual([...ids].sort());
      const id = await first.getAttribute('data-meeting');
      const event = events.find((e) => e.props['UID']!.startsWith(`${id}@`))!;
      expect(event.props['DTSTART']).toBe(utcStamp(datetime));
    },
  );
}
