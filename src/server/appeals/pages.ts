/**
 * The pages the appeals functions answer with when a form arrives without JavaScript. They
 * are the built form page (/{lang}/chief/ask/) with its <main> and <title> replaced, so they
 * carry the site's header, footer, emergency numbers, styles and language switch. Everything
 * a user sent is escaped.
 */
import { type Locale, useTranslations, type UiKey } from '../../i18n/index.ts';
import { formatDay } from '../../lib/format.ts';
import type { AppealErrors } from '../../lib/appeal.ts';
import { renderAppealForm } from '../../views/appeal-form.ts';
import { renderRegistration } from '../../views/appeal-registration.ts';
import {
  type FeedbackNotice,
  renderAnswerFeedback,
  renderFeedbackRefused,
} from '../../views/answer-feedback.ts';
import { areaTarget } from '../../views/appeal-area-fields.ts';
import { splitAreaId } from '../../lib/areas.ts';
import { escapeHtml } from '../../lib/html.ts';
import { routes } from '../../lib/routes.ts';
import { builtPage, createTemplates, servedPage, type TemplateSource } from '../page-template.ts';
import type { AppealView } from './status.ts';

/** The built form pages of `dist` (MPS_DIST_DIR, default dist/). */
export const builtPages = (dist?: string): TemplateSource => builtPage('chief/ask', dist);

/** The form pages of a running site (the dev server of `npm start`). */
export const servedPages = (origin: string): TemplateSource => servedPage('chief/ask', origin);

