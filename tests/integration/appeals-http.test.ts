/**
 * The function handlers (src/server/appeals/http.ts) with real Requests, over the real
 * service and both databases, and a property test: thousands of malformed bodies never get
 * a 5xx and never leave an appeal behind.
 */
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APPEAL_BODY_LIMIT,
  appealStatus,
  submitAppeal,
  type AppealsHttp,
} from '../../src/server/appeals/http.ts';
import { createPages } from '../../src/server/appeals/pages.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { createDb } from '../../src/server/db/index.ts';
import { createDesk } from '../../src/server/staff/desk.ts';
import { fsPublisher } from '../../src/server/staff/publisher.ts';
import { api } from '../../src/lib/routes.ts';
import { cleanText } from '../../src/lib/text.ts';
import { FORM_PAGE, postAppeal } from '../helpers/appeals.ts';
import { countRows, TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();

/** The shape of the built form page that the server's pages are made from. */
const TEMPLATE = FORM_PAGE;

const form = {
  kind: 'question',
  topic: 'fraud',
  text: 'Мне звонят якобы из банка и просят назвать код из СМС. Куда сообщить?',
  name: 'Ерлан',
  phone: '+7 701 555 12 34',
  answerLanguage: 'ru',
  consent: 'on',
  lang: 'ru',
};

const post = postAppeal;

describe.each(TEST_SERVERS)('the appeal functions on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  let deps: AppealsHttp;
  const count = (table: string) => countRows(database.db, table);

  beforeAll(() => {
    if (database.skip) return;
    const appeals = createAppeals({ db: database.db, calendar, salt: 's', perHour: 1_000_000 });
    deps = { appeals: async () => appeals, pages: createPages(async () => TEMPLATE) };
  });

  it('registers a form sent without JavaScript and answers with a page', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const response = await submitAppeal(
      post(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded'),
      '192.0.2.1',
      deps,
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/MPS-\d{4}-\d{6}/);
    expect(html).toContain('<header>МПС</header>');
    expect(html).toContain('<title>Обращение зарегистрировано — ');
  });

  it('answers a form with mistakes with the form again, escaped, and 422', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const typed = { ...form, name: '<img src=x onerror=alert(1)>', consent: '' };
    const response = await submitAppeal(
      post(new URLSearchParams(typed).toString(), 'application/x-www-form-urlencoded'),
      '192.0.2.1',
      deps,
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('value="&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<option value="almaly">Алмалинский</option>');
    expect(html).toContain('Отметьте согласие');
  });

  it('answers the script with JSON, and the status with the code', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const response = await submitAppeal(
      post(JSON.stringify(form), 'application/json', { 'Idempotency-Key': 'x'.repeat(32) }),
      '192.0.2.2',
      deps,
    );
    expect(response.status).toBe(201);
    const { number, accessCode } = (await response.json()) as {
      number: string;
      accessCode: string;
    };
    const again = await submitAppeal(
      post(JSON.stringify(form), 'application/json', { 'Idempotency-Key': 'x'.repeat(32) }),
      '192.0.2.2',
      deps,
    );
    expect(again.status).toBe(200);
    const { number: same, accessCode: code } = (await again.json()) as {
      number: string;
      accessCode: string;
    };
    expect(same).toBe(number);
    const get = (c: string) =>
      appealStatus(
        new Request(`http://site.test/api/appeals/${number}`, { headers: { 'x-access-code': c } }),
        number,
        '192.0.2.2',
        deps,
      );
    expect((await get(accessCode)).status).toBe(404); // the first code was replaced
    const found = await get(code);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ number, status: 'registered' });

    // Once answered, the status page (the form) asks whether the answer helped.
    await database.db.query(
      `UPDATE appeals SET status = 'answered', answer = 'Ответ демонстрационный.' WHERE number = $1`,
      [number],
    );
    const page = await appealStatus(
      new Request('http://site.test/api/appeals/status', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ number, code, lang: 'ru' }).toString(),
      }),
      undefined,
      '192.0.2.2',
      deps,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`action="${api.answerFeedback}"`);
    expect(html).toContain(`value="${code}"`);
  });

  it('refuses wrong methods, types and sizes with 405, 415, 413 and 400', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const get = new Request('http://site.test/api/appeals');
    expect((await submitAppeal(get, 'c', deps)).status).toBe(405);
    expect((await submitAppeal(get, 'c', deps)).headers.get('allow')).toBe('POST');
    expect((await submitAppeal(post('x', 'text/plain'), 'c', deps)).status).toBe(415);
    expect((await submitAppeal(post('x', 'application/xml'), 'c', deps)).status).toBe(415);
    // Multipart is the inspector's form; one that does not parse is a bad request.
    expect(
      (await submitAppeal(post('x', 'multipart/form-data; boundary=x'), 'c', deps)).status,
    ).toBe(400);
    const big = post(JSON.stringify({ text: 'я'.repeat(APPEAL_BODY_LIMIT) }), 'application/json');
    expect((await submitAppeal(big, 'c', deps)).status).toBe(413);
    expect((await submitAppeal(post('{"text":', 'application/json'), 'c', deps)).status).toBe(400);
  });

  it('never answers 5xx and never stores an appeal for a malformed body', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const keys = fc.constantFrom(
      ...Object.keys(form),
      'website',
      'startedAt',
      '__proto__',
      'constructor',
      '',
    );
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.constantFrom('on', 'true', 'question', 'fraud', 'ru', '+7 701 555 12 34', 'a@b.kz'),
    );
    // Mostly the form with some fields broken, also any JSON at all, and raw text.
    const broken = fc
      .tuple(fc.dictionary(keys, anyValue, { maxKeys: 6 }), fc.subarray(Object.keys(form)))
      .map(([changes, dropped]) => {
        const body: Record<string, unknown> = { ...form, ...changes };
        for (const key of dropped) delete body[key];
        // A valid form would be registered: make sure each body breaks at least one rule.
        const consent = changes['consent'];
        body['consent'] =
          consent === 'on' || consent === 'true' || consent === true ? 'no' : (consent ?? '');
        return body;
      });
    const bodies = fc.oneof(
      broken.map((b) => ({ type: 'application/json', text: JSON.stringify(b) })),
      broken.map((b) => ({
        type: 'application/x-www-form-urlencoded',
        text: new URLSearchParams(Object.entries(b).map(([k, v]) => [k, String(v)])).toString(),
      })),
      fc.jsonValue().map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? 'null' })),
      fc
        .string({ maxLength: 500 })
        .map((text) => ({ type: 'application/x-www-form-urlencoded', text })),
      fc.string({ maxLength: 500 }).map((text) => ({ type: 'application/json', text })),
    );
    const appealsBefore = await count('appeals');
    const eventsBefore = await count('appeal_events');
    await fc.assert(
      fc.asyncProperty(bodies, async ({ type, text }) => {
        const response = await submitAppeal(post(text, type), '198.51.100.7', deps);
        expect(response.status).toBeLessThan(500);
        expect([201, 200]).not.toContain(response.status);
        await response.arrayBuffer();
      }),
      { numRuns: 3000 },
    );
    expect(await count('appeals')).toBe(appealsBefore);
    expect(await count('appeal_events')).toBe(eventsBefore);
  }, 300_000);
});

