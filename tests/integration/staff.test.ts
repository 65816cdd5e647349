/**
 * The staff desk, the outbox and the statistics against both databases (PGlite over the
 * Postgres protocol, and PostgreSQL), with a real SMTP server (the local mail sink) that is
 * stopped and started again, the file-system publisher on a temporary folder, and the HTTP
 * handlers with real tokens.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qaSchema } from '../../src/models/qa.ts';
import type { AppealStats } from '../../src/server/appeals/stats.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { enqueueDigest } from '../../src/server/mail/digest.ts';
import { createOutbox, smtpTransport } from '../../src/server/mail/outbox.ts';
import { issueLocalToken, localVerifier, type StaffUser } from '../../src/server/staff/auth.ts';
import type { DeskAction } from '../../src/lib/appeal-lifecycle.ts';
import { statsHandler } from '../../src/server/appeals/stats-http.ts';
import { createDesk } from '../../src/server/staff/desk.ts';
import { staffAction, staffRead, type StaffHttp } from '../../src/server/staff/http.ts';
import { fsPublisher } from '../../src/server/staff/publisher.ts';
import { startMailSink, type MailSink } from '../../scripts/lib/mail-sink.ts';
import { appealForm, CHIEF, MODERATOR } from '../helpers/appeals.ts';
import { countRows, TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();
const SECRET = 'integration-secret-of-at-least-32-chars';
const SITE = 'https://mps.example';

const moderator = MODERATOR;
const chief = CHIEF;
const form = appealForm;

/** A free TCP port for the mail sink. */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe.each(TEST_SERVERS)('staff desk on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  // Monday 30 November 2026, 11:00 in Almaty.
  let clock = new Date('2026-11-30T06:00:00Z');
  const now = () => clock;
  const contentDir = mkdtempSync(join(tmpdir(), 'mps-qa-'));
  let smtpPort = 0;
  let sink: MailSink | undefined;
  const appeals = () =>
    createAppeals({ db: database.db, calendar, salt: 's', now, perHour: 1000, siteUrl: SITE });
  const desk = () =>
    createDesk({
      db: database.db,
      calendar,
      siteUrl: SITE,
      publisher: fsPublisher(contentDir),
      now,
    });
  const outboxes: { close: () => void }[] = [];
  const outbox = () => {
    const o = createOutbox({
      db: database.db,
      transport: smtpTransport(`smtp://127.0.0.1:${smtpPort}`),
      from: 'MPS Almaty <no-reply@mps.example>',
      domain: 'mps.example',
      now,
    });
    outboxes.push(o);
    return o;
  };
  const submit = async (overrides: Record<string, string> = {}) => {
    const r = await appeals().submit(form(overrides), { client: 'c', pageLanguage: 'ru' });
    if (r.kind !== 'registered') throw new Error(`not registered: ${JSON.stringify(r)}`);
    return r.number;
  };
  const act = (user: StaffUser, number: string, action: DeskAction) =>
    desk().act(user, number, action);

  beforeAll(async () => {
    smtpPort = await freePort();
    sink = await startMailSink({ smtpPort });
  });
  afterAll(async () => {
    for (const o of outboxes) o.close();
    await sink?.stop();
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('takes, answers and publishes an appeal, recording each step with its author', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const registered = await appeals().submit(form(), { client: 'c', pageLanguage: 'ru' });
    if (registered.kind !== 'registered') throw new Error('not registered');
    const { number, accessCode } = registered;
    expect(await act(moderator, number, { type: 'take' })).toEqual({
      ok: true,
      status: 'in-progress',
    });
    // Taking it twice is refused and changes nothing.
    expect(await act(moderator, number, { type: 'take' })).toMatchObject({
      ok: false,
      errors: { form: 'staff.error.state' },
    });
    expect(await act(chief, number, { type: 'answer', text: 'Коротко' })).toMatchObject({
      ok: false,
      errors: { text: 'staff.error.answer' },
    });
    const answer =
      'Светофор включён в план на 2027 год. До его установки у перехода по утрам дежурит инспектор.';
    expect(await act(chief, number, { type: 'answer', text: `  ${answer}\r\n` })).toEqual({
      ok: true,
      status: 'answered',
    });

    // The question names the applicant: the desk warns and publishes nothing.
    const question = 'Прошу установить светофор у школы: дети переходят дорогу без него.';
    const warned = await act(chief, number, {
      type: 'publish',
      question: `${question} Демо Жительница, тел. +7 701 000 11 22`,
      answer,
      acknowledge: false,
    });
    expect(warned).toMatchObject({ ok: false, errors: { form: 'staff.error.personalData' } });
    expect(warned.ok === false && 'findings' in warned && warned.findings).toEqual(
      expect.arrayContaining([
        { kind: 'phone', text: '+7 701 000 11 22' },
        { kind: 'name', text: 'Жительница' },
      ]),
    );
    expect(
      await act(chief, number, { type: 'publish', question, answer, acknowledge: false }),
    ).toEqual({ ok: true, status: 'answered' });
    const path = join(contentDir, 'qa', 'ru', `${number.toLowerCase()}.md`);
    const data = qaSchema.parse(parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!));
    expect(data).toMatchObject({ topic: 'road-safety', kind: 'question', question, answer });
    expect(readFileSync(path, 'utf8')).not.toContain('Жительница');
    // Published once only.
    expect(
      await act(chief, number, { type: 'publish', question, answer, acknowledge: true }),
    ).toMatchObject({ ok: false, errors: { form: 'staff.error.state' } });

    const detail = (await desk().appeal(number))!;
    expect(detail).toMatchObject({
      status: 'answered',
      answer,
      publishedPath: `qa/ru/${number.toLowerCase()}.md`,
      email: 'resident@example.kz',
    });
    expect(detail.events.map((e) => [e.type, e.status, e.actor, e.actorName])).toEqual([
      ['registered', 'registered', 'system', null],
      ['taken', 'in-progress', 'moderator@mps.example', 'Демо Модератор'],
      ['answered', 'answered', 'chief@mps.example', 'Демо Руководитель'],
      ['published', 'answered', 'chief@mps.example', 'Демо Руководитель'],
    ]);
    // The resident's status page shows the answer; the applicant's mail says so.
    expect(await appeals().status(number, accessCode, 'status-client')).toMatchObject({
      kind: 'found',
      view: { status: 'answered', answer },
    });
    const outboxRows = await database.db.query<{ kind: string; language: string; subject: string }>(
      'SELECT o.kind, o.language, o.subject FROM outbox o JOIN appeals a ON a.id = o.appeal_id WHERE a.number = $1 ORDER BY o.id',
      [number],
    );
    expect(outboxRows.rows).toEqual([
      { kind: 'registered', language: 'ru', subject: `Обращение ${number} зарегистрировано` },
      { kind: 'answered', language: 'ru', subject: `Ответ на обращение ${number}` },
    ]);
  });

  it('refuses to publish without the applicant’s consent', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const number = await submit({ publish: '' });
    await act(chief, number, { type: 'answer', text: 'Ответ на вопрос о светофоре у школы.' });
    expect(
      await act(chief, number, {
        type: 'publish',
        question: 'Вопрос о светофоре у школы на перекрёстке.',
        answer: 'Ответ на вопрос о светофоре у школы.',
        acknowledge: true,
      }),
    ).toMatchObject({ ok: false, errors: { form: 'staff.error.noConsent' } });
  });

  it('forwards within 3 working days of registration, and not after', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const number = await submit({ answerLanguage: 'kk' });
    const late = await submit();
    expect(await act(moderator, number, { type: 'forward', to: 'x' })).toMatchObject({
      ok: false,
      errors: { to: 'staff.error.forwardTo' },
    });
    expect(
      await act(moderator, number, { type: 'forward', to: 'Управление городской мобильности' }),
    ).toEqual({ ok: true, status: 'forwarded' });
    const saved = clock;
    try {
      // Registered Monday 30 Nov; 3 working days end on Thursday 3 Dec. Friday is too late.
      clock = new Date('2026-12-04T06:00:00Z');
      expect(
        await act(moderator, late, { type: 'forward', to: 'Управление городской мобильности' }),
      ).toMatchObject({ ok: false, errors: { form: 'staff.error.forwardLate' } });
    } finally {
      clock = saved;
    }
    const mail = await database.db.query<{ language: string; body: string }>(
      `SELECT o.language, o.body FROM outbox o JOIN appeals a ON a.id = o.appeal_id
        WHERE a.number = $1 AND o.kind = 'forwarded'`,
      [number],
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]).toMatchObject({ language: 'kk' });
    expect(mail.rows[0]!.body).toContain('Управление городской мобильности');
  });

  it('extends a deadline with a reason, up to two months after registration', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const number = await submit();
    const { deadline } = (await desk().appeal(number))!;
    const reason = 'Нужен ответ акимата района о ремонте освещения.';
    expect(
      await act(chief, number, { type: 'extend', deadline: '2027-02-01', reason }),
    ).toMatchObject({ ok: false, errors: { deadline: 'staff.error.extendLimit' } });
    expect(await act(chief, number, { type: 'extend', deadline, reason })).toMatchObject({
      ok: false,
      errors: { deadline: 'staff.error.extendEarlier' },
    });
    expect(
      await act(chief, number, { type: 'extend', deadline: '2027-02-30', reason: 'кратко' }),
    ).toMatchObject({
      ok: false,
      errors: { deadline: 'staff.error.date', reason: 'staff.error.reason' },
    });
    // A moderator may not extend: the desk is called only after auth.ts, which says so (403);
    // the rules of the action itself are the same for everyone.
    expect(await act(chief, number, { type: 'extend', deadline: '2027-01-29', reason })).toEqual({
      ok: true,
      status: 'extended',
    });
    expect((await desk().appeal(number))!.deadline).toBe('2027-01-29');
    // Still answerable after the extension.
    expect(
      await act(chief, number, { type: 'answer', text: 'Освещение отремонтируют в январе.' }),
    ).toEqual({ ok: true, status: 'answered' });
  });

  it('marks spam and abuse with a reason and lists them apart from the queue', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const number = await submit({ text: 'Купите рекламу на нашем сайте, лучшие цены в городе!' });
    expect(
      await act(moderator, number, {
        type: 'reject',
        reason: 'other',
        note: 'Реклама, не обращение.',
      }),
    ).toMatchObject({ ok: false, errors: { reason: 'staff.error.rejectReason' } });
    expect(
      await act(moderator, number, {
        type: 'reject',
        reason: 'spam',
        note: 'Реклама, не обращение.',
      }),
    ).toEqual({ ok: true, status: 'rejected' });
    const queue = await desk().queue();
    expect(queue.items.map((i) => i.number)).not.toContain(number);
    const spam = await desk().spam();
    expect(spam.rejected.map((i) => i.number)).toContain(number);
    // No mail about spam.
    const mail = await database.db.query(
      `SELECT 1 FROM outbox o JOIN appeals a ON a.id = o.appeal_id WHERE a.number = $1 AND o.kind <> 'registered'`,
      [number],
    );
    expect(mail.rows).toHaveLength(0);
  });

  it('filters and counts the queue, earliest deadline first', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const fraud = await submit({ topic: 'fraud', district: 'medeu', answerLanguage: 'en' });
    const queue = await desk().queue({ topic: 'fraud' });
    expect(queue.items.map((i) => i.number)).toEqual([fraud]);
    expect(
      (await desk().queue({ language: 'en', district: 'medeu' })).items.map((i) => i.number),
    ).toEqual([fraud]);
    const all = await desk().queue();
    const deadlines = all.items.map((i) => i.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(all.counts.byStatus.registered).toBe(
      all.items.filter((i) => i.status === 'registered').length,
    );
    // Overdue and due soon, seen from later days.
    const saved = clock;
    try {
      clock = new Date('2026-12-21T06:00:00Z'); // deadline of 30 Nov appeals: 22 Dec
      const soon = await desk().queue({ due: 'soon' });
      expect(soon.items.map((i) => i.number)).toContain(fraud);
      expect((await desk().queue({ due: 'overdue' })).items.map((i) => i.number)).not.toContain(
        fraud,
      );
      clock = new Date('2026-12-24T06:00:00Z');
      const late = await desk().queue({ due: 'overdue' });
      expect(late.items.find((i) => i.number === fraud)).toMatchObject({
        overdue: true,
        daysLeft: -2,
      });
      expect(late.counts.overdue).toBeGreaterThanOrEqual(1);
    } finally {
      clock = saved;
    }
  });

  it('delivers the outbox once, through an outage of the mail server', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    // Everything so far goes out.
    const first = await outbox().deliver();
    expect(first.failed).toBe(0);
    expect(await countRows(database.db, 'outbox')).toBe(first.sent);
    const before = sink!.messages().length;

    // The mail server goes away; three more events happen.
    for (const o of outboxes) o.close();
    await sink!.stop();
    // Addresses of their own: an address gets at most 3 registration mails a day.
    const a = await submit({ answerLanguage: 'kk', email: 'outage-kk@example.kz' });
    const b = await submit({ answerLanguage: 'en', email: 'outage-en@example.kz' });
    await act(chief, b, { type: 'answer', text: 'The answer, in English, to the question.' });
    const failed = await outbox().deliver();
    expect(failed).toEqual({ sent: 0, failed: 1, lost: 0 });
    const pending = await database.db.query<{ attempts: number; last_error: string | null }>(
      'SELECT attempts, last_error FROM outbox WHERE sent_at IS NULL ORDER BY id',
    );
    expect(pending.rows).toHaveLength(3);
    expect(pending.rows.map((r) => r.attempts)).toEqual([1, 0, 0]);
    expect(pending.rows[0]!.last_error).toMatch(/ECONNREFUSED|connect/i);
    // A retry within the back-off sends nothing and counts no attempt.
    expect(await outbox().deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });

    // The server comes back (on the same port); the back-off has passed.
    sink = await startMailSink({ smtpPort });
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect(await outbox().deliver()).toEqual({ sent: 3, failed: 0, lost: 0 });
    expect(await outbox().deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });
    clock = new Date(clock.getTime() + 3 * 3600_000);
    expect(await outbox().deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });

    const arrived = sink.messages();
    expect(arrived).toHaveLength(3);
    expect(new Set(arrived.map((m) => m.messageId)).size).toBe(3);
    expect(arrived.map((m) => [m.subject, m.language])).toEqual([
      [`${a} өтініші тіркелді`, 'kk'],
      [`Appeal ${b} registered`, 'en'],
      [`Answer to appeal ${b}`, 'en'],
    ]);
    expect(arrived[2]!.text).toContain('The answer, in English, to the question.');
    expect(before).toBeGreaterThan(0);
  });

  it('writes the duty digest once a day', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const digest = () =>
      enqueueDigest({
        db: database.db,
        calendar,
        at: clock,
        recipient: 'duty@mps.example',
        language: 'ru',
        siteUrl: SITE,
      });
    const first = await digest();
    expect(first.queued).toBe(true);
    expect(first.fresh).toBeGreaterThan(0);
    expect((await digest()).queued).toBe(false);
    const rows = await database.db.query<{ subject: string }>(
      `SELECT subject FROM outbox WHERE kind = 'digest'`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.subject).toMatch(
      /^Обращения на \d+ \S+ 2026 г\.: новых \d+, просрочено \d+$/,
    );
  });

  it('checks the token and the role on every endpoint', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const number = await submit();
    const deps: StaffHttp = { desk: async () => desk(), verifier: localVerifier(SECRET) };
    const token = (role: 'moderator' | 'chief' | 'admin', expiresIn = 3600) =>
      issueLocalToken(SECRET, { roles: [role], expiresIn });
    const valid = await token('admin');
    const [h, p, sig] = valid.split('.');
    const tampered = `${h}.${p}x.${sig}`;
    const expired = await issueLocalToken(SECRET, {
      roles: ['admin'],
      now: new Date(Date.now() - 7200_000),
      expiresIn: 3600,
    });
    const base = 'http://desk.test/api/staff/appeals';
    const get = (url: string, jwt?: string) =>
      new Request(url, jwt ? { headers: { Authorization: `Bearer ${jwt}` } } : {});
    const post = (url: string, jwt?: string, body = '') =>
      new Request(url, {
        method: 'POST',
        body,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}),
        },
      });
    const endpoints: {
      name: string;
      call: (jwt?: string) => Promise<Response>;
      allowed: ('moderator' | 'chief' | 'admin')[];
    }[] = [
      {
        name: 'queue',
        call: (j) => staffRead(get(`${base}?lang=ru`, j), undefined, deps),
        allowed: ['moderator', 'chief', 'admin'],
      },
      {
        name: 'spam',
        call: (j) => staffRead(get(`${base}?list=spam`, j), undefined, deps),
        allowed: ['moderator', 'chief', 'admin'],
      },
      {
        name: 'appeal',
        call: (j) => staffRead(get(`${base}/${number}`, j), number, deps),
        allowed: ['moderator', 'chief', 'admin'],
      },
      ...(
        [
          ['take', ['moderator', 'chief', 'admin']],
          ['forward', ['moderator', 'admin']],
          ['reassign', ['moderator', 'chief', 'admin']],
          ['reject', ['moderator', 'chief', 'admin']],
          ['extend', ['chief', 'admin']],
          ['answer', ['chief', 'admin']],
          ['publish', ['chief', 'admin']],
        ] as const
      ).map(([action, allowed]) => ({
        name: action,
        // An invalid form: a role that may act gets 422 (nothing changes), others 401/403.
        call: (j?: string) =>
          staffAction(
            post(
              `${base}/${number}/${action}`,
              j,
              'to=&text=&reason=&note=&deadline=&question=&answer=',
            ),
            number,
            action,
            deps,
          ),
        allowed: [...allowed],
      })),
    ];
    for (const endpoint of endpoints) {
      expect((await endpoint.call()).status, `${endpoint.name} without a token`).toBe(401);
      expect((await endpoint.call(tampered)).status, `${endpoint.name} tampered`).toBe(401);
      expect((await endpoint.call(expired)).status, `${endpoint.name} expired`).toBe(401);
      for (const role of ['moderator', 'chief', 'admin'] as const) {
        const status = (await endpoint.call(await token(role))).status;
        if (endpoint.allowed.includes(role))
          expect([200, 422], `${endpoint.name} as ${role}`).toContain(status);
        else expect(status, `${endpoint.name} as ${role}`).toBe(403);
      }
    }
    // Only the one action without fields (take) changed the appeal; the invalid forms did not.
    expect((await desk().appeal(number))!.events.map((e) => e.type)).toEqual([
      'registered',
      'taken',
    ]);
    // The stats endpoint is public.
    const stats = statsHandler({ db: async () => ({ db: database.db, calendar }), now });
    const response = await stats(new Request('http://desk.test/api/stats/appeals'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).not.toMatch(/@|Демо|Прошу/);
  });

  it('renders what people typed escaped, and the answer of an action in the desk’s language', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const number = await submit({
      text: '<script>alert(1)</script> и <img src=x onerror=alert(2)> во дворе.',
    });
    const deps: StaffHttp = { desk: async () => desk(), verifier: localVerifier(SECRET) };
    const jwt = await issueLocalToken(SECRET, { roles: ['chief'] });
    const page = await (
      await staffRead(
        new Request(`http://desk.test/api/staff/appeals/${number}?lang=kk`, {
          headers: { Authorization: `Bearer ${jwt}` },
        }),
        number,
        deps,
      )
    ).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain(`${number} өтініші`);
    const answer = await staffAction(
      new Request(`http://desk.test/api/staff/appeals/${number}/answer?lang=en`, {
        method: 'POST',
        body: 'text=short',
        headers: {
          Authorization: `Bearer ${jwt}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      }),
      number,
      'answer',
      deps,
    );
    expect(answer.status).toBe(422);
    const html = await answer.text();
    expect(html).toContain('Write an answer of at least 20 characters.');
    expect(html).toContain('>short</textarea>');
  });
});

describe.each(TEST_SERVERS)('statistics on %s', (_name, start) => {
  const database = useMigratedDatabase(start);

  it('counts received and answered, on time, and the median, as computed by hand', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const db = database.db;
    let seq = 0;
    /** An appeal registered on `registered`, answered at `answeredAt` (UTC) or not. */
    const add = async (registered: string, deadline: string, answeredAt?: string) => {
      seq++;
      await db.query(
        `INSERT INTO appeals (number, year, seq, kind, topic, body, applicant_name, email,
           answer_language, page_language, publish_consent, status, access_code_hash,
           received_at, registered_on, deadline, answered_at)
         VALUES ($1, $2, $3, 'question', 'other', 'Текст обращения для статистики.', 'X', 'x@x.kz',
           'ru', 'ru', false, $4, 'scrypt$x$y', $5::timestamptz, $5::date, $6, $7)`,
        [
          `MPS-${registered.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
          Number(registered.slice(0, 4)),
          seq,
          answeredAt ? 'answered' : 'registered',
          registered,
          deadline,
          answeredAt ?? null,
        ],
      );
    };
    // Last year: counts for nothing this year.
    await add('2025-12-10', '2025-12-31', '2025-12-20T05:00:00Z');
    // This year, before this month.
    await add('2026-03-02', '2026-03-24', '2026-03-10T05:00:00Z');
    await add('2026-10-01', '2026-10-22', '2026-10-27T05:00:00Z'); // late
    await add('2026-10-05', '2026-10-26'); // never answered
    // This month (November 2026).
    await add('2026-11-02', '2026-11-23', '2026-11-06T05:00:00Z'); // 4 working days
    await add('2026-11-16', '2026-12-07', '2026-11-30T18:30:00Z'); // 23:30 in Almaty on 30 Nov
    await add('2026-11-20', '2026-12-14');
    // An answer this month to an appeal of last month.
    await add('2026-10-20', '2026-11-10', '2026-11-03T05:00:00Z');

    // Through the public endpoint, as the blog reads it.
    const endpoint = async (at: string) => {
      const handler = statsHandler({ db: async () => ({ db, calendar }), now: () => new Date(at) });
      const response = await handler(new Request('http://site.test/api/stats/appeals'));
      expect(response.status).toBe(200);
      return (await response.json()) as AppealStats;
    };
    // 19:30 UTC on 30 November is 00:30 on 1 December in Almaty: the month is December.
    const stats = await endpoint('2026-11-30T19:30:00Z');
    expect(stats.asOf).toBe('2026-12-01');
    expect(stats.month).toEqual({ received: 0, answered: 0 });

    const nov = await endpoint('2026-11-30T12:00:00Z');
    expect(nov.asOf).toBe('2026-11-30');
    // Received in November: 2, 16, 20 Nov. Answered in November (Almaty days): 6, 30, 3 Nov.
    expect(nov.month).toEqual({ received: 3, answered: 3 });
    // This year: 7 received (all but 2025); answered 5 (10 Mar, 27 Oct, 6 Nov, 30 Nov, 3 Nov).
    expect(nov.year.received).toBe(7);
    expect(nov.year.answered).toBe(5);
    // On time: all but the 27 Oct answer (deadline 22 Oct).
    expect(nov.year.answeredOnTime).toBe(4);
    expect(nov.year.onTimeShare).toBeCloseTo(0.8);
    // Working days: 2→10 Mar: 5 (3,4,5,6,10; 9 Mar is the moved day off); 1→27 Oct: 17 (25 Oct
    // is a Sunday, Mon 26 off); 2→6 Nov: 4; 16→30 Nov: 10; 20 Oct→3 Nov: 9 (26 Oct off).
    const byHand = [
      calendar.workingDaysBetween('2026-03-02', '2026-03-10'),
      calendar.workingDaysBetween('2026-10-01', '2026-10-27'),
      calendar.workingDaysBetween('2026-11-02', '2026-11-06'),
      calendar.workingDaysBetween('2026-11-16', '2026-11-30'),
      calendar.workingDaysBetween('2026-10-20', '2026-11-03'),
    ];
    expect(byHand).toEqual([5, 17, 4, 10, 9]);
    // Sorted 4, 5, 9, 10, 17.
    expect(nov.year.medianWorkingDays).toBe(9);
  });
});
