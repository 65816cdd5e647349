/**
 * The appeal form's markup, as one function: the page /{lang}/chief/ask/ renders it empty at
 * build time, and the function renders it again with what was typed and the errors when a
 * form sent without JavaScript has mistakes. Everything a user sent is escaped.
 */
import { type Locale, LOCALE_NAMES, LOCALES, useTranslations, type UiKey } from '../i18n/index.ts';
import {
  APPEAL_ERROR_KEYS,
  APPEAL_ERROR_VALUES,
  APPEAL_KINDS,
  APPEAL_TEXT_MAX,
  APPEAL_TEXT_MIN,
  APPEAL_TOPICS,
  type AppealErrors,
  type AppealField,
} from './appeal.ts';
import { HONEYPOT_FIELD } from './appeal-fields.ts';
import { escapeHtml } from './html.ts';
import { routes } from './routes.ts';

export interface DistrictOption {
  id: string;
  name: string;
}

export interface AppealFormOptions {
  lang: Locale;
  districts: readonly DistrictOption[];
  /** What was typed (strings as the form sent them). */
  values?: Record<string, string>;
  errors?: AppealErrors;
}

/** UI strings the form's script shows (besides the errors). */
const SCRIPT_MESSAGES = [
  'appeal.sending',
  'appeal.submit',
  'appeal.draftRestored',
  'appeal.networkError',
  'appeal.unavailable.text',
  'appeal.rateLimited.title',
  'appeal.success.title',
  'appeal.success.number',
  'appeal.success.code',
  'appeal.success.codeHint',
  'appeal.success.deadline',
  'appeal.success.check',
  'appeal.received.title',
] as const satisfies readonly UiKey[];
const ERROR_KEYS = [...new Set(Object.values(APPEAL_ERROR_KEYS).flat())];

/** The endpoint the form posts to (a Netlify Function). */
export const APPEALS_ENDPOINT = '/api/appeals';

