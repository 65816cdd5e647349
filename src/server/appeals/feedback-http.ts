/**
 * `POST /api/appeals/status/feedback`: the status page's "Was this answer helpful?" form
 * (number, code, helpful=yes|no, lang), sent without JavaScript and answered with a page —
 * the status page again, saying what was recorded. 200 recorded or already recorded (the
 * first rating stands), 409 not answered yet, 404 no appeal with that number and code, 422 a
 * rating other than yes or no, 429 over the lookup limit, 503 with Retry-After in an outage;
 * 405, 415 and 413 for what no form sends.
 */
import { parseHelpful } from '../../lib/answer-feedback.ts';
import { ServiceUnavailableError } from '../errors.ts';
import {
  formFields,
  html,
  json,
  languageOf,
  mediaType,
  readBody,
  RETRY_AFTER_OUTAGE,
} from '../http.ts';
import type { Feedback } from './feedback.ts';
import type { Pages } from './pages.ts';

/** The form: a number, a code, yes or no and a language, with room to spare. */
export const FEEDBACK_BODY_LIMIT = 1024;

export interface FeedbackHttp {
  /** The service; resolving it may connect to and migrate the database. */
  feedback: () => Promise<Feedback>;
  pages: Pages;
}

export async function answerFeedback(
  request: Request,
  client: string,
  deps: FeedbackHttp,
): Promise<Response> {
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
  if (mediaType(request) !== 'application/x-www-form-urlencoded')
    return json(415, { error: 'Send the status page’s form.' });
  const text = await readBody(request, FEEDBACK_BODY_LIMIT);
  if (text === undefined) return json(413, { error: 'The body is too large.' });
  const fields = formFields(text);
  const lang = languageOf(fields['lang']);
  const number = (fields['number'] ?? '').trim().toUpperCase();
  const code = fields['code'] ?? '';
  const helpful = parseHelpful(fields['helpful']);
  if (helpful === undefined) return html(422, await deps.pages.feedbackRefused(lang));

  try {
    const result = await (await deps.feedback()).rate(number, code, helpful, client);
    switch (result.kind) {
      case 'rate-limited':
        return html(
          429,
          await deps.pages.rateLimited(lang, '', Math.ceil(result.retryAfterSeconds / 60)),
          { 'Retry-After': String(result.retryAfterSeconds) },
        );
      case 'not-found':
        return html(404, await deps.pages.status(lang, undefined, number));
      case 'not-answered':
        return html(
          409,
          await deps.pages.status(lang, result.view, number, { notice: result.kind }),
        );
      case 'recorded':
      case 'already-rated':
        return html(
          200,
          await deps.pages.status(lang, result.view, number, { notice: result.kind }),
        );
    }
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error;
    console.error(error);
    return html(503, await deps.pages.unavailable(lang, ''), {
      'Retry-After': String(RETRY_AFTER_OUTAGE),
    });
  }
}
