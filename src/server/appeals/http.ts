/**
 * HTTP for the appeals: what the functions in functions/ do with a Request. A form sent
 * without JavaScript (URL-encoded) gets a page; the script (JSON) gets JSON. Bad requests get
 * 405/413/415/400/422, a key reused for another appeal 409, a client over its limit 429, a
 * database outage or a missing setting 503 — with Retry-After — and never a 5xx for what a
 * user typed.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { APPEAL_NAME_MAX, APPEAL_TEXT_MAX, type AppealErrors } from '../../lib/appeal.ts';
import { EMAIL_MAX } from '../../lib/text.ts';
import { ServiceUnavailableError } from '../errors.ts';
import {
  bodyLimit,
  formFields,
  html,
  json,
  languageOf,
  mediaType,
  multipartData,
  readBody,
  RETRY_AFTER_OUTAGE,
  readBytes,
  type WaitUntil,
} from '../http.ts';
import type { Pages } from './pages.ts';
import { PHOTO_REQUEST_LIMIT } from '../../lib/photo-limits.ts';
import type { Appeals } from './service.ts';

export interface AppealsHttp {
  /** The service; resolving it may connect to and migrate the database. */
  appeals: () => Promise<Appeals>;
  pages: Pages;
  /** Called after a registration commits: sends its mail once the response has gone. */
  afterCommit?: (waitUntil?: WaitUntil) => void;
}

/** The appeal form's largest valid body: the text, the name, an e-mail and the small fields. */
export const APPEAL_BODY_LIMIT = bodyLimit(APPEAL_TEXT_MAX + APPEAL_NAME_MAX + EMAIL_MAX + 200);
/** The status form: a number and a code. */
export const STATUS_BODY_LIMIT = bodyLimit(100);

type Mode = 'form' | 'json';

/** What a request sent: how to answer, the fields, and the photos (only a multipart form has any). */
interface Sent {
  mode: Mode;
  body: unknown;
  fields: Record<string, string>;
  files: File[];
}

/**
 * How the body is sent and answered: a URL-encoded form (no JavaScript) gets a page, JSON gets
 * JSON, and a multipart form (the inspector's form, which may carry photos) gets JSON when the
 * script asks for it with `Accept: application/json`, else a page.
 */
function modeOf(request: Request): Mode | 'multipart' | undefined {
  const type = mediaType(request);
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  if (type === 'multipart/form-data') return 'multipart';
  return undefined;
}

const wantsJson = (request: Request) =>
  (request.headers.get('accept') ?? '').includes('application/json');

/** A multipart form's text fields (the first value of a repeated name). */
const textFields = (data: FormData) => {
  const fields: Record<string, string> = {};
  for (const [name, value] of data)
    if (typeof value === 'string' && !(name in fields)) fields[name] = value;
  return fields;
};

/** Reads the body; a Response when it cannot be read (too large, not what it says it is). */
async function read(
  request: Request,
  kind: Mode | 'multipart',
  pages: Pages,
): Promise<Sent | Response> {
  if (kind === 'multipart') {
    const mode = wantsJson(request) ? 'json' : 'form';
    const lang = languageOf(new URL(request.url).searchParams.get('lang'));
    const bytes = await readBytes(request, PHOTO_REQUEST_LIMIT);
    if (bytes === undefined)
      return mode === 'json'
        ? json(413, { errors: { photos: 'appeal.error.photosTotal' } })
        : html(413, await pages.tooLarge(lang));
    const data = await multipartData(request, bytes);
    if (!data)
      return mode === 'json'
        ? json(400, { errors: { form: 'appeal.error.form' } })
        : html(400, await pages.invalid(lang, {}, { form: 'appeal.error.form' }));
    const fields = textFields(data);
    const files = data.getAll('photos').filter((v): v is File => typeof v !== 'string');
    return { mode, body: fields, fields, files };
  }
  const text = await readBody(request, APPEAL_BODY_LIMIT);
  if (text === undefined)
    return json(413, { error: `The body is larger than ${APPEAL_BODY_LIMIT} bytes.` });
  if (kind === 'form') {
    const fields = formFields(text);
    return { mode: 'form', body: fields, fields, files: [] };
  }
  try {
    const body = JSON.parse(text) as unknown;
    const fields =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? Object.fromEntries(
            Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
          )
        : {};
    return { mode: 'json', body, fields, files: [] };
  } catch {
    return json(400, { errors: { form: 'appeal.error.form' } });
  }
}

/** `POST /api/appeals`: registers an appeal. */
export async function submitAppeal(
  request: Request,
  client: string,
  deps: AppealsHttp,
  waitUntil?: WaitUntil,
): Promise<Response> {
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
  const kind = modeOf(request);
  if (!kind)
    return json(415, {
      error:
        'Send application/x-www-form-urlencoded or multipart/form-data (a form) or application/json.',
    });
  const sent = await read(request, kind, deps.pages);
  if (sent instanceof Response) return sent;
  const { mode, body, fields } = sent;
  const lang = languageOf(fields['lang']);
  const typed = fields['text'] ?? '';
  const idempotencyKey =
    request.headers.get('idempotency-key') ??
    (typeof fields['idempotencyKey'] === 'string' ? fields['idempotencyKey'] : undefined);
  const invalid = async (errors: AppealErrors, status = 422) =>
    mode === 'json'
      ? json(status, { errors })
      : html(status, await deps.pages.invalid(lang, fields, errors));

  try {
    const appeals = await deps.appeals();
    const result = await appeals.submit(body, {
      client,
      pageLanguage: lang,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      ...(sent.files.length ? { photos: sent.files } : {}),
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
        return invalid(result.errors);
      case 'conflict':
        return invalid({ form: 'appeal.error.replayConflict' }, 409);
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
    // The status page asks whether an answer helped, with the code just proven (never in a URL).
    if (mode === 'form')
      return html(view ? 200 : 404, await deps.pages.status(lang, view, number, { code }));
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
