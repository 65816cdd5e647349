/**
 * District alerts by e-mail (docs/alerts.md): subscribing with double opt-in, confirming,
 * leaving, and the scheduled run that mails what the last build published. Plain functions
 * over a database and a clock, called by the functions and by the tests without HTTP.
 *
 * Nothing tells a visitor whether an address is subscribed: subscribing answers the same for
 * a new, a pending and a confirmed address, and leaving answers the same for a link that
 * ended a subscription and for one that ended it before.
 */
import type { Locale } from '../../i18n/locales.ts';
import {
  ALERT_CONFIRM_HOURS,
  ALERT_CONFIRM_MAILS_PER_DAY,
  ALERT_MAIL_RETENTION_DAYS,
  ALERT_SUBSCRIBES_PER_HOUR,
  parseAlertRequest,
  type AlertFeed,
  type AlertFormErrors,
} from '../../lib/alerts.ts';
import type { Db, Queryable } from '../db/index.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { overLimit } from '../appeals/rate-limits.ts';
import { ALERT_MAIL_KIND, alertMail, CONFIRM_MAIL_KIND, confirmationMail } from './mails.ts';
import {
  confirmHash,
  newConfirmToken,
  newUnsubscribeKey,
  TOKEN_PATTERN,
  unsubscribeKeyOf,
  unsubscribeToken,
} from './tokens.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Items seen longer ago than this and gone from the feed are forgotten. */
const SEEN_RETENTION_DAYS = 90;

export interface AlertsOptions {
  db: Db;
  /** The server's salt (APPEALS_HASH_SALT): keys the links' HMACs and the client hashes. */
  salt: string;
  /** The public site, for the links in mail. */
  siteUrl: string;
  now?: () => Date;
  perHour?: number;
  mailsPerDay?: number;
}

/** A district the form offers: its id and its name in the page's language (page-template.ts). */
export type { DistrictChoice } from '../page-template.ts';
import type { DistrictChoice } from '../page-template.ts';

export interface SubscribeInput {
  email?: string | undefined;
  districts: readonly string[];
  lang: Locale;
  /** The client's address (hashed before use). */
  client: string;
  /** The districts of the form, in the page's language. */
  known: readonly DistrictChoice[];
}

