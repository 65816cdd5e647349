/**
 * Secrets of the appeals: the one-time access code (stored only as a salted scrypt hash) and
 * the salted hash that stands for a client's address in the rate limit.
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

export async function hashAccessCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(code, salt, 32);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyAccessCode(code: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(code, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
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
