/**
 * Requests per client per hour: registrations, and status lookups with replayed submissions
 * (each costs a hash of the access code). Clients are counted by a salted hash, for the
 * current hour only.
 */
import type { Queryable } from '../db/index.ts';
import { clientHash } from './codes.ts';

export const HOUR_MS = 3_600_000;

/**
 * Counts one request of `bucket` for the client; the seconds to wait when over `limit`.
 * The client is a salted hash of its address and the bucket, kept for the current hour only.
 */
export async function overLimit(
  db: Queryable,
  salt: string,
  address: string,
  bucket: 'register' | 'lookup' | 'alerts',
  limit: number,
  at: Date,
): Promise<number | undefined> {
  const client = clientHash(bucket === 'register' ? address : `${bucket}:${address}`, salt);
  const windowStart = new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO rate_limits (client_hash, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (client_hash, window_start) DO UPDATE SET count = rate_limits.count + 1
     RETURNING count`,
    [client, windowStart],
  );
  const count = rows[0]?.count ?? 0;
  // Past hours go when a client is first counted in a new one: once per client and hour, not
  // on every request of a busy client (each request would pay for the delete).
  if (count === 1) await db.query('DELETE FROM rate_limits WHERE window_start < $1', [windowStart]);
  if (count <= limit) return undefined;
  return Math.max(1, Math.ceil((windowStart.getTime() + HOUR_MS - at.getTime()) / 1000));
}
