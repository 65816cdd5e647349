/**
 * Secrets of the appeals: the one-time access code, stored only as an HMAC-SHA-256 under the
 * server's key, and the keyed hashes that stand for a client's address in the rate limit and
 * for an idempotency key.
 *
 * An access code is 60 random bits, not a password: nobody can guess it online (the lookups are
 * rate limited), and without the key a stolen table cannot be searched offline either, so a
 * slow password hash buys nothing and costs ~10 ms of CPU per registration and lookup. Codes
 * stored before (scrypt with a salt, `scrypt$…`) are still verified, and replaced by their HMAC
 * the first time they are (docs/appeals.md, "Secrets").
 */
import {
  createHash,
  createHmac,
  randomBytes,
  randomInt,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { promisify } from 'node:util';
import { ACCESS_CODE_ALPHABET } from '../../lib/appeal.ts';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
) => Promise<Buffer>;

/** 12 characters from a 32-letter alphabet (60 bits), as XXXX-XXXX-XXXX. */
export function generateAccessCode(): string {
  const chars = Array.from({ length: 12 }, () => ACCESS_CODE_ALPHABET[randomInt(32)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

const hmac = (code: string, key: string) =>
  createHmac('sha256', key).update(`access-code\0${code}`).digest();

/** The stored form of a code: `hmac$<base64url>`. */
export const hashAccessCode = (code: string, key: string): string =>
  `hmac$${hmac(code, key).toString('base64url')}`;

/** What checking a code against its stored form found. */
export type CodeCheck = 'ok' | 'ok-old-scheme' | 'wrong';

export async function verifyAccessCode(
  code: string,
  stored: string,
  key: string,
): Promise<CodeCheck> {
  const [scheme, first, second] = stored.split('$');
  if (scheme === 'hmac' && first) {
    const expected = Buffer.from(first, 'base64url');
    const actual = hmac(code, key);
    return expected.length === actual.length && timingSafeEqual(actual, expected) ? 'ok' : 'wrong';
  }
  // Codes stored before the HMAC (migration-free: replaced when next verified).
  if (scheme === 'scrypt' && first && second) {
    const expected = Buffer.from(second, 'base64');
    const actual = await scryptAsync(code, Buffer.from(first, 'base64'), expected.length);
    return timingSafeEqual(actual, expected) ? 'ok-old-scheme' : 'wrong';
  }
  return 'wrong';
}

/** A code in the old scheme, as stored before the HMAC (kept to test that it still works). */
export async function scryptAccessCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(code, salt, 32);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Stands for a client's address; the address itself is never stored. */
export const clientHash = (address: string, salt: string) =>
  createHash('sha256').update(`${salt}\0${address}`).digest('base64url');

/** Stands for an idempotency key: keyed with the salt, so a stolen table gives no keys. */
export const keyHash = (key: string, salt: string) =>
  createHmac('sha256', salt).update(key).digest('base64url');

/** Stands for what a submission registered: the parsed appeal, field by field. */
export const bodyHash = (fields: Record<string, unknown>) =>
  createHash('sha256')
    .update(
      JSON.stringify(
        Object.keys(fields)
          .sort()
          .map((name) => [name, fields[name] ?? null]),
      ),
    )
    .digest('base64url');