/** The pages, on templates from `source` (read once per language). */
export function createPages(source: TemplateSource = builtPages()) {
  const { template, page } = createTemplates(source);

  const back = (lang: Locale) =>
    `<p class="mt-6"><a href="${routes.ask(lang)}">${escapeHtml(useTranslations(lang)('appeal.back'))}</a></p>`;

  const yourText = (lang: Locale, text: string) =>
    text
      ? `<h2 class="mt-6 text-xl">${escapeHtml(useTranslations(lang)('appeal.yourText'))}</h2><pre class="mt-2 max-w-2xl border-2 border-line p-4 whitespace-pre-wrap">${escapeHtml(text)}</pre>`
      : '';

  return {
    /** The form again, with what was typed and the errors next to the fields. */
    async invalid(lang: Locale, values: Record<string, string>, errors: AppealErrors) {
      const t = useTranslations(lang);
      const { districts } = await template(lang);
      // The form to an area's inspector comes back as that form, with its area.
      const split = splitAreaId(values['area'] ?? '');
      const target = split && areaTarget(lang, { id: values['area']!, ...split }, districts);
      const form = renderAppealForm({
        lang,
        districts,
        values,
        errors,
        area: target && { target },
      });
      const title = t(target ? 'write.title' : 'appeal.title');
      return page(
        lang,
        title,
        `<h1 class="text-3xl">${escapeHtml(title)}</h1><div class="mt-6" data-appeal>${form}</div>`,
      );
    },

    /** A form whose photos were too large to read: nothing was sent. */
    tooLarge(lang: Locale) {
      const t = useTranslations(lang);
      return page(
        lang,
        t('appeal.tooLarge.title'),
        `<h1 class="text-3xl">${escapeHtml(t('appeal.tooLarge.title'))}</h1><p class="mt-4 max-w-2xl">${escapeHtml(t('appeal.error.photosTotal'))}</p><p class="mt-4 max-w-2xl">${escapeHtml(t('appeal.tooLarge.text'))}</p>`,
      );
    },

    registered(lang: Locale, r: { number: string; accessCode: string; deadline: string }) {
      const t = useTranslations(lang);
      const registration = { ...r, deadline: formatDay(r.deadline, lang) };
      return page(
        lang,
        t('appeal.success.title'),
        renderRegistration(t, registration, routes.appealStatus(lang), 'h1'),
      );
    },

    received(lang: Locale) {
      const t = useTranslations(lang);
      return page(
        lang,
        t('appeal.received.title'),
        `<h1 class="text-3xl">${escapeHtml(t('appeal.received.title'))}</h1>${back(lang)}`,
      );
    },

    unavailable(lang: Locale, text: string) {
      const t = useTranslations(lang);
      return page(
        lang,
        t('appeal.unavailable.title'),
        `<h1 class="text-3xl">${escapeHtml(t('appeal.unavailable.title'))}</h1><p class="mt-4 max-w-2xl">${escapeHtml(t('appeal.unavailable.text'))}</p>${yourText(lang, text)}${back(lang)}`,
      );
    },

    rateLimited(lang: Locale, text: string, minutes: number) {
      const t = useTranslations(lang);
      return page(
        lang,
        t('appeal.rateLimited.title'),
        `<h1 class="text-3xl">${escapeHtml(t('appeal.rateLimited.title'))}</h1><p class="mt-4 max-w-2xl">${escapeHtml(t('appeal.rateLimited.text', { minutes }))}</p>${yourText(lang, text)}${back(lang)}`,
      );
    },

    /**
     * The status of an appeal, or "not found" with the form to try again. With the code the
     * applicant gave, an answer not rated yet has the "Was this answer helpful?" form.
     */
    status(
      lang: Locale,
      view: AppealView | undefined,
      number = '',
      feedback: { code?: string; notice?: FeedbackNotice } = {},
    ) {
      const t = useTranslations(lang);
      const date = (day: string) => formatDay(day, lang);
      const statusLabel = (s: string) => t(`appeal.status.${s}` as UiKey);
      const body = view
        ? `<dl class="mt-4 grid max-w-2xl gap-2">
            <dt class="font-bold">${escapeHtml(t('status.number'))}</dt><dd>${escapeHtml(view.number)}</dd>
            <dt class="font-bold">${escapeHtml(t('status.current'))}</dt><dd class="text-xl" data-status="${view.status}">${escapeHtml(statusLabel(view.status))}</dd>
            <dt class="font-bold">${escapeHtml(t('status.registeredOn'))}</dt><dd>${escapeHtml(date(view.registeredOn))}</dd>
            <dt class="font-bold">${escapeHtml(t('appeal.success.deadline'))}</dt><dd>${escapeHtml(date(view.deadline))}</dd>
          </dl>${
            view.answer
              ? `<h2 class="mt-6 text-xl">${escapeHtml(t('status.answer'))}</h2><div class="mt-2 max-w-2xl whitespace-pre-wrap" lang="${view.answerLanguage}">${escapeHtml(view.answer)}</div>`
              : ''
          }${renderAnswerFeedback(t, lang, { ...view, ...feedback })}<h2 class="mt-6 text-xl">${escapeHtml(t('status.history'))}</h2><ol class="mt-2 list-decimal pl-6">${view.events
            .map(
              (e) =>
                `<li>${escapeHtml(date(e.at.slice(0, 10)))}: ${escapeHtml(statusLabel(e.status))}</li>`,
            )
            .join('')}</ol>`
        : `<p class="mt-4 max-w-2xl border-l-8 border-red-800 p-4 font-bold" role="alert">${escapeHtml(t('status.notFound'))}</p>
           <p class="mt-4"><a href="${routes.appealStatus(lang)}">${escapeHtml(t('status.submit'))}</a>${number ? ` (${escapeHtml(number)})` : ''}</p>`;
      return page(
        lang,
        t('status.title'),
        `<h1 class="text-3xl">${escapeHtml(t('status.title'))}</h1>${body}`,
      );
    },

    /** A rating that was neither Yes nor No: nothing was recorded. */
    feedbackRefused(lang: Locale) {
      const t = useTranslations(lang);
      const main = renderFeedbackRefused(t, routes.appealStatus(lang));
      return page(
        lang,
        t('status.title'),
        `<h1 class="text-3xl">${escapeHtml(t('status.title'))}</h1>${main}`,
      );
    },
  };
}

export type Pages = ReturnType<typeof createPages>;
