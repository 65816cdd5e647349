/**
 * The appeals service against both databases it must work with: PGlite over the Postgres
 * protocol (the embedded default) and the real PostgreSQL. No mocks: real SQL, real
 * transactions, real concurrency.
 */
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../../src/server/calendar.ts';
import { hashAccessCode, scryptAccessCode } from '../../src/server/appeals/codes.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { createDb, DatabaseUnavailableError } from '../../src/server/db/index.ts';
import { MIGRATIONS, migrate } from '../../src/server/db/migrations.ts';
import { countRows, TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();

const form = {
  kind: 'complaint',
  topic: 'neighbours-noise',
  district: 'almaly',
  text: 'Во дворе дома на улице Толе би каждую ночь шумят автомобили с громкой музыкой.',
  name: 'Айгерим Сапарова',
  email: 'aigerim@example.kz',
  answerLanguage: 'ru',
  consent: 'on',
};

// Friday 27 November 2026, 15:00 in Almaty.
const FRIDAY_AFTERNOON = new Date('2026-11-27T10:00:00Z');

describe.each(TEST_SERVERS)('appeals on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  let clock = FRIDAY_AFTERNOON;
  const appeals = (perHour = 100) =>
    createAppeals({ db: database.db, calendar, salt: 'test-salt', now: () => clock, perHour });
  const count = (table: string) => countRows(database.db, table);
  /** The appeal's view for this number and code, or undefined. */
  const lookUp = async (number: string, code: string) => {
    const result = await appeals().status(number, code, 'status-client');
    return result.kind === 'found' ? result.view : undefined;
  };

  it('runs each migration once, and a later migration keeps every row', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    expect(database.migrated).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(database.db)).toEqual([]);
    await appeals().submit(form, { client: 'migration', pageLanguage: 'ru' });
    const before = await count('appeals');
    const addColumn = {
      id: 999,
      name: 'test column',
      sql: 'ALTER TABLE appeals ADD COLUMN note text',
    };
    expect(await migrate(database.db, [...MIGRATIONS, addColumn])).toEqual([999]);
    expect(await count('appeals')).toBe(before);
  });

  it('registers an appeal: number, deadline, first event, and a code that opens it', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const result = await appeals().submit(form, { client: '10.0.0.1', pageLanguage: 'ru' });
    expect(result).toMatchObject({
      kind: 'registered',
      number: expect.stringMatching(/^MPS-2026-\d{6}$/),
      registeredOn: '2026-11-27',
      deadline: '2026-12-21', // 15 working days, 16 December excluded
      replay: false,
    });
    if (result.kind !== 'registered') return;
    const view = await lookUp(result.number, result.accessCode);
    expect(view).toMatchObject({
      number: result.number,
      status: 'registered',
      kind: 'complaint',
      answerLanguage: 'ru',
      answer: null,
      events: [{ type: 'registered', status: 'registered' }],
    });
    // The code is stored only as a hash; a wrong code opens nothing.
    const stored = await database.db.query<{ access_code_hash: string; phone: string | null }>(
      'SELECT access_code_hash, phone FROM appeals WHERE number = $1',
      [result.number],
    );
    expect(stored.rows[0]!.access_code_hash).not.toContain(result.accessCode);
    expect(stored.rows[0]!.access_code_hash).toMatch(/^hmac\$[A-Za-z0-9_-]{43}$/);
    expect(stored.rows[0]!.access_code_hash).toBe(hashAccessCode(result.accessCode, 'test-salt'));
    expect(hashAccessCode(result.accessCode, 'another-key')).not.toBe(
      stored.rows[0]!.access_code_hash,
    );
    expect(await lookUp(result.number, 'AAAA-BBBB-CCCC')).toBeUndefined();
    // Typed in lower case without dashes, the code still works.
    const typed = result.accessCode.replaceAll('-', '').toLowerCase();
    expect((await lookUp(result.number, typed))?.number).toBe(result.number);
  });

  it('still opens an appeal whose code was stored with scrypt, and stores it anew as an HMAC', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const result = await appeals().submit(form, { client: '10.0.0.9', pageLanguage: 'ru' });
    if (result.kind !== 'registered') throw new Error(result.kind);
    const old = await scryptAccessCode(result.accessCode);
    await database.db.query('UPDATE appeals SET access_code_hash = $2 WHERE number = $1', [
      result.number,
      old,
    ]);
    const stored = async () =>
      (
        await database.db.query<{ h: string }>(
          'SELECT access_code_hash AS h FROM appeals WHERE number = $1',
          [result.number],
        )
      ).rows[0]!.h;
    // A wrong code opens nothing and changes nothing.
    expect(await lookUp(result.number, 'AAAA-BBBB-CCCC')).toBeUndefined();
    expect(await stored()).toBe(old);
    expect((await lookUp(result.number, result.accessCode))?.number).toBe(result.number);
    expect(await stored()).toBe(hashAccessCode(result.accessCode, 'test-salt'));
    expect((await lookUp(result.number, result.accessCode))?.number).toBe(result.number);
  });

  it('registers after working hours on the next working day', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    clock = new Date('2026-11-27T14:30:00Z'); // Friday 19:30 in Almaty
    try {
      const result = await appeals().submit(form, { client: '10.0.0.2', pageLanguage: 'kk' });
      expect(result).toMatchObject({ registeredOn: '2026-11-30', deadline: '2026-12-22' });
    } finally {
      clock = FRIDAY_AFTERNOON;
    }
  });

  it('gives unique, increasing numbers to simultaneous appeals', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const service = appeals();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        service.submit(form, { client: `10.1.0.${i}`, pageLanguage: 'ru' }),
      ),
    );
    const seqs = results.map((r) => (r.kind === 'registered' ? Number(r.number.slice(9)) : NaN));
    const sorted = [...seqs].sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(sorted.at(-1)! - sorted[0]!).toBe(19); // no gaps, none reused
  });

  it('creates one appeal for a repeated Idempotency-Key and renews its code', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const meta = {
      client: '10.0.0.3',
      pageLanguage: 'ru' as const,
      idempotencyKey: 'k'.repeat(24),
    };
    const before = await count('appeals');
    const [first, again] = await Promise.all([
      appeals().submit(form, meta),
      appeals().submit(form, meta),
    ]);
    const third = await appeals().submit(form, meta);
    expect(await count('appeals')).toBe(before + 1);
    if (first.kind !== 'registered' || again.kind !== 'registered' || third.kind !== 'registered')
      throw new Error('not registered');
    expect(new Set([first.number, again.number, third.number]).size).toBe(1);
    expect(third.replay).toBe(true);
    expect(await lookUp(third.number, third.accessCode)).toBeDefined();
    expect(await lookUp(first.number, first.accessCode)).toBeUndefined();
  });

  it('writes nothing for an invalid form', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const before = await Promise.all(['appeals', 'appeal_events', 'rate_limits'].map(count));
    const result = await appeals().submit(
      { ...form, text: 'коротко', consent: '' },
      { client: '10.0.0.4', pageLanguage: 'ru' },
    );
    expect(result).toEqual({
      kind: 'invalid',
      errors: { text: 'appeal.error.textShort', consent: 'appeal.error.consent' },
    });
    expect(await Promise.all(['appeals', 'appeal_events', 'rate_limits'].map(count))).toEqual(
      before,
    );
  });

  it('keeps spam apart: honeypot filled or sent too fast', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const before = await count('appeals');
    const spam = await count('spam_submissions');
    const meta = { client: '10.0.0.5', pageLanguage: 'ru' as const };
    expect(await appeals().submit({ ...form, website: 'http://spam.example' }, meta)).toEqual({
      kind: 'spam',
    });
    const opened = String(FRIDAY_AFTERNOON.getTime() - 1_000);
    expect(await appeals().submit({ ...form, startedAt: opened }, meta)).toEqual({ kind: 'spam' });
    const calm = String(FRIDAY_AFTERNOON.getTime() - 60_000);
    expect((await appeals().submit({ ...form, startedAt: calm }, meta)).kind).toBe('registered');
    expect(await count('spam_submissions')).toBe(spam + 2);
    expect(await count('appeals')).toBe(before + 1);
  });

  it('limits registrations per client and says when to come back', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const service = appeals(2);
    const meta = { client: '10.0.0.6', pageLanguage: 'ru' as const };
    expect((await service.submit(form, meta)).kind).toBe('registered');
    expect((await service.submit(form, meta)).kind).toBe('registered');
    // 15:00 in Almaty is 10:00 UTC, the start of the hour window: an hour to wait.
    expect(await service.submit(form, meta)).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 3600,
    });
    // Another client is not affected; the stored client is a hash, not the address.
    expect((await service.submit(form, { ...meta, client: '10.0.0.7' })).kind).toBe('registered');
    const clients = await database.db.query<{ client_hash: string }>(
      'SELECT client_hash FROM rate_limits',
    );
    expect(clients.rows.map((r) => r.client_hash).join()).not.toContain('10.0.0');
    // An hour later the client may send again, and the past hour's counts are gone.
    clock = new Date(FRIDAY_AFTERNOON.getTime() + 3_600_000);
    try {
      expect((await service.submit(form, meta)).kind).toBe('registered');
      const old = await database.db.query('SELECT 1 FROM rate_limits WHERE window_start < $1', [
        clock,
      ]);
      expect(old.rows).toEqual([]);
    } finally {
      clock = FRIDAY_AFTERNOON;
    }
  });
});

describe('a database that is not there', () => {
  it('is reported as unavailable, not as a crash', async () => {
    const db = createDb('postgres://postgres@127.0.0.1:1/none');
    const service = createAppeals({ db, calendar, salt: 's', now: () => FRIDAY_AFTERNOON });
    await expect(service.submit(form, { client: 'x', pageLanguage: 'ru' })).rejects.toThrow(
      DatabaseUnavailableError,
    );
    await db.close();
  });
});
