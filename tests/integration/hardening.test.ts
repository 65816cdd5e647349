/**
 * Hardening of the appeals, the outbox and publishing, on both databases (PGlite over the
 * Postgres protocol, and PostgreSQL), with real servers on 127.0.0.1 only: the local SMTP
 * sink, a local HTTP server answering as the GitHub contents API (or hanging, or failing), a
 * closed port, and a TCP proxy in front of the database that cuts every connection in the
 * middle of a registration. Nothing is mocked; the clock is a variable the services are given.
 *
 * What each block proves:
 * 1. an Idempotency-Key replays the same appeal (with a new code), refuses another appeal
 *    (writing nothing), expires after 24 h, is limited per client with status lookups, and is
 *    stored only as a keyed hash;
 * 2. at most 3 registration mails per address and 24 h, while every appeal registers;
 * 3. the outbox: two senders deliver each mail exactly once; a sender killed between SMTP and
 *    the mark makes that mail arrive at most twice, with the same Message-ID; a late mark by
 *    an expired claim changes nothing and is counted as lost;
 * 4. publishing: a refusing, failing or hanging git host leaves the appeal answered and
 *    unpublished with the typed texts kept, the row is not locked during the push, and a
 *    retry publishes once;
 * 5. faults: the database cut in the middle of a registration (503, the text given back,
 *    nothing stored, the same key registers once afterwards); SMTP down during an answer;
 * 6. restoring a robot-stopped submission and a rejected appeal; retention;
 * 7. U+0000 in a person's text is refused, in a robot's submission is kept (replaced).
 */
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, connect, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type MailSink, type SunkMail } from '../../scripts/lib/mail-sink.ts';
import { APPEAL_NUMBER_PATTERN } from '../../src/lib/appeal.ts';
import { keyHash } from '../../src/server/appeals/codes.ts';
import { appealStatus, submitAppeal, type AppealsHttp } from '../../src/server/appeals/http.ts';
import { createPages } from '../../src/server/appeals/pages.ts';
import { purgeExpired } from '../../src/server/appeals/retention.ts';
import {
  createAppeals,
  REGISTRATION_MAILS_PER_DAY,
  type SubmitResult,
} from '../../src/server/appeals/service.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { createDb, DatabaseUnavailableError, type Db } from '../../src/server/db/index.ts';
import { migrate } from '../../src/server/db/migrations.ts';
import {
  createOutbox,
  enqueueMail,
  smtpTransport,
  type DeliveryReport,
  type MailTransport,
} from '../../src/server/mail/outbox.ts';
import type { StaffUser } from '../../src/server/staff/auth.ts';
import type { DeskAction } from '../../src/lib/appeal-lifecycle.ts';
import { createDesk } from '../../src/server/staff/desk.ts';
import {
  fsPublisher,
  gitHubPublisher,
  PublishError,
  type Publisher,
} from '../../src/server/staff/publisher.ts';
import { appealForm, CHIEF, FORM_PAGE, MODERATOR, postAppeal } from '../helpers/appeals.ts';
import { countRows, startPostgres, TEST_SERVERS, type TestDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();
const SALT = 'hardening-salt';
const SITE = 'https://mps.example';
const FROM = 'MPS Almaty <no-reply@mps.example>';
const DOMAIN = 'mps.example';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Monday 30 November 2026, 11:00 in Almaty: a working day, within working hours.
const BASE = new Date('2026-11-30T06:00:00Z');
const later = (ms: number) => new Date(BASE.getTime() + ms);

const moderator = MODERATOR;
const chief = CHIEF;

const TEXT = 'Прошу установить светофор на перекрёстке у школы, дети переходят дорогу без него.';
const form = (overrides: Record<string, string> = {}) => appealForm({ text: TEXT, ...overrides });

const pages = createPages(async () => FORM_PAGE);

const post = postAppeal;
const urlEncoded = 'application/x-www-form-urlencoded';

/** A fresh Idempotency-Key of the accepted shape ([A-Za-z0-9_-]{16,128}). */
const newKey = () => `hardening-${randomUUID()}`;

function registered(result: SubmitResult) {
  if (result.kind !== 'registered') throw new Error(`not registered: ${JSON.stringify(result)}`);
  return result;
}

/** A free TCP port on 127.0.0.1 (nothing listens on it when this returns). */
async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What a registration may write, row by row, and the rate-limit hits of the current hour. */
const TABLES = [
  'appeals',
  'appeal_events',
  'outbox',
  'submission_keys',
  'spam_submissions',
] as const;
async function snapshot(db: Db, at: Date) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = await countRows(db, table);
  const window = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  const hits = await db.query<{ n: string }>(
    'SELECT coalesce(sum(count), 0) AS n FROM rate_limits WHERE window_start = $1',
    [window],
  );
  counts['rateLimitHits'] = Number(hits.rows[0]!.n);
  return counts;
}

/** How many times each Message-ID arrived. */
const arrivals = (mail: SunkMail[]) => {
  const seen = new Map<string, number>();
  for (const m of mail) seen.set(m.messageId, (seen.get(m.messageId) ?? 0) + 1);
  return seen;
};
const messageId = (id: string) => `<outbox-${id}@${DOMAIN}>`;

/**
 * A TCP proxy in front of the database. `cutOn(text)`: when a client sends a message containing
 * `text`, the message is dropped, every connection through the proxy is destroyed (both
 * sides) and new connections are refused — the database "stops" — until `restore()`.
 */
