/**
 * The secrets in the alerts' links (docs/alerts.md, "What is stored"). The database never
 * holds a link's secret:
 *   - a confirmation link carries a random token; the row keeps its HMAC under the server's
 *     salt (APPEALS_HASH_SALT), so a copy of the table confirms nothing;
 *   - a leaving link carries the row's random key and the key's HMAC; the row keeps the key
 *     only. The server can write the link into every mail without storing it, and a copy of
 *     the table, without the salt, unsubscribes nobody.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const mac = (salt: string, purpose: string, value: string) =>
  createHmac('sha256', salt).update(`alerts-${purpose}\0${value}`).digest('base64url');

/** A confirmation link's token: 192 random bits. */
export const newConfirmToken = () => randomBytes(24).toString('base64url');
/** What the row keeps of a confirmation token. */
export const confirmHash = (token: string, salt: string) => mac(salt, 'confirm', token);

/** A subscription's key for its leaving link: 144 random bits. */
export const newUnsubscribeKey = () => randomBytes(18).toString('base64url');
/** The leaving link's token of the subscription with `key`. */
export const unsubscribeToken = (key: string, salt: string) =>
  `${key}.${mac(salt, 'unsubscribe', key)}`;

/** A token as a link carries it: nothing else is looked up. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}(\.[A-Za-z0-9_-]{43})?$/;

/** The key of a genuine leaving token, or undefined for anything else. */
export function unsubscribeKeyOf(token: string, salt: string): string | undefined {
  const match = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const expected = Buffer.from(mac(salt, 'unsubscribe', match[1]!));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? match[1]
    : undefined;
}