export type SubscribeResult =
  | { kind: 'sent' }
  | { kind: 'invalid'; errors: AlertFormErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export type ConfirmResult =
  | { kind: 'valid' }
  | { kind: 'confirmed'; districts: string[]; lang: Locale }
  | { kind: 'expired' }
  | { kind: 'unknown' };

export interface RunReport {
  /** The first reading of the feed: its items were recorded, none mailed. */
  primed: boolean;
  fresh: number;
  mails: number;
}

interface SubscriberRow {
  id: string;
  email: string;
  language: Locale;
  unsubscribe_key: string;
}

export function createAlerts(options: AlertsOptions) {
  const { db, salt, siteUrl } = options;
  const now = options.now ?? (() => new Date());
  const perHour = options.perHour ?? ALERT_SUBSCRIBES_PER_HOUR;
  const mailsPerDay = options.mailsPerDay ?? ALERT_CONFIRM_MAILS_PER_DAY;

  /** Seconds until the address may get another confirmation mail, if it has had its share. */
  async function addressWait(email: string, at: Date): Promise<number | undefined> {
    const { rows } = await db.query<{ n: string; oldest: Date | null }>(
      `SELECT count(*) AS n, min(created_at) AS oldest FROM outbox
        WHERE lower(recipient) = lower($1) AND kind = $2 AND created_at > $3`,
      [email, CONFIRM_MAIL_KIND, new Date(at.getTime() - DAY_MS)],
    );
    const row = rows[0]!;
    if (Number(row.n) < mailsPerDay || !row.oldest) return undefined;
    return Math.max(1, Math.ceil((new Date(row.oldest).getTime() + DAY_MS - at.getTime()) / 1000));
  }

  /**
   * Asks for alerts: validation (nothing written for an invalid form), the client's limit,
   * the address's limit, then one transaction: the subscription (new, or the change waiting
   * beside a confirmed one) and its confirmation mail. Nothing else is sent before confirming.
   */
  async function subscribe(input: SubscribeInput): Promise<SubscribeResult> {
    const parsed = parseAlertRequest(
      input,
      input.known.map((d) => d.id),
    );
    if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
    const { email, districts } = parsed.value;
    const at = now();
    const clientWait = await overLimit(db, salt, input.client, 'alerts', perHour, at);
    if (clientWait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: clientWait };
    const wait = await addressWait(email, at);
    if (wait !== undefined) return { kind: 'rate-limited', retryAfterSeconds: wait };

    const token = newConfirmToken();
    const hash = confirmHash(token, salt);
    const expires = new Date(at.getTime() + ALERT_CONFIRM_HOURS * HOUR_MS);
    await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ unsubscribe_key: string }>(
        `INSERT INTO alert_subscriptions (email, language, unsubscribe_key, created_at,
           pending_districts, pending_language, confirm_hash, confirm_expires_at)
         VALUES ($1, $2, $3, $4, $5, $2, $6, $7)
         ON CONFLICT (lower(email)) DO UPDATE SET
           pending_districts = EXCLUDED.pending_districts,
           pending_language = EXCLUDED.pending_language,
           confirm_hash = EXCLUDED.confirm_hash,
           confirm_expires_at = EXCLUDED.confirm_expires_at
         RETURNING unsubscribe_key`,
        [email, input.lang, newUnsubscribeKey(), at, districts, hash, expires],
      );
      const names = districts.map((id) => input.known.find((d) => d.id === id)?.name ?? id);
      await enqueueMail(
        tx,
        confirmationMail({
          email,
          lang: input.lang,
          districtNames: names,
          confirmToken: token,
          unsubscribeToken: unsubscribeToken(rows[0]!.unsubscribe_key, salt),
          hours: ALERT_CONFIRM_HOURS,
          siteUrl,
          dedupeKey: `alert-confirm:${hash}`,
        }),
        at,
      );
    });
    return { kind: 'sent' };
  }

  /** What a confirmation link stands for now, without using it (the page before the button). */
  async function checkConfirmation(token: string): Promise<ConfirmResult> {
    if (!TOKEN_PATTERN.test(token)) return { kind: 'unknown' };
    const { rows } = await db.query<{ expired: boolean }>(
      `SELECT confirm_expires_at <= $2 AS expired FROM alert_subscriptions
        WHERE confirm_hash = $1`,
      [confirmHash(token, salt), now()],
    );
    if (!rows[0]) return { kind: 'unknown' };
    return rows[0].expired ? { kind: 'expired' } : { kind: 'valid' };
  }

  /** Uses a confirmation link: the districts asked for apply from now on. */
  async function confirm(token: string): Promise<ConfirmResult> {
    if (!TOKEN_PATTERN.test(token)) return { kind: 'unknown' };
    const hash = confirmHash(token, salt);
    const at = now();
    const { rows } = await db.query<{ districts: string[]; language: Locale }>(
      `UPDATE alert_subscriptions SET
         districts = pending_districts, language = pending_language,
         confirmed_at = COALESCE(confirmed_at, $2),
         pending_districts = NULL, pending_language = NULL,
         confirm_hash = NULL, confirm_expires_at = NULL
       WHERE confirm_hash = $1 AND confirm_expires_at > $2
       RETURNING districts, language`,
      [hash, at],
    );
    if (rows[0]) return { kind: 'confirmed', districts: rows[0].districts, lang: rows[0].language };
    const checked = await checkConfirmation(token);
    return checked.kind === 'valid' ? { kind: 'unknown' } : checked;
  }

  /**
   * Ends a subscription: the row goes, and with it the address, together with the alert mail
   * to it still in the outbox. Idempotent: a genuine link used twice ends nothing more. A link
   * that is not genuine (cut short by a mail program, mistyped) is `invalid`: saying so tells
   * nothing about any address, and "you are unsubscribed" would be untrue.
   */
  async function unsubscribe(token: string): Promise<{ ended: boolean; invalid?: true }> {
    const key = unsubscribeKeyOf(token, salt);
    if (!key) return { ended: false, invalid: true };
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<{ email: string }>(
        'DELETE FROM alert_subscriptions WHERE unsubscribe_key = $1 RETURNING email',
        [key],
      );
      if (!rows[0]) return { ended: false };
      await tx.query('DELETE FROM outbox WHERE lower(recipient) = lower($1) AND kind IN ($2, $3)', [
        rows[0].email,
        ALERT_MAIL_KIND,
        CONFIRM_MAIL_KIND,
      ]);
      return { ended: true };
    });
  }

  /** The first reading of the feed: every item is the archive, recorded and not mailed. */
  async function prime(tx: Queryable, feed: AlertFeed, at: Date): Promise<boolean> {
    const first = await tx.query(
      'INSERT INTO alert_feed_state (id, primed_at) VALUES (1, $1) ON CONFLICT (id) DO NOTHING',
      [at],
    );
    if (first.rowCount !== 1) return false;
    for (const item of feed.items)
      await tx.query(
        `INSERT INTO alert_items (id, district, seen_at, primed) VALUES ($1, $2, $3, true)
         ON CONFLICT (id) DO NOTHING`,
        [item.id, item.district, at],
      );
    return true;
  }

  /**
   * The scheduled run over the feed the last build published: each item not seen before is
   * recorded and, in the same transaction, one mail per subscription confirmed by then whose
   * districts include the item's (a retried run finds the item seen and each mail's key
   * written, so it sends nothing twice).
   */
  async function announce(feed: AlertFeed): Promise<RunReport> {
    const at = now();
    const report: RunReport = { primed: false, fresh: 0, mails: 0 };
    report.primed = await db.transaction((tx) => prime(tx, feed, at));
    if (report.primed) return report;
    const names = new Map(feed.districts.map((d) => [d.id, d.name]));
    // Oldest first, so that mail goes out in the order things were published.
    for (const item of [...feed.items].reverse()) {
      const mails = await db.transaction(async (tx) => {
        const seen = await tx.query(
          `INSERT INTO alert_items (id, district, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO NOTHING`,
          [item.id, item.district, at],
        );
        if (seen.rowCount !== 1) return undefined;
        const { rows } = await tx.query<SubscriberRow>(
          `SELECT id, email, language, unsubscribe_key FROM alert_subscriptions
            WHERE confirmed_at IS NOT NULL AND confirmed_at <= $2 AND $1 = ANY (districts)
            ORDER BY id`,
          [item.district, at],
        );
        let written = 0;
        for (const row of rows) {
          const mail = alertMail({
            item,
            districtName: names.get(item.district) ?? {},
            subscription: {
              id: row.id,
              email: row.email,
              lang: row.language,
              unsubscribeToken: unsubscribeToken(row.unsubscribe_key, salt),
            },
            siteUrl,
          });
          if (await enqueueMail(tx, mail, at)) written++;
        }
        return written;
      });
      if (mails === undefined) continue;
      report.fresh++;
      report.mails += mails;
    }
    await db.query('DELETE FROM alert_items WHERE seen_at < $1 AND NOT (id = ANY ($2))', [
      new Date(at.getTime() - SEEN_RETENTION_DAYS * DAY_MS),
      feed.items.map((i) => i.id),
    ]);
    return report;
  }

  /**
   * What is kept only for a while: an unconfirmed subscription after its link expires (the
   * address with it), a change never confirmed, confirmation mails after their link expired,
   * and sent alert mails after ALERT_MAIL_RETENTION_DAYS.
   */
  async function purge(at = now()) {
    return db.transaction(async (tx) => {
      const expired = await tx.query(
        `DELETE FROM alert_subscriptions
          WHERE confirmed_at IS NULL AND confirm_expires_at <= $1`,
        [at],
      );
      await tx.query(
        `UPDATE alert_subscriptions SET pending_districts = NULL, pending_language = NULL,
           confirm_hash = NULL, confirm_expires_at = NULL
         WHERE confirmed_at IS NOT NULL AND confirm_expires_at <= $1`,
        [at],
      );
      const mails = await tx.query(
        `DELETE FROM outbox WHERE (kind = $1 AND created_at <= $2)
            OR (kind = $3 AND sent_at IS NOT NULL AND sent_at <= $4)`,
        [
          CONFIRM_MAIL_KIND,
          new Date(at.getTime() - ALERT_CONFIRM_HOURS * HOUR_MS),
          ALERT_MAIL_KIND,
          new Date(at.getTime() - ALERT_MAIL_RETENTION_DAYS * DAY_MS),
        ],
      );
      return { subscriptions: expired.rowCount ?? 0, mails: mails.rowCount ?? 0 };
    });
  }

  return { subscribe, checkConfirmation, confirm, unsubscribe, announce, purge };
}

export type Alerts = ReturnType<typeof createAlerts>;