async function startProxy(target: string) {
  const upstreamUrl = new URL(target);
  const sockets = new Set<Socket>();
  let trigger: string | undefined;
  let down = false;
  let cuts = 0;
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const server = createTcpServer((client) => {
    client.on('error', () => {});
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(upstreamUrl.port), upstreamUrl.hostname);
    upstream.on('error', () => {});
    sockets.add(client);
    sockets.add(upstream);
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      const seen = tail + chunk.toString('latin1');
      tail = seen.slice(-64);
      if (trigger !== undefined && seen.includes(trigger)) {
        trigger = undefined;
        down = true;
        cuts++;
        cutAll();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
    });
    upstream.on('close', () => {
      client.destroy();
      sockets.delete(upstream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: url.href,
    cutOn(text: string) {
      trigger = text;
    },
    restore() {
      down = false;
    },
    get cuts() {
      return cuts;
    },
    async close() {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type HostMode = 'ok' | 'fail' | 'hang';
/**
 * A local HTTP server answering as the GitHub contents API: `ok` (the file is new, the commit
 * is accepted), `fail` (500 to everything) or `hang` (never answers).
 */
async function startGitHost() {
  const requests: { method: string; url: string; mode: HostMode; body: string }[] = [];
  const hanging: ServerResponse[] = [];
  let onHang: (() => void) | undefined;
  const state = { mode: 'ok' as HostMode };
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const { mode } = state;
      requests.push({ method: req.method ?? '', url: req.url ?? '', mode, body });
      if (mode === 'hang') {
        hanging.push(res);
        onHang?.();
        return;
      }
      const json = { 'Content-Type': 'application/json' };
      if (mode === 'fail') res.writeHead(500, json).end('{"message":"Server Error"}');
      else if (req.method === 'GET') res.writeHead(404, json).end('{"message":"Not Found"}');
      else res.writeHead(201, json).end('{"content":{}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    requests,
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/repos/mps/site`,
    /** Resolves when the next request arrives and is left hanging. */
    nextHang: () => new Promise<void>((resolve) => (onHang = resolve)),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The desk's push time limit (15 s) shortened for the tests, through the publisher's fetch. */
const HOST_TIMEOUT_MS = 1_500;
const impatientFetch: typeof fetch = (input, init) =>
  fetch(input, {
    ...init,
    signal: AbortSignal.any([
      ...(init?.signal ? [init.signal] : []),
      AbortSignal.timeout(HOST_TIMEOUT_MS),
    ]),
  });

describe.each(TEST_SERVERS)('hardening on %s', (_name, start) => {
  const database = { url: '', poolSize: 1, db: undefined as unknown as Db, skip: '' };
  let server: TestDatabase | undefined;
  let sink: MailSink;
  let clock = BASE;
  const now = () => clock;
  const closers: (() => unknown)[] = [];

  beforeAll(async () => {
    const started = await start();
    if (typeof started === 'string') {
      database.skip = started;
      console.warn(`Skipping: ${started}`);
      return;
    }
    server = started;
    database.url = started.url;
    database.poolSize = started.poolSize;
    database.db = createDb(started.url, { poolSize: started.poolSize });
    await migrate(database.db);
    sink = await startMailSink({ smtpPort: 0 });
  }, 120_000);
  afterAll(async () => {
    for (const close of closers) await close();
    await sink?.stop();
    if (server) await database.db.close();
    await server?.stop();
  });

  const appeals = (options: { lookupsPerHour?: number; perHour?: number; db?: Db } = {}) =>
    createAppeals({
      db: options.db ?? database.db,
      calendar,
      salt: SALT,
      now,
      perHour: options.perHour ?? 1000,
      lookupsPerHour: options.lookupsPerHour ?? 1000,
      siteUrl: SITE,
    });
  const desk = (publisher: Publisher = fsPublisher('/nonexistent-hardening')) =>
    createDesk({ db: database.db, calendar, siteUrl: SITE, publisher, now });
  /** An SMTP transport to the sink (or to `port`), closed after the block. */
  const smtp = (port = sink.smtpPort): MailTransport => {
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    closers.push(() => transport.close?.());
    return transport;
  };
  const outbox = (
    options: { db?: Db; transport?: MailTransport; batchSize?: number; claimSeconds?: number } = {},
  ) =>
    createOutbox({
      db: options.db ?? database.db,
      transport: options.transport ?? smtp(),
      from: FROM,
      domain: DOMAIN,
      now,
      batchSize: options.batchSize ?? 20,
      claimSeconds: options.claimSeconds ?? 60,
    });
  /** Another pool on the same database (another process, as far as the database can tell). */
  const anotherPool = () => createDb(database.url, { poolSize: database.poolSize });
  /** Marks everything earlier tests left unsent as sent, so that a test sees only its mail. */
  const settleOutbox = () =>
    database.db.query('UPDATE outbox SET sent_at = $1 WHERE sent_at IS NULL', [clock]);
  /** `n` due mails to `{prefix}-{i}@example.kz`; their row ids in order. */
  async function enqueue(prefix: string, n: number): Promise<string[]> {
    const run = randomUUID();
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++)
        await enqueueMail(
          tx,
          {
            dedupeKey: `hardening:${run}:${i}`,
            kind: 'test',
            recipient: `${prefix}-${i}@example.kz`,
            language: 'ru',
            subject: `Письмо ${i}`,
            body: `Проверка доставки, письмо ${i}.`,
          },
          clock,
        );
    });
    const { rows } = await database.db.query<{ id: string }>(
      'SELECT id FROM outbox WHERE dedupe_key LIKE $1 ORDER BY id',
      [`hardening:${run}:%`],
    );
    return rows.map((r) => String(r.id));
  }
  const sunk = (prefix: string) => sink.messages().filter((m) => m.to.startsWith(`${prefix}-`));
  const act = (user: StaffUser, number: string, action: DeskAction) =>
    desk().act(user, number, action);

  describe('replayed submissions', () => {
    it('replays the same appeal with a new code, and refuses the key for another appeal', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const db = database.db;
      const service = appeals();
      const meta = { client: '203.0.113.1', pageLanguage: 'ru' as const, idempotencyKey: newKey() };
      const first = registered(await service.submit(form(), meta));
      expect(first.replay).toBe(false);

      // The same form again (spaces around the text do not make another appeal): the same
      // appeal, a new code, nothing new stored but the lookup counted against the client.
      const before = await snapshot(db, clock);
      const again = registered(await service.submit(form({ text: `  ${TEXT}\r\n` }), meta));
      expect(again).toMatchObject({
        replay: true,
        number: first.number,
        registeredOn: first.registeredOn,
        deadline: first.deadline,
      });
      expect(again.accessCode).not.toBe(first.accessCode);
      expect(await snapshot(db, clock)).toEqual({
        ...before,
        rateLimitHits: before['rateLimitHits']! + 1,
      });
      // The old code no longer opens the status; the new one does.
      expect(await service.status(first.number, first.accessCode, '203.0.113.2')).toEqual({
        kind: 'not-found',
      });
      expect(await service.status(first.number, again.accessCode, '203.0.113.2')).toMatchObject({
        kind: 'found',
        view: { number: first.number, status: 'registered' },
      });

      // Another text under the same key: a conflict, and not a single row written or changed.
      const keyRows = () => db.query('SELECT * FROM submission_keys ORDER BY key_hash');
      const beforeConflict = await snapshot(db, clock);
      const keysBefore = (await keyRows()).rows;
      expect(
        await service.submit(
          form({ text: 'Совсем другое обращение: прошу проверить парковку у рынка.' }),
          meta,
        ),
      ).toEqual({ kind: 'conflict' });
      expect(await snapshot(db, clock)).toEqual(beforeConflict);
      expect((await keyRows()).rows).toEqual(keysBefore);
      // … and no code was renewed.
      expect((await service.status(first.number, again.accessCode, '203.0.113.2')).kind).toBe(
        'found',
      );

      // Over HTTP: the replay is a 200 with the same number, the conflict a 409.
      const deps: AppealsHttp = { appeals: async () => service, pages };
      const body = JSON.stringify({ ...form(), lang: 'ru' });
      const headers = { 'Idempotency-Key': meta.idempotencyKey };
      const replayed = await submitAppeal(post(body, 'application/json', headers), 'c', deps);
      expect(replayed.status).toBe(200);
      expect(await replayed.json()).toMatchObject({ number: first.number, replay: true });
      const other = JSON.stringify({ ...form({ text: `${TEXT} И ещё одно.` }), lang: 'ru' });
      const conflict = await submitAppeal(post(other, 'application/json', headers), 'c', deps);
      expect(conflict.status).toBe(409);
      expect(await conflict.json()).toEqual({ errors: { form: 'appeal.error.replayConflict' } });
    });

    it('lets a key register a new appeal once 24 hours have passed', async ({ skip: s }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const service = appeals();
      const key = newKey();
      const meta = { client: '203.0.113.10', pageLanguage: 'ru' as const, idempotencyKey: key };
      const first = registered(await service.submit(form(), meta));

      clock = later(DAY_MS - 1000);
      expect(registered(await service.submit(form(), meta))).toMatchObject({
        replay: true,
        number: first.number,
      });

      clock = later(DAY_MS);
      const second = registered(await service.submit(form(), meta));
      expect(second.replay).toBe(false);
      expect(second.number).not.toBe(first.number);
      // The key now stands for the new appeal, in one row.
      clock = later(DAY_MS + 60_000);
      expect(registered(await service.submit(form(), meta))).toMatchObject({
        replay: true,
        number: second.number,
      });
      const keys = await database.db.query<{ number: string }>(
        `SELECT a.number FROM submission_keys k JOIN appeals a ON a.id = k.appeal_id
          WHERE k.key_hash = $1`,
        [keyHash(key, SALT)],
      );
      expect(keys.rows).toEqual([{ number: second.number }]);
    });

    it('limits replays and status lookups per client, and says when to come back', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = later(20 * 60_000); // 06:20 UTC: 40 minutes (2,400 s) to the next hour
      const service = appeals({ lookupsPerHour: 3 });
      const client = '203.0.113.20';
      const meta = { client, pageLanguage: 'ru' as const, idempotencyKey: newKey() };
      const first = registered(await service.submit(form(), meta)); // a registration, not a lookup
      registered(await service.submit(form(), meta)); // lookup 1
      const code = registered(await service.submit(form(), meta)).accessCode; // lookup 2
      expect((await service.status(first.number, code, client)).kind).toBe('found'); // lookup 3
      const limited = { kind: 'rate-limited', retryAfterSeconds: 2400 };
      expect(await service.status(first.number, code, client)).toEqual(limited);
      expect(await service.submit(form(), meta)).toEqual(limited);
      // The refused replay renewed no code: the last one still opens it, from another client.
      expect((await service.status(first.number, code, '203.0.113.21')).kind).toBe('found');
      // Wrong codes count as well: a client cannot guess codes without limit.
      for (let i = 0; i < 3; i++)
        expect((await service.status(first.number, 'AAAA-BBBB-CCCC', '203.0.113.22')).kind).toBe(
          'not-found',
        );
      expect(await service.status(first.number, code, '203.0.113.22')).toEqual(limited);

      // Over HTTP: 429 with Retry-After.
      const deps: AppealsHttp = { appeals: async () => service, pages };
      const response = await appealStatus(
        new Request(`http://site.test/api/appeals/${first.number}`, {
          headers: { 'x-access-code': code },
        }),
        first.number,
        client,
        deps,
      );
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('2400');

      // The next hour the client may look again.
      clock = later(HOUR_MS);
      expect(registered(await service.submit(form(), meta))).toMatchObject({
        replay: true,
        number: first.number,
      });
    });

    it('stores the key only as a keyed hash, never as sent', async ({ skip: s }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const key = newKey();
      registered(
        await appeals().submit(form(), {
          client: '203.0.113.30',
          pageLanguage: 'ru',
          idempotencyKey: key,
        }),
      );
      const stored = await database.db.query<{ key_hash: string; row: string }>(
        'SELECT key_hash, k::text AS row FROM submission_keys k',
      );
      expect(stored.rows.map((r) => r.key_hash)).toContain(keyHash(key, SALT));
      for (const { row } of stored.rows) expect(row).not.toContain(key);
      // … nor anywhere else in the database.
      const tables = await database.db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.rows.length).toBeGreaterThan(5);
      for (const { table_name: table } of tables.rows) {
        const hits = await database.db.query<{ n: string }>(
          `SELECT count(*) AS n FROM "${table}" t WHERE strpos(t::text, $1) > 0`,
          [key],
        );
        expect(Number(hits.rows[0]!.n), table).toBe(0);
      }
    });
  });

  it('sends at most 3 registration mails a day to one address; every appeal registers', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    clock = BASE;
    const email = `limit-${randomUUID().slice(0, 8)}@example.kz`;
    const service = appeals({ perHour: 5 });
    const numbers: string[] = [];
    // The same address however its letters are cased (e-mail addresses are, in practice, not).
    const spellings = [email, email.toUpperCase(), email, email.replace('limit', 'LIMIT'), email];
    for (const [i, spelling] of spellings.entries())
      numbers.push(
        registered(
          await service.submit(form({ email: spelling }), {
            client: `198.51.100.${i}`,
            pageLanguage: 'ru',
          }),
        ).number,
      );
    expect(new Set(numbers).size).toBe(5);
    const mails = () =>
      database.db.query<{ number: string }>(
        `SELECT a.number FROM outbox o JOIN appeals a ON a.id = o.appeal_id
          WHERE lower(o.recipient) = $1 AND o.kind = 'registered' ORDER BY o.id`,
        [email],
      );
    const stored = await database.db.query('SELECT 1 FROM appeals WHERE lower(email) = $1', [
      email,
    ]);
    expect(stored.rowCount).toBe(5);
    expect(REGISTRATION_MAILS_PER_DAY).toBe(3);
    expect((await mails()).rows).toEqual(numbers.slice(0, 3).map((number) => ({ number })));

    // A day later the address gets its mail again.
    clock = later(DAY_MS + 60_000);
    const next = registered(
      await service.submit(form({ email }), { client: '198.51.100.9', pageLanguage: 'ru' }),
    );
    expect((await mails()).rows.map((r) => r.number)).toEqual([
      ...numbers.slice(0, 3),
      next.number,
    ]);
  });

  describe('the outbox', () => {
    it('delivers every mail exactly once with two senders at the same time', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      await settleOutbox();
      const ids = await enqueue('pair', 30);
      const second = anotherPool();
      // Each mail takes a few milliseconds, so the two senders' batches overlap.
      const slow = (transport: MailTransport): MailTransport => ({
        async send(mail) {
          await delay(5);
          await transport.send(mail);
        },
      });
      try {
        const [a, b] = await Promise.all([
          outbox({ transport: slow(smtp()), batchSize: 4 }).deliver(),
          outbox({ db: second, transport: slow(smtp()), batchSize: 4 }).deliver(),
        ]);
        expect(a.sent + b.sent).toBe(30);
        expect(a.sent).toBeGreaterThan(0);
        expect(b.sent).toBeGreaterThan(0);
        expect([a.failed, a.lost, b.failed, b.lost]).toEqual([0, 0, 0, 0]);
      } finally {
        await second.close();
      }
      const arrived = arrivals(sunk('pair'));
      expect([...arrived.keys()].sort()).toEqual(ids.map(messageId).sort());
      expect([...arrived.values()].every((n) => n === 1)).toBe(true);
      // Each row was claimed once: no sender took a row another had claimed.
      const rows = await database.db.query<{ attempts: number; sent: boolean }>(
        'SELECT attempts, sent_at IS NOT NULL AS sent FROM outbox WHERE id = ANY($1)',
        [ids],
      );
      expect(rows.rows).toHaveLength(30);
      expect(rows.rows.every((r) => r.attempts === 1 && r.sent)).toBe(true);
    });

    it('sends again, once and with the same Message-ID, what a killed sender had sent but not marked', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      await settleOutbox();
      const ids = await enqueue('killed', 6);
      const killedId = messageId(ids[2]!);
      const dying = anotherPool();
      const toSink = smtp();
      let accepted = 0;
      // The third mail is accepted by the SMTP server, then the sender loses its database
      // before it can mark it: as if its process had been killed right there.
      const dyingTransport: MailTransport = {
        async send(mail) {
          await toSink.send(mail);
          if (++accepted === 3) await dying.close();
        },
      };
      await expect(
        outbox({ db: dying, transport: dyingTransport, batchSize: 10 }).deliver(),
      ).rejects.toThrow();
      expect(accepted).toBe(3);
      expect(arrivals(sunk('killed'))).toEqual(
        new Map(ids.slice(0, 3).map((id) => [messageId(id), 1])),
      );

      // While its claim lasts, another sender leaves the rows alone.
      const other = outbox({ claimSeconds: 60 });
      expect(await other.deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });
      // Once the claim (60 s) has run out, it sends what was not marked.
      clock = later(60_000);
      expect(await other.deliver()).toEqual({ sent: 4, failed: 0, lost: 0 });
      expect(await other.deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });

      const mail = sunk('killed');
      const arrived = arrivals(mail);
      expect([...arrived.keys()].sort()).toEqual(ids.map(messageId).sort());
      expect(arrived.get(killedId)).toBe(2);
      expect([...arrived].filter(([id]) => id !== killedId).every(([, n]) => n === 1)).toBe(true);
      const twice = mail.filter((m) => m.messageId === killedId);
      expect(twice[0]).toMatchObject({ to: twice[1]!.to, subject: twice[1]!.subject });
      const unsent = await database.db.query(
        'SELECT 1 FROM outbox WHERE id = ANY($1) AND sent_at IS NULL',
        [ids],
      );
      expect(unsent.rowCount).toBe(0);
    });

    it('ignores a mark made after the claim ran out, and counts that mail as lost', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      await settleOutbox();
      const ids = await enqueue('late', 3);
      const lastId = messageId(ids[2]!);
      const toSink = smtp();
      // The other sender stops inside its send until the gate opens, holding its claim.
      let openGate!: () => void;
      const gate = new Promise<void>((resolve) => (openGate = resolve));
      let otherSending!: () => void;
      const otherHasClaimed = new Promise<void>((resolve) => (otherSending = resolve));
      const other = outbox({
        claimSeconds: 60,
        transport: {
          async send(mail) {
            otherSending();
            await gate;
            await toSink.send(mail);
          },
        },
      });
      let otherDelivery: Promise<DeliveryReport> | undefined;
      // The slow sender's last mail is accepted; before it marks it, its claim (60 s) runs out
      // and the other sender claims the mail; the slow one then marks it, too late.
      const slowTransport: MailTransport = {
        async send(mail) {
          await toSink.send(mail);
          if (mail.messageId !== lastId) return;
          clock = later(61_000);
          otherDelivery = other.deliver();
          await otherHasClaimed;
          clock = later(90_000);
        },
      };
      expect(await outbox({ transport: slowTransport, claimSeconds: 60 }).deliver()).toEqual({
        sent: 2,
        failed: 0,
        lost: 1,
      });
      // The late mark (at 90 s) changed nothing: the mail is still the other sender's to mark.
      const row = () =>
        database.db.query<{ sent_at: Date | null; last_error: string | null }>(
          'SELECT sent_at, last_error FROM outbox WHERE id = $1',
          [ids[2]],
        );
      expect((await row()).rows[0]).toEqual({ sent_at: null, last_error: null });
      clock = later(120_000);
      openGate();
      expect(await otherDelivery).toEqual({ sent: 1, failed: 0, lost: 0 });
      expect((await row()).rows[0]).toEqual({ sent_at: later(120_000), last_error: null });
      // The mail went out twice, with one Message-ID; the others once.
      const arrived = arrivals(sunk('late'));
      expect(arrived).toEqual(new Map(ids.map((id) => [messageId(id), id === ids[2] ? 2 : 1])));
    });
  });

  describe('publishing', () => {
    let host: Awaited<ReturnType<typeof startGitHost>>;
    beforeAll(async () => {
      host = await startGitHost();
      closers.push(() => host.close());
    });
    const QUESTION = 'Когда у школы на перекрёстке появится светофор для детей?';
    const ANSWER =
      'Светофор включён в план на 2027 год. До его установки у перехода по утрам дежурит инспектор.';
    const publish: DeskAction = {
      type: 'publish',
      question: QUESTION,
      answer: ANSWER,
      acknowledge: true,
    };
    const viaHost = (api: string) =>
      desk(gitHubPublisher({ api, token: 'site-token', branch: 'main', fetch: impatientFetch }));
    const puts = () => host.requests.filter((r) => r.method === 'PUT');

    it('keeps a failed or hung push retryable, holds no lock while pushing, and publishes once', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const number = registered(
        await appeals().submit(form(), { client: '192.0.2.40', pageLanguage: 'ru' }),
      ).number;
      expect(await act(chief, number, { type: 'answer', text: ANSWER })).toEqual({
        ok: true,
        status: 'answered',
      });
      const pending = async () => (await desk().appeal(number))!;
      const unpublished = (error: RegExp | null) => ({
        status: 'answered',
        answer: ANSWER,
        publishedAt: null,
        publishedPath: null,
        pendingPublish: {
          question: QUESTION,
          answer: ANSWER,
          startedAt: BASE.toISOString(),
          error: error ? expect.stringMatching(error) : null,
        },
      });

      // A host that refuses connections (nothing listens on the port).
      const closed = `http://127.0.0.1:${await freePort()}/repos/mps/site`;
      await expect(viaHost(closed).act(chief, number, publish)).rejects.toBeInstanceOf(
        PublishError,
      );
      expect(await pending()).toMatchObject(unpublished(/fetch failed|ECONNREFUSED/i));

      // A host that answers 500.
      host.state.mode = 'fail';
      await expect(viaHost(host.api).act(chief, number, publish)).rejects.toThrow(/500/);
      expect(await pending()).toMatchObject(unpublished(/500/));

      // A host that never answers.
      host.state.mode = 'hang';
      const hung = host.nextHang();
      let settled = false;
      const outcome = viaHost(host.api)
        .act(chief, number, publish)
        .then(
          (result) => result,
          (error: unknown) => error,
        )
        .finally(() => (settled = true));
      await hung;
      // While the push hangs, the appeal's row is not locked …
      const locked = await database.db.transaction((tx) =>
        tx.query('SELECT id FROM appeals WHERE number = $1 FOR UPDATE NOWAIT', [number]),
      );
      expect(locked.rows).toHaveLength(1);
      expect(settled).toBe(false);
      // … the desk shows it as being published, and refuses a second push meanwhile.
      expect(await pending()).toMatchObject(unpublished(null));
      expect(await viaHost(host.api).act(chief, number, publish)).toMatchObject({
        ok: false,
        errors: { form: 'staff.error.publishing' },
      });
      expect(settled).toBe(false);
      expect(await outcome).toBeInstanceOf(PublishError);
      expect(await pending()).toMatchObject(unpublished(/timeout|abort/i));
      const detail = await pending();
      expect(detail.events.filter((e) => e.type === 'published')).toEqual([]);

      // The host works again: the retry publishes, once.
      host.state.mode = 'ok';
      const putsBefore = puts().length;
      expect(await viaHost(host.api).act(chief, number, publish)).toEqual({
        ok: true,
        status: 'answered',
      });
      const okPuts = puts().filter((r) => r.mode === 'ok');
      expect(okPuts).toHaveLength(1);
      expect(puts().length).toBe(putsBefore + 1);
      expect(okPuts[0]!.url).toBe(
        `/repos/mps/site/contents/content/qa/ru/${number.toLowerCase()}.md`,
      );
      const { content } = JSON.parse(okPuts[0]!.body) as { content: string };
      const entry = parse(Buffer.from(content, 'base64').toString('utf8').split(/^---$/m)[1]!);
      expect(entry).toMatchObject({ question: QUESTION, answer: ANSWER });
      const published = await pending();
      expect(published).toMatchObject({
        status: 'answered',
        publishedPath: `qa/ru/${number.toLowerCase()}.md`,
        pendingPublish: null,
      });
      expect(published.publishedAt).not.toBeNull();
      expect(
        published.events
          .filter((e) => e.type === 'published')
          .map((e) => [e.status, e.actor, e.actorName]),
      ).toEqual([['answered', chief.email, chief.name]]);
      // Published once only.
      expect(await viaHost(host.api).act(chief, number, publish)).toMatchObject({
        ok: false,
        errors: { form: 'staff.error.state' },
      });
      expect(puts().length).toBe(putsBefore + 1);
    }, 30_000);
  });

  describe('faults', () => {
    it('answers 503 with the typed text when the database stops during a registration, and registers once afterwards', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const proxy = await startProxy(database.url);
      const viaProxy = createDb(proxy.url, { poolSize: database.poolSize });
      // A connection that drops inside a transaction also emits 'error' on its client; the
      // process must not die of it (src/server/db/index.ts listens while it holds the client).
      const crashes: string[] = [];
      const onCrash = (error: Error) => crashes.push(error.message);
      try {
        const deps: AppealsHttp = { appeals: async () => appeals({ db: viaProxy }), pages };
        const text =
          'Прошу проверить, почему не горят фонари на улице Жибек Жолы у дома 50 после восьми вечера.';
        const key = newKey();
        const send = () =>
          submitAppeal(
            post(new URLSearchParams({ ...form({ text }), lang: 'ru' }).toString(), urlEncoded, {
              'Idempotency-Key': key,
            }),
            '192.0.2.50',
            deps,
          );
        const stored = () =>
          database.db.query<{ number: string }>('SELECT number FROM appeals WHERE body = $1', [
            text,
          ]);
        const counter = () =>
          database.db.query('SELECT year, last_number FROM appeal_counters ORDER BY year');
        const before = await snapshot(database.db, clock);
        const counterBefore = (await counter()).rows;

        // The connections are cut when the appeal's INSERT passes: the transaction has begun
        // (and taken the next number), nothing is committed.
        proxy.cutOn('INSERT INTO appeals');
        process.on('uncaughtException', onCrash);
        const failed = await send();
        await delay(100);
        process.off('uncaughtException', onCrash);
        expect(proxy.cuts).toBe(1);
        expect(failed.status).toBe(503);
        expect(failed.headers.get('retry-after')).toBe('60');
        expect(await failed.text()).toContain(text);
        expect((await stored()).rows).toEqual([]);
        const after = await snapshot(database.db, clock);
        expect({ ...after, rateLimitHits: 0 }).toEqual({ ...before, rateLimitHits: 0 });
        expect((await counter()).rows).toEqual(counterBefore);

        // While the database is down, a new attempt is a 503 again.
        const refused = await send();
        expect(refused.status).toBe(503);
        expect(await refused.text()).toContain(text);

        // The database is back: the same submission, the same key, one appeal.
        proxy.restore();
        const ok = await send();
        expect(ok.status).toBe(201);
        const number = (await ok.text()).match(/MPS-\d{4}-\d{6}/)?.[0];
        expect((await stored()).rows).toEqual([{ number }]);
        const replayed = await send();
        expect(replayed.status).toBe(201);
        expect(await replayed.text()).toContain(number);
        expect((await stored()).rows).toEqual([{ number }]);
        expect(proxy.cuts).toBe(1);

        expect
          .soft(crashes, 'uncaught exceptions while the database connection dropped')
          .toEqual([]);
      } finally {
        process.off('uncaughtException', onCrash);
        await viaProxy.close();
        await proxy.close();
      }
    }, 30_000);

    it('commits an answer while SMTP is down, keeps its mail, and sends it once when SMTP is back', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const number = registered(
        await appeals().submit(form({ email: 'smtp-down@example.kz' }), {
          client: '192.0.2.60',
          pageLanguage: 'ru',
        }),
      ).number;
      await settleOutbox();
      const answer = 'Светофор у школы включён в план работ на весну 2027 года, спасибо.';
      expect(await act(chief, number, { type: 'answer', text: answer })).toEqual({
        ok: true,
        status: 'answered',
      });
      const port = await freePort();
      expect(await outbox({ transport: smtp(port) }).deliver()).toEqual({
        sent: 0,
        failed: 1,
        lost: 0,
      });
      const waiting = (await desk().appeal(number))!;
      expect(waiting).toMatchObject({ status: 'answered', answer });
      expect(waiting.pendingMail).toEqual({
        count: 1,
        lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
      });

      const back = await startMailSink({ smtpPort: port });
      try {
        clock = later(2 * 60_000); // past the first back-off (1 minute)
        const sender = outbox({ transport: smtp(port) });
        expect(await sender.deliver()).toEqual({ sent: 1, failed: 0, lost: 0 });
        expect(await sender.deliver()).toEqual({ sent: 0, failed: 0, lost: 0 });
        expect(back.messages().map((m) => [m.to, m.subject])).toEqual([
          ['smtp-down@example.kz', `Ответ на обращение ${number}`],
        ]);
        expect((await desk().appeal(number))!.pendingMail).toEqual({ count: 0, lastError: null });
      } finally {
        await back.stop();
      }
    }, 30_000);
  });

  describe('restoring and retention', () => {
    it('registers a robot-stopped submission restored by a moderator, and removes it from the spam list', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const text = 'Во дворе дома на улице Абая не горят фонари, прошу проверить освещение.';
      expect(
        await appeals().submit(form({ text, website: 'https://example.org' }), {
          client: '192.0.2.70',
          pageLanguage: 'ru',
        }),
      ).toEqual({ kind: 'spam' });
      const robot = (await desk().spam()).robots.find((r) => r.excerpt === text)!;
      expect(robot.reason).toBe('honeypot');

      clock = later(2 * HOUR_MS);
      const restored = await appeals().restoreSpam(robot.id, moderator);
      expect(restored).toMatchObject({ kind: 'restored' });
      const number = (restored as { number: string }).number;
      expect(number).toMatch(APPEAL_NUMBER_PATTERN);
      const detail = (await desk().appeal(number))!;
      // Received when it was sent, not when it was restored.
      expect(detail).toMatchObject({
        status: 'registered',
        body: text,
        receivedAt: BASE.toISOString(),
        registeredOn: '2026-11-30',
      });
      expect(detail.events.map((e) => [e.type, e.status, e.actor, e.actorName, e.note])).toEqual([
        ['registered', 'registered', 'system', null, null],
        ['restored', 'registered', moderator.email, moderator.name, `spam #${robot.id}`],
      ]);
      const left = await database.db.query('SELECT 1 FROM spam_submissions WHERE id = $1', [
        robot.id,
      ]);
      expect(left.rowCount).toBe(0);
      expect((await desk().spam()).robots.map((r) => r.id)).not.toContain(robot.id);
      expect(await appeals().restoreSpam(robot.id, moderator)).toEqual({ kind: 'not-found' });
    });

    it('brings a rejected appeal back to registered, with an event naming who did it', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const number = registered(
        await appeals().submit(form(), { client: '192.0.2.71', pageLanguage: 'ru' }),
      ).number;
      expect(
        await act(moderator, number, {
          type: 'reject',
          reason: 'spam',
          note: 'Похоже на рекламу, а не на обращение.',
        }),
      ).toEqual({ ok: true, status: 'rejected' });
      expect((await desk().spam()).rejected.map((r) => r.number)).toContain(number);

      expect(await act(moderator, number, { type: 'restore' })).toEqual({
        ok: true,
        status: 'registered',
      });
      const detail = (await desk().appeal(number))!;
      expect(detail).toMatchObject({ status: 'registered', rejectedReason: null });
      expect(detail.events.map((e) => [e.type, e.status, e.actor, e.actorName])).toEqual([
        ['registered', 'registered', 'system', null],
        ['rejected-spam', 'rejected', moderator.email, moderator.name],
        ['restored', 'registered', moderator.email, moderator.name],
      ]);
      expect((await desk().spam()).rejected.map((r) => r.number)).not.toContain(number);
      expect((await desk().queue()).items.map((i) => i.number)).toContain(number);
      // Only a rejected appeal can be restored.
      expect(await act(moderator, number, { type: 'restore' })).toMatchObject({
        ok: false,
        errors: { form: 'staff.error.state' },
      });
    });

    it('deletes spam older than 30 days and expired keys, and keeps the rest', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      const at = BASE;
      const spamAt = async (when: Date, marker: string) => {
        clock = when;
        const text = `Реклама ${marker}: лучшие цены в городе, звоните прямо сейчас!`;
        expect(
          (
            await appeals().submit(form({ text, website: 'x' }), {
              client: '192.0.2.80',
              pageLanguage: 'ru',
            })
          ).kind,
        ).toBe('spam');
        const { rows } = await database.db.query<{ id: string }>(
          `SELECT id FROM spam_submissions WHERE body->>'text' = $1`,
          [text],
        );
        return rows[0]!.id;
      };
      const old = await spamAt(new Date(at.getTime() - 30 * DAY_MS - 1000), 'old');
      const edge = await spamAt(new Date(at.getTime() - 30 * DAY_MS), 'edge');
      const fresh = await spamAt(new Date(at.getTime() - 29 * DAY_MS), 'fresh');
      const keyAt = async (when: Date) => {
        clock = when;
        const key = newKey();
        const { number } = registered(
          await appeals().submit(form(), {
            client: '192.0.2.81',
            pageLanguage: 'ru',
            idempotencyKey: key,
          }),
        );
        return { hash: keyHash(key, SALT), number };
      };
      const expired = await keyAt(new Date(at.getTime() - DAY_MS));
      const live = await keyAt(new Date(at.getTime() - 23 * HOUR_MS));

      const purged = await purgeExpired(database.db, at);
      expect(purged).toMatchObject({ spam: 1, keys: 1 });
      const spam = await database.db.query<{ id: string }>(
        'SELECT id FROM spam_submissions WHERE id = ANY($1) ORDER BY id',
        [[old, edge, fresh]],
      );
      expect(spam.rows.map((r) => String(r.id))).toEqual([edge, fresh]);
      const keys = await database.db.query<{ key_hash: string }>(
        'SELECT key_hash FROM submission_keys WHERE key_hash = ANY($1)',
        [[expired.hash, live.hash]],
      );
      expect(keys.rows).toEqual([{ key_hash: live.hash }]);
      // The appeals themselves stay.
      const kept = await database.db.query('SELECT 1 FROM appeals WHERE number = ANY($1)', [
        [expired.number, live.number],
      ]);
      expect(kept.rowCount).toBe(2);
    });
  });

  describe('text a database cannot store', () => {
    it('refuses U+0000 in an appeal’s text and writes nothing', async ({ skip: s }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const text = 'Прошу проверить\u0000 освещение во дворе нашего дома на улице Абая.';
      const before = await snapshot(database.db, clock);
      expect(
        await appeals().submit(form({ text }), {
          client: '192.0.2.90',
          pageLanguage: 'ru',
          idempotencyKey: newKey(),
        }),
      ).toEqual({ kind: 'invalid', errors: { text: 'appeal.error.characters' } });

      const deps: AppealsHttp = { appeals: async () => appeals(), pages };
      const asJson = await submitAppeal(
        post(JSON.stringify({ ...form({ text }), lang: 'ru' }), 'application/json'),
        '192.0.2.91',
        deps,
      );
      expect(asJson.status).toBe(422);
      expect(await asJson.json()).toEqual({ errors: { text: 'appeal.error.characters' } });
      const asForm = await submitAppeal(
        post(new URLSearchParams({ ...form({ text }), lang: 'ru' }).toString(), urlEncoded),
        '192.0.2.92',
        deps,
      );
      expect(asForm.status).toBe(422);
      expect(await snapshot(database.db, clock)).toEqual(before);
    });

    it('keeps a robot’s submission with U+0000 (replaced), without a 500', async ({ skip: s }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const marker = randomUUID();
      const robot = {
        ...form({ text: `Купите\u0000 рекламу\uD800 у нас, ${marker}, недорого!` }),
        website: `http://spam\u0000.example/${marker}`,
        'x\u0000y': 'z\u0000',
      };
      expect(await appeals().submit(robot, { client: '192.0.2.93', pageLanguage: 'ru' })).toEqual({
        kind: 'spam',
      });
      const deps: AppealsHttp = { appeals: async () => appeals(), pages };
      const viaHttp = await submitAppeal(
        post(JSON.stringify({ ...robot, lang: 'ru' }), 'application/json'),
        '192.0.2.94',
        deps,
      );
      expect(viaHttp.status).toBe(202);
      const { rows } = await database.db.query<{ body: Record<string, string> }>(
        `SELECT body FROM spam_submissions WHERE body->>'text' LIKE $1 ORDER BY id`,
        [`%${marker}%`],
      );
      expect(rows).toHaveLength(2);
      for (const { body } of rows)
        expect(body).toMatchObject({
          text: `Купите\uFFFD рекламу\uFFFD у нас, ${marker}, недорого!`,
          website: `http://spam\uFFFD.example/${marker}`,
          'x\uFFFDy': 'z\uFFFD',
        });
    });

    it('keeps a robot’s deeply nested submission, summarised, without a 500', async ({
      skip: s,
    }) => {
      if (database.skip) return s(database.skip);
      clock = BASE;
      const marker = randomUUID();
      // 5,000 levels of arrays: about 10 KB, under the body limit, deeper than any stack.
      const deep = `${'['.repeat(5000)}"${marker}"${']'.repeat(5000)}`;
      const body = `{"website":"x","text":"${marker}","extra":${deep}}`;
      const deps: AppealsHttp = { appeals: async () => appeals(), pages };
      const response = await submitAppeal(post(body, 'application/json'), '192.0.2.95', deps);
      expect(response.status).toBe(202);
      const { rows } = await database.db.query<{ body: { extra: unknown } }>(
        `SELECT body FROM spam_submissions WHERE body->>'text' = $1`,
        [marker],
      );
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows[0]!.body.extra)).toContain('[nested too deep]');
    });
  });
});

describe('the database’s own time limits (PostgreSQL)', () => {
  let server: TestDatabase | string = '';
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    if (typeof server !== 'string') await server.stop();
  });

  it('cancels a long statement and an idle transaction, answered as unavailable', async ({
    skip: s,
  }) => {
    if (typeof server === 'string') return s(server);
    const db = createDb(server.url, { statementTimeoutMs: 300, idleInTransactionMs: 300 });
    try {
      await expect(db.query('SELECT pg_sleep(3)')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(
        db.transaction(async (tx) => {
          await tx.query('SELECT 1');
          await delay(1_000);
          await tx.query('SELECT 1');
        }),
      ).rejects.toBeInstanceOf(DatabaseUnavailableError);
      // The pool goes on working.
      expect((await db.query<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
  });
});
