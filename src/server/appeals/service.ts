/**
 * Appeals to the head of the service: registration and status (see
 * ../shared/brief/domain.md, "Appeals"). Plain functions over a database, a calendar and a
 * clock, called by the functions in functions/ and by the tests without HTTP.
 *
 * Registration, in order: spam is set apart (honeypot filled, or sent faster than a person
 * can type); the form is validated (nothing is written for an invalid form); a repeated
 * Idempotency-Key returns the appeal it created; the client's rate limit is counted; then one
 * transaction takes the next number of the year, stores the appeal and its first event.
 */
import type { Locale } from '../../i18n/locales.ts';
import {
  ACCESS_CODE_PATTERN,
  APPEAL_NUMBER_PATTERN,
  formatAppealNumber,
  normalizeAccessCode,
  parseAppeal,
  type AppealErrors,
  type AppealStatus,
} from '../../lib/appeal.ts';
import { HONEYPOT_FIELD, STARTED_FIELD } from '../../lib/appeal-fields.ts';
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Db, Queryable } from '../db/index.ts';
import { applicantMail } from '../mail/messages.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { clientHash, generateAccessCode, hashAccessCode, verifyAccessCode } from './codes.ts';

export interface AppealsOptions {
  db: Db;
  calendar: WorkingCalendar;
  /** Salt of the client hashes (APPEALS_HASH_SALT). */
  salt: string;
  now?: () => Date;
  /** Registrations per client per hour. */
  perHour?: number;
  /** A form sent faster than this after it was opened is taken for a robot. */
  minFillMs?: number;
  /** The public site, for links in the applicant's mail. */
  siteUrl?: string;
}

export interface SubmitMeta {
  /** The client's address (hashed before use). */
  client: string;
  pageLanguage: Locale;
  idempotencyKey?: string;
}

