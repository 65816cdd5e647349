/**
 * District alerts by e-mail (src/server/alerts) against PGlite and the real PostgreSQL, through
 * the function handlers with real Requests, a feed served over a real local HTTP server, and
 * the outbox delivering to a recording transport. Nothing mocks the database.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertFeed, AlertItem } from '../../src/lib/alerts.ts';
import { AlertFeedError, fetchAlertFeed } from '../../src/server/alerts/feed.ts';
import {
  confirmAlerts,
  subscribeAlerts,
  unsubscribeAlerts,
  type AlertsHttp,
} from '../../src/server/alerts/http.ts';
import { createAlertsPages } from '../../src/server/alerts/pages.ts';
import { createAlerts, type Alerts } from '../../src/server/alerts/service.ts';
import { DatabaseUnavailableError } from '../../src/server/db/index.ts';
import { createOutbox, type Envelope } from '../../src/server/mail/outbox.ts';
import { countRows, TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const SITE = 'http://site.test';
const DISTRICTS = [
  { id: 'almaly', name: 'Алмалинский район' },
  { id: 'medeu', name: 'Медеуский район' },
  { id: 'turksib', name: 'Турксибский район' },
];
/** The shape of the built subscription page the functions' pages are made from. */
const PAGE = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Рассылка — МПС</title></head><body><header>МПС</header><main id="main"><div data-districts="${JSON.stringify(
    DISTRICTS,
  ).replace(/"/g, '&quot;')}"></div></main></body></html>`;

const item = (id: string, district: string, date = '2026-12-01'): AlertItem => ({
  id: `news:${id}`,
  kind: 'news',
  district,
  date,
  title: { ru: `Новость ${id}`, kk: `Жаңалық ${id}` },
  url: { ru: `/ru/news/${id}/`, kk: `/kk/news/${id}/` },
});

const feedOf = (items: AlertItem[]): AlertFeed => ({
  version: 1,
  generated: '2026-12-03T10:00:00Z',
  districts: DISTRICTS.map((d) => ({ id: d.id, name: { ru: d.name } })),
  items: [...items].reverse(),
});

/** A real HTTP server that serves the feed as the built site would. */
let feed: AlertFeed = feedOf([]);
let feedStatus = 200;
let feedServer: Server;
let feedOrigin = '';
beforeAll(async () => {
  feedServer = createServer((req, res) => {
    if (req.url !== '/alerts/feed.json' || feedStatus !== 200) {
      res.writeHead(req.url === '/alerts/feed.json' ? feedStatus : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(feed));
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedOrigin = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => feedServer.close(() => resolve())));

const form = (path: string, body: string, type = 'application/x-www-form-urlencoded') =>
  new Request(`${SITE}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const subscribeBody = (email: string, districts: string[], extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ lang: 'ru', email, ...extra });
  for (const d of districts) params.append('districts', d);
  return params.toString();
};

