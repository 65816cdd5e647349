/**
 * HTTP for the staff desk. Every handler authenticates and checks the role first (401
 * without a valid token, 403 without the role), then answers with an HTML fragment in the
 * desk's language (?lang=kk|ru|en), which the desk page inserts. Only the appeals in the
 * user's scope exist for it (an inspector: those of its areas, staff-roles.ts): any other is
 * not found (404), so the answer does not say that it exists.
 *
 *   GET  /api/staff/appeals[?status&kind&topic&district&area&language&due&list=spam]  the queue
 *   GET  /api/staff/appeals/{number}                                                  one appeal
 *   GET  /api/staff/appeals/{number}/photos/{n}  a photo the applicant sent (JPEG)
 *   POST /api/staff/appeals/{number}/{action}  (take, forward, reassign, extend, answer, reject,
 *                                               publish, restore)
 *   POST /api/staff/spam/{id}/restore           a robot's submission registered after all
 */
import type { Locale } from '../../i18n/locales.ts';
import { APPEAL_NUMBER_PATTERN } from '../../lib/appeal.ts';
import {
  isDeskAction,
  LIMITS,
  type DeskAction,
  type DeskActionType,
} from '../../lib/appeal-lifecycle.ts';
import { renderAppeal } from '../../views/staff/appeal.ts';
import { renderMessage } from '../../views/staff/common.ts';
import { renderQueue } from '../../views/staff/queue.ts';
import { renderSpam } from '../../views/staff/spam.ts';
import { scopeOf } from '../../lib/staff-roles.ts';
import type { Appeals } from '../appeals/service.ts';
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
import { authorize, bearerToken, can, type Operation, type Verifier } from './auth.ts';
import type { Desk } from './desk.ts';
import { parseFilters, QUEUE_FILTERS } from './filters.ts';
import { PublishError } from './publisher.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';

export interface StaffHttp {
  desk: () => Promise<Desk>;
  /** For restoring a robot's submission (it is registered as an appeal). */
  appeals?: () => Promise<Appeals>;
  verifier: Verifier;
  /** Called after an action commits: sends its mail once the response has gone. */
  afterCommit?: (waitUntil?: WaitUntil) => void;
}

/** The largest valid action: publishing (the question and the answer, edited). */
export const ACTION_BODY_LIMIT = bodyLimit(LIMITS.question[1] + LIMITS.answer[1]);

const langOf = (url: URL) => languageOf(url.searchParams.get('lang'));

const fragment = (status: number, body: string, headers: Record<string, string> = {}) =>
  html(status, body, { 'X-Robots-Tag': 'noindex', ...headers });

async function guard(request: Request, verifier: Verifier, operation: Operation, lang: Locale) {
  const auth = await authorize(request, verifier, operation);
  if (auth.ok) return auth;
  return {
    ...auth,
    response:
      auth.status === 401
        ? fragment(401, renderMessage(lang, 'staff.error.signIn', 'unauthenticated'), {
            'WWW-Authenticate': 'Bearer',
          })
        : fragment(403, renderMessage(lang, 'staff.error.forbidden', 'forbidden')),
  };
}

async function withDatabase(lang: Locale, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceUnavailableError) {
      console.error(error);
      return fragment(503, renderMessage(lang, 'staff.error.unavailable', 'unavailable'), {
        'Retry-After': '30',
      });
    }
    if (error instanceof PublishError) {
      console.error(error);
      return fragment(502, renderMessage(lang, 'staff.error.publish', 'publish'));
    }
    throw error;
  }
}

/** GET /api/staff/appeals and /api/staff/appeals/{number}. */
export async function staffRead(
  request: Request,
  number: string | undefined,
  deps: StaffHttp,
): Promise<Response> {
  const url = new URL(request.url);
  const lang = langOf(url);
  if (request.method !== 'GET') return json(405, { error: 'Use GET.' }, { Allow: 'GET' });
  const auth = await guard(request, deps.verifier, 'read', lang);
  if (!auth.ok) return auth.response;
  const scope = scopeOf(auth.user);
  const spam = url.searchParams.get('list') === 'spam';
  // The spam list belongs to no area: an inspector may not read it.
  if (number === undefined && spam && !can(auth.user, 'spam'))
    return fragment(403, renderMessage(lang, 'staff.error.forbidden', 'forbidden'));
  return withDatabase(lang, async () => {
    const desk = await deps.desk();
    if (number !== undefined) {
      const appeal = await desk.appeal(number.toUpperCase(), scope);
      return appeal
        ? fragment(200, renderAppeal(lang, appeal, auth.user))
        : fragment(404, renderMessage(lang, 'staff.error.notFound', 'not-found'));
    }
    if (spam) return fragment(200, renderSpam(lang, await desk.spam()));
    const filters = parseFilters(url.searchParams);
    const filtered = QUEUE_FILTERS.some((name) => filters[name] !== undefined);
    return fragment(200, renderQueue(lang, await desk.queue(filters, scope), filtered));
  });
}

