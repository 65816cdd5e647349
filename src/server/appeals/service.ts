/**
 * Appeals to the head of the service: registration and status (see
 * docs/domain.md, "Appeals"). Plain functions over a database, a calendar and a
 * clock, called by the functions in functions/ and by the tests without HTTP.
 *
 * Registration, in order: spam is set apart (honeypot filled, or sent faster than a person
 * can type); the form is validated (nothing is written for an invalid form); a repeated
 * Idempotency-Key returns the appeal it created if it was sent with the same appeal within
 * 24 hours (another appeal under the same key is a conflict); the client's rate limit is
 * counted; then one transaction takes the next number of the year, stores the appeal, its
 * first event, its confirmation mail and its key. Replays and status lookups have their own
 * per-client limit (each costs a hash of the access code).
 */
import type { Locale } from '../../i18n/locales.ts';
import {
  ACCESS_CODE_PATTERN,
  APPEAL_NUMBER_PATTERN,
  formatAppealNumber,
  normalizeAccessCode,
  parseAppeal,
  type Appeal,
  type AppealErrors,
} from '../../lib/appeal.ts';
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Db, Queryable } from '../db/index.ts';
import { bodyHash, clientHash, generateAccessCode, hashAccessCode, keyHash } from './codes.ts';
import { findStatus, type AppealView } from './status.ts';
import { HOUR_MS, overLimit } from './rate-limits.ts';
import { spamReason, storable } from './robots.ts';
import { recordEvent, type Actor } from './events.ts';
import { preparePhotos, type StoredPhoto } from './photos.ts';

export interface AppealsOptions {
  db: Db;
  calendar: WorkingCalendar;
  /** The server key of the access codes', clients' and keys' HMACs (APPEALS_HASH_SALT). */
  salt: string;
  now?: () => Date;
  /** Registrations per client per hour. */
  perHour?: number | undefined;
  /** Status lookups and replayed submissions per client per hour. */
  lookupsPerHour?: number | undefined;
  /** A form sent faster than this after it was opened is taken for a robot. */
  minFillMs?: number | undefined;
  /** The public site, for links in the applicant's mail. */
  siteUrl?: string;
}

export interface SubmitMeta {
  /** The client's address (hashed before use). */
  client: string;
  pageLanguage: Locale;
  idempotencyKey?: string;
  /**
   * Files sent as photos. Only an appeal to an area's inspector keeps them, and they are decoded
   * (photos.ts: seconds of CPU for large pictures) only once the submission has passed every
   * cheaper check: not a robot's, a valid form, within the client's limit.
   */
  photos?: readonly File[];
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
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** The Idempotency-Key registered another appeal: nothing was written. */
  | { kind: 'conflict' };

/** A status lookup: the appeal, none for that number and code, or too many lookups. */
export type StatusResult =
  | { kind: 'found'; view: AppealView }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,128}$/;
/** How long a submission's key answers a replay. */
export const KEY_LIFETIME_MS = 24 * HOUR_MS;
/** Registration mails one address receives in 24 hours (the appeals still register). */
export const REGISTRATION_MAILS_PER_DAY = 3;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a registration writes, whether sent by a resident or restored from the spam list. */
interface Registration {
  appeal: Appeal;
  pageLanguage: Locale;
  receivedAt: Date;
  codeHash: string;
  key?: { hash: string; body: string } | undefined;
  photos?: readonly StoredPhoto[] | undefined;
}