describe.each(TEST_SERVERS)('district alerts on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  let clock = new Date('2026-12-03T10:00:00Z');
  let alerts: Alerts;
  let deps: AlertsHttp;
  const sent: Envelope[] = [];
  const count = (table: string) => countRows(database.db, table);

  beforeAll(() => {
    if (database.skip) return;
    alerts = createAlerts({ db: database.db, salt: 'test-salt', siteUrl: SITE, now: () => clock });
    deps = { alerts: async () => alerts, pages: createAlertsPages(async (lang) => PAGE(lang)) };
  });

  /** Reads the feed over HTTP and mails what is new; then the outbox delivers. */
  const run = async () => {
    const report = await alerts.announce(await fetchAlertFeed(fetch, feedOrigin));
    const outbox = createOutbox({
      db: database.db,
      from: 'МПС <no-reply@mps.example>',
      now: () => clock,
      transport: { send: async (mail) => void sent.push(mail) },
    });
    await outbox.deliver();
    return report;
  };
  const mailsTo = (email: string, kind = 'alert') =>
    database.db
      .query<{
        subject: string;
        body: string;
        dedupe_key: string;
        headers: Record<string, string>;
      }>(
        `SELECT subject, body, dedupe_key, headers FROM outbox
          WHERE recipient = $1 AND kind = $2 ORDER BY id`,
        [email, kind],
      )
      .then((r) => r.rows);
  const subscribe = (email: string, districts: string[], client = '192.0.2.1', lang = 'ru') =>
    subscribeAlerts(
      form('/api/alerts/subscribe', subscribeBody(email, districts, { lang })),
      client,
      deps,
    );
  /** The confirmation link's token from the last confirmation mail to `email`. */
  const confirmToken = async (email: string) => {
    const mails = await mailsTo(email, 'alert-confirm');
    return /\/api\/alerts\/confirm\?token=([^&\s]+)/.exec(mails.at(-1)!.body)![1]!;
  };
  const confirm = async (email: string) =>
    confirmAlerts(
      form(
        '/api/alerts/confirm',
        new URLSearchParams({ token: await confirmToken(email), lang: 'ru' }).toString(),
      ),
      deps,
    );
  const subscription = (email: string) =>
    database.db
      .query<{ districts: string[]; confirmed_at: Date | null; language: string }>(
        'SELECT districts, confirmed_at, language FROM alert_subscriptions WHERE lower(email) = lower($1)',
        [email],
      )
      .then((r) => r.rows[0]);

  it('records the archive on the first reading without mailing anyone', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    feed = feedOf([item('archive-1', 'almaly'), item('archive-2', 'medeu')]);
    expect(await run()).toEqual({ primed: true, fresh: 0, mails: 0 });
    expect(await count('alert_items')).toBe(2);
    expect(await run()).toEqual({ primed: false, fresh: 0, mails: 0 });
  });

  it('sends nothing but the confirmation before confirming, then each new item once', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const response = await subscribe('aigerim@example.kz', ['almaly']);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<header>МПС</header>');
    expect(page).toContain('Проверьте почту');
    const [confirmation] = await mailsTo('aigerim@example.kz', 'alert-confirm');
    expect(confirmation!.subject).toBe('Подтвердите подписку на новости района');
    expect(confirmation!.body).toContain('Алмалинский район');
    expect(confirmation!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // Published before confirming: never mailed to this subscription.
    feed = feedOf([...feed.items, item('before-confirm', 'almaly')]);
    expect(await run()).toMatchObject({ fresh: 1, mails: 0 });

    // Opening the link (as a mail scanner does) changes nothing; the page's button confirms.
    const token = await confirmToken('aigerim@example.kz');
    const opened = await confirmAlerts(
      new Request(`${SITE}/api/alerts/confirm?token=${token}&lang=ru`),
      deps,
    );
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`name="token" value="${token}"`);
    expect((await subscription('aigerim@example.kz'))!.confirmed_at).toBeNull();
    const confirmed = await confirm('aigerim@example.kz');
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain(
      'Вы будете получать новости и объявления о встречах: Алмалинский район',
    );

    clock = new Date(clock.getTime() + 60_000);
    feed = feedOf([
      ...feed.items,
      item('after-confirm', 'almaly'),
      item('other-district', 'medeu'),
    ]);
    expect(await run()).toMatchObject({ fresh: 2, mails: 1 });
    expect(await run()).toMatchObject({ fresh: 0, mails: 0 });
    const mails = await mailsTo('aigerim@example.kz');
    expect(mails.map((m) => m.subject)).toEqual(['Алмалинский район: Новость after-confirm']);
    expect(mails[0]!.body).toContain(`${SITE}/ru/news/after-confirm/`);
    // Delivered once, with the headers of RFC 8058.
    const delivered = sent.filter(
      (m) => m.to === 'aigerim@example.kz' && m.subject.includes('after-confirm'),
    );
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.headers?.['List-Unsubscribe']).toMatch(
      /^<http:\/\/site\.test\/api\/alerts\/unsubscribe\?token=[\w.-]+&lang=ru>$/,
    );
  });

  it('mails only the districts chosen, in the language of the page subscribed on', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    await subscribe('dauren@example.kz', ['medeu', 'turksib'], '192.0.2.2', 'kk');
    expect((await confirm('dauren@example.kz')).status).toBe(200);
    clock = new Date(clock.getTime() + 60_000);
    feed = feedOf([...feed.items, item('medeu-news', 'medeu'), item('almaly-news', 'almaly')]);
    await run();
    expect((await mailsTo('dauren@example.kz')).map((m) => m.subject)).toEqual([
      // The feed's district names are Russian only: the title is Kazakh.
      'Медеуский район: Жаңалық medeu-news',
    ]);
    expect((await mailsTo('aigerim@example.kz')).map((m) => m.subject)).toContain(
      'Алмалинский район: Новость almaly-news',
    );
  });

  it('changes the districts of a confirmed address only when the new link is used', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const again = await subscribe('Aigerim@Example.kz', ['turksib'], '192.0.2.3');
    // The same answer as for a new address: nothing tells it is subscribed.
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Проверьте почту');
    expect((await subscription('aigerim@example.kz'))!.districts).toEqual(['almaly']);
    expect((await confirm('Aigerim@Example.kz')).status).toBe(200);
    expect((await subscription('aigerim@example.kz'))!.districts).toEqual(['turksib']);
    expect(await countRows(database.db, 'alert_subscriptions')).toBe(2);
  });

  it('ends a subscription by the page’s button and by a one-click POST, at once and idempotently', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const [mail] = await mailsTo('dauren@example.kz');
    const link = /^<(.+)>$/.exec(mail!.headers['List-Unsubscribe']!)![1]!;
    const page = await unsubscribeAlerts(new Request(link), deps);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Аудан жаңалықтарынан бас тарту');
    expect(await subscription('dauren@example.kz')).toBeDefined();
    const token = new URL(link).searchParams.get('token')!;
    const button = () =>
      unsubscribeAlerts(
        form('/api/alerts/unsubscribe', new URLSearchParams({ token, lang: 'kk' }).toString()),
        deps,
      );
    // The same link cut short by a mail program ends nothing.
    const cut = await unsubscribeAlerts(
      form(
        '/api/alerts/unsubscribe',
        new URLSearchParams({ token: token.slice(0, -6), lang: 'kk' }).toString(),
      ),
      deps,
    );
    expect(cut.status).toBe(400);
    expect(await subscription('dauren@example.kz')).toBeDefined();
    const left = await button();
    expect(left.status).toBe(200);
    expect(await left.text()).toContain('Сіз жазылымнан шықтыңыз');
    expect(await subscription('dauren@example.kz')).toBeUndefined();
    expect(await mailsTo('dauren@example.kz')).toEqual([]);
    expect((await button()).status).toBe(200);

    // RFC 8058: the mail program posts List-Unsubscribe=One-Click to the header's address.
    const [other] = await mailsTo('aigerim@example.kz');
    const oneClick = /^<(.+)>$/.exec(other!.headers['List-Unsubscribe']!)![1]!;
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=b']) {
      const body = type.startsWith('multipart')
        ? '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n'
        : 'List-Unsubscribe=One-Click';
      const response = await unsubscribeAlerts(
        new Request(oneClick, { method: 'POST', headers: { 'content-type': type }, body }),
        deps,
      );
      expect(response.status).toBe(200);
    }
    expect(await subscription('aigerim@example.kz')).toBeUndefined();
    expect(await countRows(database.db, 'alert_subscriptions')).toBe(0);
    // A link that is not whole (cut short by a mail program, or forged) ends nothing and says
    // that the link is incomplete, not that anyone left.
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAAAA.' + 'B'.repeat(43), 'AAAAAAAAAAAA']) {
      const broken = await unsubscribeAlerts(
        form('/api/alerts/unsubscribe', `token=${token}&lang=ru`),
        deps,
      );
      expect(broken.status).toBe(400);
      expect(await broken.text()).toContain('Ссылка неполная');
    }
  });

  it('refuses an expired confirmation with a clear page; retention removes the address', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    await subscribe('late@example.kz', ['almaly'], '192.0.2.4');
    const token = await confirmToken('late@example.kz');
    clock = new Date(clock.getTime() + 49 * 3_600_000);
    const opened = await confirmAlerts(
      new Request(`${SITE}/api/alerts/confirm?token=${token}&lang=ru`),
      deps,
    );
    expect(opened.status).toBe(410);
    expect(await opened.text()).toContain('Ссылка больше не действует');
    expect((await confirm('late@example.kz')).status).toBe(410);
    expect(await subscription('late@example.kz')).toBeDefined();
    expect(await alerts.purge()).toMatchObject({ subscriptions: 1 });
    expect(await subscription('late@example.kz')).toBeUndefined();
    expect(await mailsTo('late@example.kz', 'alert-confirm')).toEqual([]);
    // Used or unknown: 404 with the same page.
    const unknown = await confirmAlerts(
      new Request(`${SITE}/api/alerts/confirm?token=${token}&lang=ru`),
      deps,
    );
    expect(unknown.status).toBe(404);
  });

  it('limits requests per client and confirmation mails per address, with Retry-After', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const limited = createAlerts({
      db: database.db,
      salt: 'test-salt',
      siteUrl: SITE,
      now: () => clock,
      perHour: 2,
    });
    const d = { ...deps, alerts: async () => limited };
    const from = (client: string, email: string) =>
      subscribeAlerts(form('/api/alerts/subscribe', subscribeBody(email, ['almaly'])), client, d);
    expect((await from('198.51.100.1', 'a1@example.kz')).status).toBe(200);
    expect((await from('198.51.100.1', 'a2@example.kz')).status).toBe(200);
    const over = await from('198.51.100.1', 'a3@example.kz');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.text()).toContain('Слишком много запросов');
    // Three confirmation mails a day to one address, whichever client asks.
    for (const client of ['198.51.100.2', '198.51.100.3'])
      expect((await from(client, 'a1@example.kz')).status).toBe(200);
    const address = await from('198.51.100.4', 'A1@example.kz');
    expect(address.status).toBe(429);
    expect(Number(address.headers.get('retry-after'))).toBeGreaterThan(3600);
    expect(await mailsTo('a1@example.kz', 'alert-confirm')).toHaveLength(3);
  });

  it('answers hostile input with a localized 4xx page and writes nothing', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const tables = ['alert_subscriptions', 'outbox', 'rate_limits'];
    const before = await Promise.all(tables.map(count));
    const bad = await subscribe('<script>alert(1)</script>', ['almaly'], '203.0.113.1');
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain('Укажите адрес электронной почты');
    expect(badPage).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(badPage).not.toContain('<script>alert(1)');
    const unknown = await subscribe('resident@example.kz', ['almaly', 'atlantis'], '203.0.113.1');
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('В форме указан район, которого нет в городе');
    const none = await subscribe('resident@example.kz', [], '203.0.113.1', 'kk');
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Кемінде бір ауданды таңдаңыз');
    const huge = await subscribeAlerts(
      form(
        '/api/alerts/subscribe?lang=en',
        subscribeBody('x@example.kz', ['almaly'], { junk: 'x'.repeat(200_000) }),
      ),
      '203.0.113.1',
      deps,
    );
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('The form could not be read');
    const json = await subscribeAlerts(
      form('/api/alerts/subscribe', '{}', 'application/json'),
      '203.0.113.1',
      deps,
    );
    expect(json.status).toBe(415);
    const robot = await subscribeAlerts(
      form(
        '/api/alerts/subscribe',
        subscribeBody('robot@example.kz', ['almaly'], { website: 'http://spam.example' }),
      ),
      '203.0.113.1',
      deps,
    );
    expect(robot.status).toBe(200);
    expect(await robot.text()).toContain('Проверьте почту');
    expect(
      (await subscribeAlerts(new Request(`${SITE}/api/alerts/subscribe`), '203.0.113.1', deps))
        .status,
    ).toBe(405);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('answers a database outage with 503 and Retry-After', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const down = {
      ...deps,
      alerts: () => Promise.reject(new DatabaseUnavailableError('down')),
    };
    const response = await subscribeAlerts(
      form('/api/alerts/subscribe', subscribeBody('x@example.kz', ['almaly'])),
      '203.0.113.2',
      down,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.text()).toContain('Подписку не удалось сохранить');
  });

  it('mails nothing when the feed cannot be read', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    feedStatus = 500;
    try {
      await expect(run()).rejects.toBeInstanceOf(AlertFeedError);
    } finally {
      feedStatus = 200;
    }
  });
});
