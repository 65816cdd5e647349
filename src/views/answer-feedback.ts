/**
 * "Was this answer helpful?" on the status page (src/server/appeals/pages.ts): under an answer
 * not rated yet, a form with Yes and No that works without JavaScript; once rated, what the
 * applicant said and thanks; when asked before the answer, why nothing was recorded. The form
 * carries the number and the access code the applicant has just given, in the body of a POST,
 * never in an address. Every value is escaped.
 */
import type { Locale, Translate } from '../i18n/index.ts';
import type { AppealStatus } from '../lib/appeal.ts';
import { api } from '../lib/routes.ts';
import { attributes, button } from './html.ts';
import { escapeHtml } from '../lib/html.ts';

/** What the feedback function did, shown above the rest. */
export type FeedbackNotice = 'recorded' | 'already-rated' | 'not-answered';

export interface FeedbackState {
  number: string;
  status: AppealStatus;
  helpful: boolean | null;
  /** The access code the applicant gave; without it no form is offered. */
  code?: string | undefined;
  notice?: FeedbackNotice | undefined;
}

const HINT_ID = 'answer-feedback-hint';

const hidden = (name: string, value: string) =>
  `<input${attributes({ type: 'hidden', name, value })} />`;

export function renderAnswerFeedback(t: Translate, lang: Locale, s: FeedbackState): string {
  const text = (key: Parameters<Translate>[0]) => escapeHtml(t(key));
  if (s.notice === 'not-answered')
    return `<p class="mt-6 max-w-2xl border-l-8 border-amber-700 p-4 font-bold" role="alert" data-feedback="not-answered">${text('feedback.notAnswered')}</p>`;
  if (s.status !== 'answered') return '';
  if (s.helpful !== null)
    return `<div class="mt-6 max-w-2xl border-l-8 border-green-800 p-4" role="status" data-feedback="rated" data-helpful="${s.helpful ? 'yes' : 'no'}"><p class="font-bold">${text(s.helpful ? 'feedback.thanks.yes' : 'feedback.thanks.no')}</p>${
      s.notice === 'already-rated' ? `<p class="mt-2">${text('feedback.already')}</p>` : ''
    }</div>`;
  if (!s.code) return '';
  return `<form${attributes({ method: 'post', action: api.answerFeedback, class: 'mt-6 max-w-2xl', 'data-answer-feedback': true })}>
    ${hidden('lang', lang)}${hidden('number', s.number)}${hidden('code', s.code)}
    <fieldset aria-describedby="${HINT_ID}">
      <legend class="text-xl font-bold">${text('feedback.legend')}</legend>
      <p id="${HINT_ID}" class="hint">${text('feedback.hint')}</p>
      <div class="mt-3 flex flex-wrap gap-4">${button(t('feedback.yes'), { name: 'helpful', value: 'yes', class: 'px-8' })}${button(t('feedback.no'), { name: 'helpful', value: 'no', class: 'px-8' })}</div>
    </fieldset>
  </form>`;
}

/** A rating that was neither Yes nor No (a hand-made request): nothing was recorded. */
export function renderFeedbackRefused(t: Translate, statusPage: string): string {
  return `<p class="mt-4 max-w-2xl border-l-8 border-red-800 p-4 font-bold" role="alert">${escapeHtml(t('feedback.error.choice'))}</p>
    <p class="mt-4"><a href="${escapeHtml(statusPage)}">${escapeHtml(t('status.submit'))}</a></p>`;
}
