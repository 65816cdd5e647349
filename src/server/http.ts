/**
 * Small helpers for the functions' HTTP: bodies with a size limit, JSON and HTML answers that
 * carry the site's security headers (the same as static pages: security-headers.ts).
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** A language sent by a form or a query; the state language when there is none or no such. */
export const languageOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** The request body's media type, lower case, without parameters. */
export const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The largest body that can carry `characters` characters of valid input: a UTF-16 unit is at
 * most 9 bytes once URL-encoded (a 3-byte UTF-8 character as %XX%XX%XX; Cyrillic takes 6),
 * and 6 as a JSON \u escape; plus room for the field names and the small fields.
 */
export const bodyLimit = (characters: number) => characters * 9 + 4096;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
export const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });

/** Reads the body's bytes up to `limit`; undefined when it is longer. */
export async function readBytes(request: Request, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return undefined;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads the body as text up to `limit` bytes; undefined when it is longer. */
export async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const bytes = await readBytes(request, limit);
  return bytes && new TextDecoder().decode(bytes);
}

/** A multipart body's parts, or undefined when it is not the multipart its type says. */
export async function multipartData(
  request: Request,
  body: Uint8Array | string,
): Promise<FormData | undefined> {
  try {
    return await new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return undefined;
  }
}

/** Seconds a client is asked to wait (Retry-After) when the database or a setting is missing. */
export const RETRY_AFTER_OUTAGE = 60;

/** The form's fields as strings (the first value of a repeated name). */
export function formFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text))
    if (!(name in fields)) fields[name] = value;
  return fields;
}

/** Lets the platform keep a promise running after the response (Netlify's context.waitUntil). */
export type WaitUntil = (promise: Promise<unknown>) => void;
