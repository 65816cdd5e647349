/**
 * HTTP for the district alerts (docs/alerts.md): what the functions in functions/alerts-*.ts
 * do with a Request. Every answer is a full page in the language of the form or link, and
 * works without JavaScript. Bad requests get 405/413/415/422, a client or address over its
 * limit 429, a database outage or a missing setting 503 — with Retry-After — and never a 5xx
 * for what a user sent.
 *
 * Links in mail are opened by mail scanners too, so a GET never changes anything: the
 * confirmation and leaving links show a page whose button posts. Leaving also takes RFC 8058's
 * one-click POST (`List-Unsubscribe=One-Click` to the link itself) and answers 200.
 */
import type { Locale } from '../../i18n/locales.ts';
import { HONEYPOT_FIELD } from '../../lib/appeal-fields.ts';
import { EMAIL_MAX } from '../../lib/text.ts';
import { ServiceUnavailableError } from '../errors.ts';
import {
  bodyLimit,
  html,
  json,
  languageOf,
  mediaType,
  multipartData,
  readBody,
  RETRY_AFTER_OUTAGE,
  type WaitUntil,
} from '../http.ts';
import type { AlertsPages } from './pages.ts';
import type { Alerts } from './service.ts';

export interface AlertsHttp {
  /** The service; resolving it may connect to and migrate the database. */
  alerts: () => Promise<Alerts>;
  pages: AlertsPages;
  /** Called after a subscription commits: sends its confirmation once the response has gone. */
  afterCommit?: (waitUntil?: WaitUntil) => void;
}

/** The largest form: an address, every district's id, the language and the hidden field. */
export const SUBSCRIBE_BODY_LIMIT = bodyLimit(EMAIL_MAX + 600);
/** A token and a language (or RFC 8058's `List-Unsubscribe=One-Click`). */
export const TOKEN_BODY_LIMIT = 4096;

const FORM = 'application/x-www-form-urlencoded';

/** The form's fields, or a Response when the body is not a form or is too large. */
async function readForm(
  request: Request,
  limit: number,
  lang: Locale,
  pages: AlertsPages,
): Promise<URLSearchParams | Response> {
  const type = mediaType(request);
  if (type !== FORM && type !== 'multipart/form-data')
    return html(415, await pages.badRequest(lang));
  const text = await readBody(request, limit);
  if (text === undefined) return html(413, await pages.badRequest(lang));
  if (type === FORM) return new URLSearchParams(text);
  // Multipart (RFC 8058 allows it for the one-click POST): text fields only.
  const data = await multipartData(request, text);
  if (!data) return html(400, await pages.badRequest(lang));
  const params = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === 'string') params.append(name, value);
  return params;
}

/** Answers an outage with 503 and Retry-After; rethrows anything else. */
async function outage(error: unknown, lang: Locale, pages: AlertsPages): Promise<Response> {
  if (!(error instanceof ServiceUnavailableError)) throw error;
  console.error(error);
  return html(503, await pages.unavailable(lang), { 'Retry-After': String(RETRY_AFTER_OUTAGE) });
}

const methodNotAllowed = (allow: string) => json(405, { error: `Use ${allow}.` }, { Allow: allow });

/** `POST /api/alerts/subscribe`: asks for alerts; the confirmation link goes by mail. */
export async function subscribeAlerts(
  request: Request,
  client: string,
  deps: AlertsHttp,
  waitUntil?: WaitUntil,
): Promise<Response> {
  if (request.method !== 'POST') return methodNotAllowed('POST');
  const query = new URL(request.url).searchParams;
  const form = await readForm(
    request,
    SUBSCRIBE_BODY_LIMIT,
    languageOf(query.get('lang')),
    deps.pages,
  );
  if (form instanceof Response) return form;
  const lang = languageOf(form.get('lang') ?? query.get('lang'));
  const email = form.get('email') ?? '';
  const districts = form.getAll('districts');
  // A robot filled the hidden field: the same answer as anyone gets, and nothing written.
  if (form.get(HONEYPOT_FIELD)) return html(200, await deps.pages.sent(lang));
  try {
    const known = await deps.pages.districts(lang);
    const result = await (await deps.alerts()).subscribe({ email, districts, lang, client, known });
    switch (result.kind) {
      case 'sent':
        deps.afterCommit?.(waitUntil);
        return html(200, await deps.pages.sent(lang));
      case 'invalid':
        return html(422, await deps.pages.invalid(lang, { email, districts }, result.errors));
      case 'rate-limited':
        return html(
          429,
          await deps.pages.rateLimited(lang, Math.ceil(result.retryAfterSeconds / 60)),
          { 'Retry-After': String(result.retryAfterSeconds) },
        );
    }
  } catch (error) {
    return outage(error, lang, deps.pages);
  }
}

/**
 * `GET /api/alerts/confirm?token=…&lang=…`: the page with the button (nothing changes);
 * `POST` from that page: the subscription is confirmed. An expired link answers 410, a used
 * or unknown one 404, both with a page that says to subscribe again.
 */
export async function confirmAlerts(request: Request, deps: AlertsHttp): Promise<Response> {
  const query = new URL(request.url).searchParams;
  let lang = languageOf(query.get('lang'));
  let token = query.get('token') ?? '';
  try {
    const alerts = await deps.alerts();
    if (request.method === 'GET') {
      const state = await alerts.checkConfirmation(token);
      if (state.kind === 'valid') return html(200, await deps.pages.confirmPage(lang, token));
      return html(state.kind === 'expired' ? 410 : 404, await deps.pages.expired(lang));
    }
    if (request.method !== 'POST') return methodNotAllowed('GET, POST');
    const form = await readForm(request, TOKEN_BODY_LIMIT, lang, deps.pages);
    if (form instanceof Response) return form;
    lang = languageOf(form.get('lang') ?? query.get('lang'));
    token = form.get('token') ?? token;
    const result = await alerts.confirm(token);
    if (result.kind !== 'confirmed')
      return html(result.kind === 'expired' ? 410 : 404, await deps.pages.expired(lang));
    const known = await deps.pages.districts(lang).catch(() => []);
    const names = result.districts.map((id) => known.find((d) => d.id === id)?.name ?? id);
    return html(200, await deps.pages.confirmed(lang, names));
  } catch (error) {
    return outage(error, lang, deps.pages);
  }
}

/**
 * `GET /api/alerts/unsubscribe?token=…&lang=…`: the page with the button (nothing changes);
 * `POST` to the same address — the page's button, or a mail program's one-click POST
 * (RFC 8058) — ends the subscription at once and answers 200, as often as it is sent.
 */
export async function unsubscribeAlerts(request: Request, deps: AlertsHttp): Promise<Response> {
  const query = new URL(request.url).searchParams;
  let lang = languageOf(query.get('lang'));
  let token = query.get('token') ?? '';
  if (request.method === 'GET') return html(200, await deps.pages.unsubscribePage(lang, token));
  if (request.method !== 'POST') return methodNotAllowed('GET, POST');
  const form = await readForm(request, TOKEN_BODY_LIMIT, lang, deps.pages);
  if (form instanceof Response) return form;
  lang = languageOf(form.get('lang') ?? query.get('lang'));
  token = form.get('token') ?? token;
  try {
    const result = await (await deps.alerts()).unsubscribe(token);
    return result.invalid
      ? html(400, await deps.pages.brokenLink(lang))
      : html(200, await deps.pages.unsubscribed(lang));
  } catch (error) {
    return outage(error, lang, deps.pages);
  }
}
