/**
 * What is kept only for a while (docs/appeals.md, "Retention"): submissions stopped as
 * automatic are deleted after 30 days (long enough for staff to restore a false positive),
 * idempotency keys after 24 hours. Run daily by the scheduled function functions/retention.ts.
 * (Rate-limit counters of past hours go as a new hour is counted: rate-limits.ts.)
 */
import type { Db } from '../db/index.ts';
import { KEY_LIFETIME_MS } from './service.ts';

export const SPAM_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Purged {
  spam: number;
  keys: number;
}

export async function purgeExpired(db: Db, at = new Date()): Promise<Purged> {
  const spam = await db.query('DELETE FROM spam_submissions WHERE received_at < $1', [
    new Date(at.getTime() - SPAM_RETENTION_DAYS * DAY_MS),
  ]);
  const keys = await db.query('DELETE FROM submission_keys WHERE created_at <= $1', [
    new Date(at.getTime() - KEY_LIFETIME_MS),
  ]);
  return {
    spam: spam.rowCount ?? 0,
    keys: keys.rowCount ?? 0,
  };
}