export type SubmitResult =
  | {
      kind: 'registered';
      number: string;
      accessCode: string;
      registeredOn: string;
      deadline: string;
      /** The same Idempotency-Key was seen before: this is that appeal (with a new code). */
      replay: boolean;
    }
  | { kind: 'invalid'; errors: AppealErrors }
  | { kind: 'spam' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export interface AppealView {
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  answerLanguage: Locale;
  registeredOn: string;
  deadline: string;
  answer: string | null;
  events: { type: string; status: AppealStatus; at: string }[];
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,128}$/;
const HOUR_MS = 3_600_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function createAppeals(options: AppealsOptions) {
  const { db, calendar, salt } = options;
  const now = options.now ?? (() => new Date());
  const perHour = options.perHour ?? 5;
  const minFillMs = options.minFillMs ?? 3_000;
  const siteUrl = options.siteUrl ?? 'http://127.0.0.1:4321';

  /** Why a submission looks automatic, or undefined. */
  function spamReason(body: Record<string, unknown>, at: Date): string | undefined {
    const honeypot = body[HONEYPOT_FIELD];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') return 'honeypot';
    // Only a page with its script sends the time it was opened.
    const started = Number(body[STARTED_FIELD]);
    if (
      body[STARTED_FIELD] !== undefined &&
      Number.isFinite(started) &&
      at.getTime() - started < minFillMs
    )
      return 'too-fast';
    return undefined;
  }

  async function replay(key: string): Promise<SubmitResult | undefined> {
    const { rows } = await db.query<{
      id: string;
      number: string;
      registered_on: string;
      deadline: string;
    }>(
      `SELECT a.id, a.number, to_char(a.registered_on, 'YYYY-MM-DD') AS registered_on,
              to_char(a.deadline, 'YYYY-MM-DD') AS deadline
         FROM idempotency_keys k JOIN appeals a ON a.id = k.appeal_id WHERE k.key = $1`,
      [key],
    );
    const row = rows[0];
    if (!row) return undefined;
    // The first answer may never have arrived: the holder of the key gets a fresh code.
    const accessCode = generateAccessCode();
    await db.query('UPDATE appeals SET access_code_hash = $2 WHERE id = $1', [
      row.id,
      await hashAccessCode(accessCode),
    ]);
    return {
      kind: 'registered',
      number: row.number,
      accessCode,
      registeredOn: row.registered_on,
      deadline: row.deadline,
      replay: true,
    };
  }

  /** Counts one registration for the client; the seconds to wait when over the limit. */
  async function overLimit(client: string, at: Date): Promise<number | undefined> {
    const windowStart = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
    // Past windows are not needed: the client hashes are kept for the current hour only.
    await db.query('DELETE FROM rate_limits WHERE window_start < $1', [windowStart]);
    const { rows } = await db.query<{ count: number }>(
      `INSERT INTO rate_limits (client_hash, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (client_hash, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [client, windowStart],
    );
    if ((rows[0]?.count ?? 0) <= perHour) return undefined;
    return Math.max(1, Math.ceil((windowStart.getTime() + HOUR_MS - at.getTime()) / 1000));
  }

  async function nextSeq(tx: Queryable, year: number): Promise<number> {
    const { rows } = await tx.query<{ last_number: number }>(
      `INSERT INTO appeal_counters (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = appeal_counters.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return rows[0]!.last_number;
  }

  async function submit(body: unknown, meta: SubmitMeta): Promise<SubmitResult> {
    const at = now();
    const client = clientHash(meta.client, salt);
    if (!isRecord(body)) return { kind: 'invalid', errors: { form: 'appeal.error.form' } };

    const spam = spamReason(body, at);
    if (spam) {
      await db.query(
        'INSERT INTO spam_submissions (reason, body, client_hash, received_at) VALUES ($1, $2, $3, $4)',
        [spam, JSON.stringify(body), client, at],
      );
      return { kind: 'spam' };
    }

    const parsed = parseAppeal(body);
    if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
    const appeal = parsed.appeal;

    const key =
      meta.idempotencyKey && IDEMPOTENCY_KEY.test(meta.idempotencyKey)
        ? meta.idempotencyKey
        : undefined;
    if (key) {
      const earlier = await replay(key);
      if (earlier) return earlier;
    }

    const wait = await overLimit(client, at);
    if (wait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: wait };

    const registeredOn = calendar.registrationDay(at);
    const deadline = calendar.deadline(registeredOn);
    const provisional = !calendar.covers(registeredOn) || !calendar.covers(deadline);
    const year = Number(registeredOn.slice(0, 4));
    const accessCode = generateAccessCode();
    const codeHash = await hashAccessCode(accessCode);

    try {
      const number = await db.transaction(async (tx) => {
        const seq = await nextSeq(tx, year);
        const number = formatAppealNumber(year, seq);
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO appeals (number, year, seq, kind, topic, district, body, applicant_name,
             email, phone, answer_language, page_language, publish_consent, status,
             access_code_hash, received_at, registered_on, deadline, deadline_provisional)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'registered',$14,$15,$16,$17,$18)
           RETURNING id`,
          [
            number,
            year,
            seq,
            appeal.kind,
            appeal.topic,
            appeal.district ?? null,
            appeal.text,
            appeal.name,
            appeal.email ?? null,
            appeal.phone ?? null,
            appeal.answerLanguage,
            meta.pageLanguage,
            appeal.publish,
            codeHash,
            at,
            registeredOn,
            deadline,
            provisional,
          ],
        );
        const id = rows[0]!.id;
        const event = await tx.query<{ id: string }>(
          `INSERT INTO appeal_events (appeal_id, type, status, actor, created_at)
           VALUES ($1, 'registered', 'registered', 'system', $2) RETURNING id`,
          [id, at],
        );
        // The confirmation by e-mail, sent from the outbox once this transaction commits.
        const mail = applicantMail(
          {
            id,
            number,
            applicantName: appeal.name,
            email: appeal.email ?? null,
            language: appeal.answerLanguage,
          },
          { kind: 'registered', registeredOn, deadline },
          event.rows[0]!.id,
          siteUrl,
        );
        if (mail) await enqueueMail(tx, mail, at);
        if (key)
          await tx.query(
            'INSERT INTO idempotency_keys (key, appeal_id, created_at) VALUES ($1, $2, $3)',
            [key, id, at],
          );
        return number;
      });
      return { kind: 'registered', number, accessCode, registeredOn, deadline, replay: false };
    } catch (error) {
      // Two submits with one key at the same moment: the other one registered it.
      if (key && (error as { code?: string }).code === '23505') {
        const earlier = await replay(key);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /** The appeal, if the number exists and the code is its code; otherwise undefined. */
  async function status(number: string, code: string): Promise<AppealView | undefined> {
    const accessCode = normalizeAccessCode(code);
    if (!APPEAL_NUMBER_PATTERN.test(number) || !ACCESS_CODE_PATTERN.test(accessCode))
      return undefined;
    const { rows } = await db.query<{
      id: string;
      number: string;
      status: AppealStatus;
      kind: string;
      topic: string;
      answer_language: Locale;
      registered_on: string;
      deadline: string;
      answer: string | null;
      access_code_hash: string;
    }>(
      `SELECT id, number, status, kind, topic, answer_language, answer, access_code_hash,
              to_char(registered_on, 'YYYY-MM-DD') AS registered_on,
              to_char(deadline, 'YYYY-MM-DD') AS deadline
         FROM appeals WHERE number = $1`,
      [number],
    );
    const row = rows[0];
    if (!row || !(await verifyAccessCode(accessCode, row.access_code_hash))) return undefined;
    const events = await db.query<{ type: string; status: AppealStatus; created_at: Date }>(
      'SELECT type, status, created_at FROM appeal_events WHERE appeal_id = $1 ORDER BY id',
      [row.id],
    );
    return {
      number: row.number,
      status: row.status,
      kind: row.kind,
      topic: row.topic,
      answerLanguage: row.answer_language,
      registeredOn: row.registered_on,
      deadline: row.deadline,
      answer: row.status === 'answered' ? row.answer : null,
      events: events.rows.map((e) => ({
        type: e.type,
        status: e.status,
        at: new Date(e.created_at).toISOString(),
      })),
    };
  }

  return { submit, status };
}

export type Appeals = ReturnType<typeof createAppeals>;