export function createAppeals(options: AppealsOptions) {
  const { db, calendar, salt } = options;
  const now = options.now ?? (() => new Date());
  const perHour = options.perHour ?? 5;
  const lookupsPerHour = options.lookupsPerHour ?? 60;
  const minFillMs = options.minFillMs ?? 3_000;
  const siteUrl = options.siteUrl ?? 'http://127.0.0.1:4321';

  /** The appeal a live key registered, with the hash of what it registered. */
  async function findKey(key: { hash: string }, at: Date) {
    const { rows } = await db.query<{
      id: string;
      number: string;
      body_hash: string;
      registered_on: string;
      deadline: string;
    }>(
      `SELECT a.id, a.number, k.body_hash, to_char(a.registered_on, 'YYYY-MM-DD') AS registered_on,
              to_char(a.deadline, 'YYYY-MM-DD') AS deadline
         FROM submission_keys k JOIN appeals a ON a.id = k.appeal_id
        WHERE k.key_hash = $1 AND k.created_at > $2`,
      [key.hash, new Date(at.getTime() - KEY_LIFETIME_MS)],
    );
    return rows[0];
  }

  /**
   * A repeated key: the same appeal again with a fresh code (the first answer may never have
   * arrived), a conflict when the key registered another appeal, or the client's limit.
   */
  async function replay(
    key: { hash: string; body: string },
    client: string,
    at: Date,
  ): Promise<SubmitResult | undefined> {
    const row = await findKey(key, at);
    if (!row) return undefined;
    if (row.body_hash !== key.body) return { kind: 'conflict' };
    const wait = await overLimit(db, salt, client, 'lookup', lookupsPerHour, at);
    if (wait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: wait };
    const accessCode = generateAccessCode();
    await db.query('UPDATE appeals SET access_code_hash = $2 WHERE id = $1', [
      row.id,
      hashAccessCode(accessCode, salt),
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

  async function nextSeq(tx: Queryable, year: number): Promise<number> {
    const { rows } = await tx.query<{ last_number: number }>(
      `INSERT INTO appeal_counters (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = appeal_counters.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return rows[0]!.last_number;
  }

  /** True while `email` has had fewer registration mails than the daily limit. */
  async function mayMail(tx: Queryable, email: string, at: Date): Promise<boolean> {
    const { rows } = await tx.query<{ n: string }>(
      `SELECT count(*) AS n FROM outbox
        WHERE lower(recipient) = lower($1) AND kind = 'registered' AND created_at > $2`,
      [email, new Date(at.getTime() - 24 * HOUR_MS)],
    );
    return Number(rows[0]!.n) < REGISTRATION_MAILS_PER_DAY;
  }

  /**
   * Registers in the caller's transaction: the next number, the appeal, its first event, the
   * confirmation mail (within the per-address limit) and the key. The number and dates.
   */
  async function register(tx: Queryable, r: Registration) {
    const { appeal, receivedAt } = r;
    const registeredOn = calendar.registrationDay(receivedAt);
    const deadline = calendar.deadline(registeredOn);
    const provisional = !calendar.covers(registeredOn) || !calendar.covers(deadline);
    const year = Number(registeredOn.slice(0, 4));
    // Read before the number is taken: from then on every registration waits for this one.
    const mailed = !!appeal.email && (await mayMail(tx, appeal.email, receivedAt));
    const seq = await nextSeq(tx, year);
    const number = formatAppealNumber(year, seq);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO appeals (number, year, seq, kind, topic, district, body, applicant_name,
         email, phone, answer_language, page_language, publish_consent, status,
         access_code_hash, received_at, registered_on, deadline, deadline_provisional, area,
         latitude, longitude)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'registered',$14,$15,$16,$17,$18,$19,
         $20,$21)
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
        r.pageLanguage,
        appeal.publish,
        r.codeHash,
        receivedAt,
        registeredOn,
        deadline,
        provisional,
        appeal.area ?? null,
        appeal.latitude ?? null,
        appeal.longitude ?? null,
      ],
    );
    const id = rows[0]!.id;
    for (const photo of r.photos ?? [])
      await tx.query(
        `INSERT INTO appeal_photos (appeal_id, position, content_type, width, height, bytes)
         VALUES ($1, $2, 'image/jpeg', $3, $4, $5)`,
        [id, photo.position, photo.width, photo.height, photo.bytes],
      );
    const recordedAt = now();
    // The confirmation by e-mail (within the per-address limit), sent once this commits.
    const mail =
      mailed && appeal.email
        ? {
            appeal: {
              id,
              number,
              applicantName: appeal.name,
              email: appeal.email,
              language: appeal.answerLanguage,
            },
            event: { kind: 'registered', registeredOn, deadline } as const,
            siteUrl,
          }
        : undefined;
    await recordEvent(
      tx,
      {
        appealId: id,
        type: 'registered',
        status: 'registered',
        actor: 'system',
        at: recordedAt,
      },
      mail,
    );
    if (r.key) {
      // An expired key may be used again; a live one was taken by a request running alongside.
      const { rowCount } = await tx.query(
        `INSERT INTO submission_keys (key_hash, body_hash, appeal_id, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (key_hash) DO UPDATE
           SET body_hash = EXCLUDED.body_hash, appeal_id = EXCLUDED.appeal_id,
               created_at = EXCLUDED.created_at
         WHERE submission_keys.created_at <= $5`,
        [r.key.hash, r.key.body, id, receivedAt, new Date(receivedAt.getTime() - KEY_LIFETIME_MS)],
      );
      if (rowCount !== 1) throw new KeyTakenError();
    }
    return { id, number, registeredOn, deadline };
  }

  async function submit(body: unknown, meta: SubmitMeta): Promise<SubmitResult> {
    const at = now();
    if (!isRecord(body)) return { kind: 'invalid', errors: { form: 'appeal.error.form' } };

    const spam = spamReason(body, at, minFillMs);
    if (spam) {
      await db.query(
        'INSERT INTO spam_submissions (reason, body, client_hash, received_at) VALUES ($1, $2, $3, $4)',
        [spam, JSON.stringify(storable(body)), clientHash(meta.client, salt), at],
      );
      return { kind: 'spam' };
    }

    const parsed = parseAppeal(body);
    if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
    const appeal = parsed.appeal;

    const key =
      meta.idempotencyKey && IDEMPOTENCY_KEY.test(meta.idempotencyKey)
        ? { hash: keyHash(meta.idempotencyKey, salt), body: bodyHash(appeal) }
        : undefined;
    if (key) {
      const earlier = await replay(key, meta.client, at);
      if (earlier) return earlier;
    }

    const wait = await overLimit(db, salt, meta.client, 'register', perHour, at);
    if (wait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: wait };

    let photos: StoredPhoto[] | undefined;
    if (appeal.area && meta.photos?.length) {
      const prepared = await preparePhotos(meta.photos);
      if (!prepared.ok) return { kind: 'invalid', errors: { photos: prepared.error } };
      photos = prepared.photos;
    }

    const accessCode = generateAccessCode();
    const codeHash = hashAccessCode(accessCode, salt);
    try {
      const registered = await db.transaction((tx) =>
        register(tx, {
          appeal,
          pageLanguage: meta.pageLanguage,
          receivedAt: at,
          codeHash,
          key,
          photos,
        }),
      );
      const { number, registeredOn, deadline } = registered;
      return { kind: 'registered', number, accessCode, registeredOn, deadline, replay: false };
    } catch (error) {
      // Two submits with one key at the same moment: the other one registered it.
      if (key && error instanceof KeyTakenError) {
        const earlier = await replay(key, meta.client, at);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /** The appeal, if the number exists and the code is its code; rate limited per client. */
  async function status(number: string, code: string, client: string): Promise<StatusResult> {
    const accessCode = normalizeAccessCode(code);
    if (!APPEAL_NUMBER_PATTERN.test(number) || !ACCESS_CODE_PATTERN.test(accessCode))
      return { kind: 'not-found' };
    const wait = await overLimit(db, salt, client, 'lookup', lookupsPerHour, now());
    if (wait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: wait };
    const view = await findStatus(db, number, accessCode, salt);
    return view ? { kind: 'found', view } : { kind: 'not-found' };
  }

  /**
   * A robot's submission that staff judge to be a person's: registered now as an appeal
   * received when it was sent (the deadline counts from then), with an event naming who
   * restored it, and removed from the spam list. Invalid when what it sent is not a valid form.
   */
  async function restoreSpam(
    id: string,
    actor: Exclude<Actor, 'system'>,
  ): Promise<
    | { kind: 'restored'; number: string }
    | { kind: 'not-found' }
    | { kind: 'invalid'; errors: AppealErrors }
  > {
    if (!/^\d{1,18}$/.test(id)) return { kind: 'not-found' };
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<{ body: unknown; received_at: Date }>(
        'SELECT body, received_at FROM spam_submissions WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = rows[0];
      if (!row) return { kind: 'not-found' } as const;
      const parsed = parseAppeal(row.body);
      if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors } as const;
      const { appeal } = parsed;
      // Nobody holds a code for it: the applicant learns the number by mail and asks for one.
      const codeHash = hashAccessCode(generateAccessCode(), salt);
      const registered = await register(tx, {
        appeal,
        pageLanguage: appeal.answerLanguage,
        receivedAt: new Date(row.received_at),
        codeHash,
      });
      await recordEvent(tx, {
        appealId: registered.id,
        type: 'restored',
        status: 'registered',
        actor,
        note: `spam #${id}`,
        at: now(),
      });
      await tx.query('DELETE FROM spam_submissions WHERE id = $1', [id]);
      return { kind: 'restored', number: registered.number } as const;
    });
  }

  return { submit, status, restoreSpam };
}

/** Another request registered an appeal under the same key while this one ran. */
class KeyTakenError extends Error {
  override name = 'KeyTakenError';
}

export type Appeals = ReturnType<typeof createAppeals>;