function toAction(type: DeskActionType, fields: Record<string, string>): DeskAction {
  switch (type) {
    case 'take':
      return { type };
    case 'forward':
      return { type, to: fields['to'] ?? '' };
    case 'reassign':
      return { type, area: fields['area'] ?? '' };
    case 'extend':
      return { type, deadline: fields['deadline'] ?? '', reason: fields['reason'] ?? '' };
    case 'answer':
      return { type, text: fields['text'] ?? '' };
    case 'reject':
      return { type, reason: fields['reason'] ?? '', note: fields['note'] ?? '' };
    case 'publish':
      return {
        type,
        question: fields['question'] ?? '',
        answer: fields['answer'] ?? '',
        acknowledge: fields['acknowledge'] === 'yes',
      };
    case 'restore':
      return { type };
  }
}

/** POST /api/staff/appeals/{number}/{action}: a form (URL-encoded). */
export async function staffAction(
  request: Request,
  number: string | undefined,
  action: string | undefined,
  deps: StaffHttp,
  waitUntil?: WaitUntil,
): Promise<Response> {
  const lang = langOf(new URL(request.url));
  if (!isDeskAction(action) || !number) return json(404, { error: 'No such action.' });
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
  const operation: Operation = action;
  const auth = await guard(request, deps.verifier, operation, lang);
  if (!auth.ok) return auth.response;
  if (mediaType(request) !== 'application/x-www-form-urlencoded')
    return json(415, { error: 'Send the form (application/x-www-form-urlencoded).' });
  const text = await readBody(request, ACTION_BODY_LIMIT);
  if (text === undefined) return json(413, { error: 'The body is too large.' });
  const fields = formFields(text);
  const upper = number.toUpperCase();
  if (!APPEAL_NUMBER_PATTERN.test(upper))
    return fragment(404, renderMessage(lang, 'staff.error.notFound', 'not-found'));

  return withDatabase(lang, async () => {
    const desk = await deps.desk();
    const bearer = bearerToken(request);
    const result = await desk.act(
      auth.user,
      upper,
      toAction(action, fields),
      bearer ? { bearer } : {},
    );
    if (!result.ok && result.kind === 'not-found')
      return fragment(404, renderMessage(lang, 'staff.error.notFound', 'not-found'));
    if (result.ok) deps.afterCommit?.(waitUntil);
    const appeal = await desk.appeal(upper, scopeOf(auth.user));
    if (!appeal) return fragment(404, renderMessage(lang, 'staff.error.notFound', 'not-found'));
    if (result.ok) return fragment(200, renderAppeal(lang, appeal, auth.user, undefined, action));
    return fragment(
      422,
      renderAppeal(lang, appeal, auth.user, {
        action,
        values: fields,
        errors: result.errors,
        ...(result.findings ? { findings: result.findings } : {}),
      }),
    );
  });
}

/** POST /api/staff/spam/{id}/restore: a robot's submission that a person sent after all. */
export async function restoreSpam(
  request: Request,
  id: string | undefined,
  deps: StaffHttp,
  waitUntil?: WaitUntil,
): Promise<Response> {
  const lang = langOf(new URL(request.url));
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
  const auth = await guard(request, deps.verifier, 'restore', lang);
  if (!auth.ok) return auth.response;
  if (!deps.appeals) return json(404, { error: 'No such action.' });
  const appeals = deps.appeals;
  return withDatabase(lang, async () => {
    const result = await (await appeals()).restoreSpam(id ?? '', auth.user);
    if (result.kind === 'restored') deps.afterCommit?.(waitUntil);
    const spam = await (await deps.desk()).spam();
    const notice =
      result.kind === 'restored'
        ? { key: 'staff.spam.restored' as const, number: result.number }
        : result.kind === 'invalid'
          ? { key: 'staff.spam.invalid' as const }
          : { key: 'staff.error.notFound' as const };
    return fragment(
      result.kind === 'restored' ? 200 : result.kind === 'invalid' ? 422 : 404,
      renderSpam(lang, spam, notice),
    );
  });
}

/** The photos' positions: 1 to 3 (migration 4). */
const PHOTO_POSITION = /^[1-3]$/;

/**
 * GET /api/staff/appeals/{number}/photos/{n}: a photo the applicant sent, as the server
 * re-encoded it (JPEG), to a user who may read the appeal; never cached, never sniffed.
 */
export async function staffPhoto(
  request: Request,
  number: string | undefined,
  position: string | undefined,
  deps: StaffHttp,
): Promise<Response> {
  const lang = langOf(new URL(request.url));
  if (request.method !== 'GET') return json(405, { error: 'Use GET.' }, { Allow: 'GET' });
  const auth = await guard(request, deps.verifier, 'read', lang);
  if (!auth.ok) return auth.response;
  const upper = (number ?? '').toUpperCase();
  const notFound = () => json(404, { error: 'No such photo.' }, { 'X-Robots-Tag': 'noindex' });
  if (!APPEAL_NUMBER_PATTERN.test(upper) || !PHOTO_POSITION.test(position ?? '')) return notFound();
  return withDatabase(lang, async () => {
    const desk = await deps.desk();
    const photo = await desk.photo(upper, Number(position), scopeOf(auth.user));
    if (!photo) return notFound();
    return new Response(photo.bytes, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': photo.contentType,
        'Content-Length': String(photo.bytes.byteLength),
        'Content-Disposition': 'inline',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Robots-Tag': 'noindex',
      },
    });
  });
}
