/**
 * HTTP for the appeals: what the functions in functions/ do with a Request. A form sent
 * without JavaScript (URL-encoded) gets a page; the script (JSON) gets JSON. Bad requests get
 * 405/413/415/400/422, a key reused for another appeal 409, a client over its limit 429, a
 * database outage or a missing setting 503 — with Retry-After — and never a 5xx for what a
 * user typed.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { APPEAL_NAME_MAX, APPEAL_TEXT_MAX } from '../../lib/appeal.ts';
import { ServiceUnavailableError } from '../errors.ts';
import {
  bodyLimit,
  formFields,
  html,
  json,
  languageOf,
  mediaType,
  readBody,
  type WaitUntil,
} from '../http.ts';
import type { Pages } from './pages.ts';
import type { Appeals } from './service.ts';

const RETRY_AFTER_OUTAGE = 60;

export interface AppealsHttp {
  /** The service; resolving it may connect to and migrate the database. */
  appeals: () => Promise<Appeals>;
  pages: Pages;
  /** Called after a registration commits: sends its mail once the response has gone. */
  afterCommit?: (waitUntil?: WaitUntil) => void;
}

/** The appeal form's largest valid body: the text, the name, an e-mail and the small fields. */
export const APPEAL_BODY_LIMIT = bodyLimit(APPEAL_TEXT_MAX + APPEAL_NAME_MAX + 254 + 200);
/** The status form: a number and a code. */
export const STATUS_BODY_LIMIT = bodyLimit(100);

type Mode = 'form' | 'json';

function modeOf(request: Request): Mode | undefined {
  const type = mediaType(request);
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  return undefined;
}

/** `POST /api/appeals`: registers an appeal. */
export async function submitAppeal(
  request: Request,
  client: string,
  deps: AppealsHttp,
  waitUntil?: WaitUntil,
): Promise<Response> {
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
  const mode = modeOf(request);
  if (!mode)
    return json(415, {
      error: 'Send application/x-www-form-urlencoded (a form) or application/json.',
    });
  const text = await readBody(request, APPEAL_BODY_LIMIT);
  if (text === undefined)
    return json(413, { error: `The body is larger than ${APPEAL_BODY_LIMIT} bytes.` });

  let body: unknown;
  if (mode === 'form') body = formFields(text);
  else {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      return json(400, { errors: { form: 'appeal.error.form' } });
    }
  }
  const fields =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const lang = languageOf(fields['lang']);
  const typed = typeof fields['text'] === 'string' ? fields['text'] : '';
  const idempotencyKey =
    request.headers.get('idempotency-key') ??
    (typeof fields['idempotencyKey'] === 'string' ? fields['idempotencyKey'] : undefined);

  try {
    const appeals = await deps.appeals();
    const result = await appeals.submit(body, {
      client,
      pageLanguage: lang,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    switch (result.kind) {
      case 'registered': {
        const { number, accessCode, registeredOn, deadline, replay } = result;
        if (!replay) deps.afterCommit?.(waitUntil);
        return mode === 'json'
          ? json(replay ? 200 : 201, { number, accessCode, registeredOn, deadline, replay })
          : html(201, await deps.pages.registered(lang, result));
      }
      case 'invalid':
        return mode === 'json'
          ? json(422, { errors: result.errors })
          : html(422, await deps.pages.invalid(lang, formFields(text), result.errors));
      case 'conflict':
        return mode === 'json'
          ? json(409, { errors: { form: 'appeal.error.replayConflict' } })
          : html(
              409,
              await deps.pages.invalid(lang, formFields(text), {
                form: 'appeal.error.replayConflict',
              }),
            );
      case 'spam':
        return mode === 'json'
          ? json(202, { received: true })
          : html(202, await deps.pages.received(lang));
      case 'rate-limited': {
        const headers = { 'Retry-After': String(result.retryAfterSeconds) };
        return mode === 'json'
          ? json(
              429,
              { error: 'Too many appeals from this client.', retryAfter: result.retryAfterSeconds },
              headers,
            )
          : html(
              429,
              await deps.pages.rateLimited(lang, typed, Math.ceil(result.retryAfterSeconds / 60)),
              headers,
            );
      }
    }
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    console.error(error);
    const headers = { 'Retry-After': String(RETRY_AFTER_OUTAGE) };
    return mode === 'json'
      ? json(503, { error: 'The appeal could not be saved; try again shortly.' }, headers)
      : html(503, await deps.pages.unavailable(lang, typed), headers);
  }
}

/**
 * `GET /api/appeals/{number}` with the code in `X-Access-Code` (JSON), or
 * `POST /api/appeals/status` with the form of the status page (a page).
 */
export async function appealStatus(
  request: Request,
  number: string | undefined,
  client: string,
  deps: AppealsHttp,
): Promise<Response> {
  let code: string;
  let lang: Locale = DEFAULT_LOCALE;
  let mode: Mode = 'json';
  if (request.method === 'GET' && number) {
    code = request.headers.get('x-access-code') ?? '';
  } else if (request.method === 'POST' && !number) {
    if (modeOf(request) !== 'form') return json(415, { error: 'Send the status form.' });
    const text = await readBody(request, STATUS_BODY_LIMIT);
    if (text === undefined) return json(413, { error: 'The body is too large.' });
    const fields = formFields(text);
    number = (fields['number'] ?? '').trim().toUpperCase();
    code = fields['code'] ?? '';
    lang = languageOf(fields['lang']);
    mode = 'form';
  } else
    return json(
      405,
      { error: 'Use GET with a number, or POST the status form.' },
      { Allow: 'GET, POST' },
    );

  try {
    const result = await (await deps.appeals()).status(number, code, client);
    if (result.kind === 'rate-limited') {
      const headers = { 'Retry-After': String(result.retryAfterSeconds) };
      return mode === 'form'
        ? html(
            429,
            await deps.pages.rateLimited(lang, '', Math.ceil(result.retryAfterSeconds / 60)),
            headers,
          )
        : json(429, { error: 'Too many lookups from this client.' }, headers);
    }
    const view = result.kind === 'found' ? result.view : undefined;
    if (mode === 'form') return html(view ? 200 : 404, await deps.pages.status(lang, view, number));
    return view ? json(200, view) : json(404, { error: 'No appeal with this number and code.' });
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    console.error(error);
    const headers = { 'Retry-After': String(RETRY_AFTER_OUTAGE) };
    return mode === 'form'
      ? html(503, await deps.pages.unavailable(lang, ''), headers)
      : json(503, { error: 'Try again shortly.' }, headers);
  }
}