describe.each(TEST_SERVERS)('any Unicode in a valid form on %s', (_name, start) => {
  const database = useMigratedDatabase(start);

  it('answers 201 or 422, never 5xx, and a registered text reads back exactly', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const appeals = createAppeals({ db: database.db, calendar, salt: 's', perHour: 1_000_000 });
    const deps: AppealsHttp = {
      appeals: async () => appeals,
      pages: createPages(async () => TEMPLATE),
    };
    const desk = createDesk({
      db: database.db,
      calendar,
      siteUrl: 'http://site.test',
      publisher: fsPublisher(tmpdir()),
    });
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.constantFrom(
        'Жалоба\u0000 на шум',
        'Lone \ud800 half',
        '\u202eнеобычный порядок\u202c',
        'ZWJ 👮\u200d♀️ полиция',
        'ә'.repeat(5000),
        'ә'.repeat(5001),
        '  пробелы вокруг  \r\n',
      ),
    );
    const field = fc.constantFrom('text', 'name');
    let registered = 0;
    await fc.assert(
      fc.asyncProperty(field, hostile, fc.boolean(), async (name, value, asForm) => {
        const body = { ...form, [name]: name === 'text' ? `Вопрос участковому: ${value}` : value };
        const request = asForm
          ? post(new URLSearchParams(body).toString(), 'application/x-www-form-urlencoded')
          : post(JSON.stringify(body), 'application/json');
        const response = await submitAppeal(request, '203.0.113.9', deps);
        expect([201, 422]).toContain(response.status);
        if (response.status !== 201 || asForm) return void (await response.arrayBuffer());
        registered++;
        const { number } = (await response.json()) as { number: string };
        const stored = (await desk.appeal(number))!;
        // As sent, after trimming and NFC (a URL-encoded form carries no lone surrogates).
        const expected = cleanText(body[name]!);
        expect(name === 'text' ? stored.body : stored.applicantName).toBe(expected);
      }),
      { numRuns: 400 },
    );
    expect(registered).toBeGreaterThan(0);
  }, 300_000);
});

describe('a database outage', () => {
  it('answers 503 with Retry-After, and the page gives back what was typed', async () => {
    const db = createDb('postgres://postgres@127.0.0.1:1/none');
    const appeals = createAppeals({ db, calendar, salt: 's' });
    const deps: AppealsHttp = {
      appeals: async () => appeals,
      pages: createPages(async () => TEMPLATE),
    };
    const asJson = await submitAppeal(post(JSON.stringify(form), 'application/json'), 'c', deps);
    expect(asJson.status).toBe(503);
    expect(asJson.headers.get('retry-after')).toBe('60');
    const asForm = await submitAppeal(
      post(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded'),
      'c',
      deps,
    );
    expect(asForm.status).toBe(503);
    expect(await asForm.text()).toContain(form.text);
    await db.close();
  });
});