export function renderAppealForm({ lang, districts, values = {}, errors = {} }: AppealFormOptions) {
  const t = useTranslations(lang);
  const message = (key: UiKey) => t(key, APPEAL_ERROR_VALUES);
  const v = (name: string) => escapeHtml(values[name] ?? '');
  const id = (name: string) => `appeal-${name}`;
  const error = (name: AppealField) =>
    errors[name]
      ? `<p id="${id(name)}-error" class="font-bold text-red-800" data-error-for="${name}">${escapeHtml(message(errors[name]))}</p>`
      : `<p id="${id(name)}-error" class="font-bold text-red-800" data-error-for="${name}" hidden></p>`;
  const describedBy = (name: AppealField, hint = false) =>
    `aria-describedby="${hint ? `${id(name)}-hint ` : ''}${id(name)}-error"${errors[name] ? ' aria-invalid="true"' : ''}`;
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const field = 'mt-6 flex max-w-2xl flex-col gap-1';
  const input = 'min-h-11 border-2 border-ink px-3 text-lg';

  const summary = Object.entries(errors)
    .map(([name, key]) =>
      name === 'form'
        ? `<li>${escapeHtml(message(key))}</li>`
        : `<li><a href="#${id(name)}">${escapeHtml(message(key))}</a></li>`,
    )
    .join('');
  const answerLanguage = values['answerLanguage'] ?? lang;
  // The strings the page's script needs, in the page's language.
  const messages = Object.fromEntries(
    [...SCRIPT_MESSAGES, ...ERROR_KEYS].map((key) => [key, message(key)]),
  );

  return `<form method="post" action="${APPEALS_ENDPOINT}" novalidate data-appeal-form data-messages="${escapeHtml(JSON.stringify(messages))}" data-status-url="${routes.appealStatus(lang)}">
  <div class="border-4 border-red-800 p-4" data-error-summary tabindex="-1" role="alert"${summary ? '' : ' hidden'}>
    <h2 class="text-xl">${escapeHtml(t('appeal.errorSummary'))}</h2>
    <ul class="mt-2 list-disc pl-6">${summary}</ul>
  </div>
  <input type="hidden" name="lang" value="${lang}" />
  <fieldset class="${field}">
    <legend class="font-bold">${escapeHtml(t('appeal.kind.label'))}</legend>
    ${error('kind')}
    ${APPEAL_KINDS.map(
      (k) =>
        `<label class="flex min-h-11 items-center gap-2"><input type="radio" name="kind" value="${k}" class="size-6"${(values['kind'] ?? 'question') === k ? ' checked' : ''} /> ${escapeHtml(t(`appeal.kind.${k}`))}</label>`,
    ).join('')}
  </fieldset>
  <div class="${field}">
    <label for="${id('topic')}" class="font-bold">${escapeHtml(t('appeal.topic.label'))}</label>
    ${error('topic')}
    <select id="${id('topic')}" name="topic" required class="${input}" ${describedBy('topic')}>
      ${option('', t('appeal.choose'), !values['topic'])}
      ${APPEAL_TOPICS.map((k) => option(k, t(`appeal.topic.${k}`), values['topic'] === k)).join('')}
    </select>
  </div>
  <div class="${field}">
    <label for="${id('district')}" class="font-bold">${escapeHtml(t('appeal.district.label'))}</label>
    ${error('district')}
    <select id="${id('district')}" name="district" class="${input}" ${describedBy('district')}>
      ${option('', t('appeal.district.none'), !values['district'])}
      ${districts.map((d) => option(d.id, d.name, values['district'] === d.id)).join('')}
    </select>
  </div>
  <div class="${field}">
    <label for="${id('text')}" class="font-bold">${escapeHtml(t('appeal.text.label'))}</label>
    <p id="${id('text')}-hint" class="text-muted">${escapeHtml(t('appeal.text.hint', { min: APPEAL_TEXT_MIN, max: APPEAL_TEXT_MAX }))}</p>
    ${error('text')}
    <textarea id="${id('text')}" name="text" rows="8" required minlength="${APPEAL_TEXT_MIN}" maxlength="${APPEAL_TEXT_MAX}" class="border-2 border-ink p-3 text-lg" ${describedBy('text', true)}>${v('text')}</textarea>
    <p class="text-muted" data-counter data-template="${escapeHtml(t('appeal.text.counter', { count: '{count}', max: APPEAL_TEXT_MAX }))}" aria-live="polite" hidden></p>
  </div>
  <div class="${field}">
    <label for="${id('name')}" class="font-bold">${escapeHtml(t('appeal.name.label'))}</label>
    ${error('name')}
    <input id="${id('name')}" name="name" type="text" required maxlength="200" autocomplete="name" value="${v('name')}" class="${input}" ${describedBy('name')} />
  </div>
  <p id="appeal-contact-hint" class="mt-6 max-w-2xl">${escapeHtml(t('appeal.contact.hint'))}</p>
  <div class="${field}">
    <label for="${id('email')}" class="font-bold">${escapeHtml(t('appeal.email.label'))}</label>
    ${error('email')}
    <input id="${id('email')}" name="email" type="email" maxlength="254" autocomplete="email" spellcheck="false" value="${v('email')}" class="${input}" ${describedBy('email')} />
  </div>
  <div class="${field}">
    <label for="${id('phone')}" class="font-bold">${escapeHtml(t('appeal.phone.label'))}</label>
    <p id="${id('phone')}-hint" class="text-muted">${escapeHtml(t('appeal.phone.hint'))}</p>
    ${error('phone')}
    <input id="${id('phone')}" name="phone" type="tel" maxlength="30" autocomplete="tel" value="${v('phone')}" class="${input}" ${describedBy('phone', true)} />
  </div>
  <div class="${field}">
    <label for="${id('answerLanguage')}" class="font-bold">${escapeHtml(t('appeal.answerLanguage.label'))}</label>
    ${error('answerLanguage')}
    <select id="${id('answerLanguage')}" name="answerLanguage" class="${input}" ${describedBy('answerLanguage')}>
      ${LOCALES.map((l) => option(l, LOCALE_NAMES[l], answerLanguage === l)).join('')}
    </select>
  </div>
  <div class="${field}">
    ${error('consent')}
    <label class="flex items-start gap-3"><input type="checkbox" name="consent" value="on" required class="mt-1 size-6 shrink-0"${values['consent'] ? ' checked' : ''} ${describedBy('consent')} /> <span>${escapeHtml(t('appeal.consent.label'))} <a href="${routes.aboutPage(lang, 'privacy')}">${escapeHtml(t('appeal.privacy'))}</a></span></label>
  </div>
  <div class="${field}">
    <label class="flex items-start gap-3"><input type="checkbox" name="publish" value="on" class="mt-1 size-6 shrink-0"${values['publish'] ? ' checked' : ''} /> <span>${escapeHtml(t('appeal.publish.label'))}</span></label>
  </div>
  <div class="sr-only" aria-hidden="true">
    <label for="${id(HONEYPOT_FIELD)}">${escapeHtml(t('appeal.honeypot'))}</label>
    <input id="${id(HONEYPOT_FIELD)}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" />
  </div>
  <button type="submit" class="mt-8 min-h-11 bg-navy px-6 text-lg font-bold text-white" data-submit>${escapeHtml(t('appeal.submit'))}</button>
</form>`;
}
