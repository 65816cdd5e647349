/**
 * The pages the alerts' functions answer with: the built subscription page (/{lang}/alerts/)
 * with its <main> and <title> replaced, so they carry the site's header, footer, styles and
 * language switch. The built page also names the districts the form offers (data-districts),
 * which is what a request is checked against. Everything a user sent is escaped.
 */
import { type Locale, useTranslations, type UiKey } from '../../i18n/index.ts';
import { ALERT_CONFIRM_HOURS, type AlertFormErrors } from '../../lib/alerts.ts';
import { escapeHtml } from '../../lib/html.ts';
import { api, routes } from '../../lib/routes.ts';
import { renderAlertsForm, renderAlertsPrivacy } from '../../views/alerts-form.ts';
import { button } from '../../views/html.ts';
import { ServiceUnavailableError } from '../errors.ts';
import { builtPage, createTemplates, servedPage, type TemplateSource } from '../page-template.ts';

/** The built page is missing or has changed shape: the form cannot be checked (503). */
export class AlertsPageError extends ServiceUnavailableError {
  override name = 'AlertsPageError';
}

/** The built subscription pages of `dist` (MPS_DIST_DIR, default dist/). */
export const builtAlertsPages = (dist?: string): TemplateSource => builtPage('alerts', dist);

/** The subscription pages of a running site (the dev server of `npm start`). */
export const servedAlertsPages = (origin: string): TemplateSource => servedPage('alerts', origin);

export function createAlertsPages(source: TemplateSource = builtAlertsPages()) {
  const { template: read, page } = createTemplates(source);
  /** The page, or a 503: without it the form's districts cannot be checked. */
  const template = (lang: Locale) =>
    read(lang).catch((error: unknown) => {
      throw new AlertsPageError(`The subscription page (${lang}) could not be read.`, {
        cause: error,
      });
    });

  /** A page of a heading, paragraphs and, at the end, more markup. */
  const message = (lang: Locale, title: UiKey, texts: string[], more = '') =>
    page(
      lang,
      useTranslations(lang)(title),
      `<h1 class="text-3xl">${escapeHtml(useTranslations(lang)(title))}</h1>${texts
        .map((text) => `<p class="mt-4 max-w-2xl">${escapeHtml(text)}</p>`)
        .join('')}${more}`,
    );

  const back = (lang: Locale) =>
    `<p class="mt-6"><a href="${routes.alerts(lang)}">${escapeHtml(useTranslations(lang)('alerts.back'))}</a></p>`;

  /** A form of one button that posts the link's token. */
  const tokenForm = (action: string, lang: Locale, token: string, label: string) =>
    `<form method="post" action="${escapeHtml(action)}" class="mt-6">
      <input type="hidden" name="token" value="${escapeHtml(token)}" />
      <input type="hidden" name="lang" value="${lang}" />
      ${button(label, { class: 'px-6 text-lg' })}
    </form>`;

  return {
    /** The districts the form offers in `lang`; throws AlertsPageError without the page. */
    districts: async (lang: Locale) => (await template(lang)).districts,

    /** The form again, with what was typed and the errors next to the fields. */
    async invalid(
      lang: Locale,
      values: { email?: string | undefined; districts: readonly string[] },
      errors: AlertFormErrors,
    ) {
      const t = useTranslations(lang);
      const districts = await template(lang).then(
        (loaded) => loaded.districts,
        () => [],
      );
      return page(
        lang,
        t('alerts.title'),
        `<h1 class="text-3xl">${escapeHtml(t('alerts.title'))}</h1><div class="mt-6">${renderAlertsForm({ lang, districts, values, errors })}</div>${renderAlertsPrivacy(lang)}`,
      );
    },

    /** The same answer for any address: a new, a pending or a confirmed one. */
    sent: (lang: Locale) => {
      const t = useTranslations(lang);
      return message(lang, 'alerts.sent.title', [
        t('alerts.sent.text', { hours: ALERT_CONFIRM_HOURS }),
        t('alerts.sent.spam'),
      ]);
    },

    confirmPage: (lang: Locale, token: string) =>
      message(
        lang,
        'alerts.confirm.title',
        [useTranslations(lang)('alerts.confirm.text')],
        tokenForm(api.alertsConfirm, lang, token, useTranslations(lang)('alerts.confirm.button')),
      ),

    confirmed(lang: Locale, names: string[]) {
      const t = useTranslations(lang);
      return message(lang, 'alerts.confirmed.title', [
        t('alerts.confirmed.text', { districts: names.join(', ') }),
        t('alerts.confirmed.leave'),
      ]);
    },

    /** An expired, used or unknown confirmation link. */
    expired: (lang: Locale) =>
      message(
        lang,
        'alerts.expired.title',
        [useTranslations(lang)('alerts.expired.text', { hours: ALERT_CONFIRM_HOURS })],
        back(lang),
      ),

    unsubscribePage: (lang: Locale, token: string) =>
      message(
        lang,
        'alerts.unsubscribe.title',
        [useTranslations(lang)('alerts.unsubscribe.text')],
        tokenForm(
          api.alertsUnsubscribe,
          lang,
          token,
          useTranslations(lang)('alerts.unsubscribe.button'),
        ),
      ),

    /** A leaving link that is not whole (cut short by a mail program, mistyped). */
    brokenLink: (lang: Locale) =>
      message(
        lang,
        'alerts.brokenLink.title',
        [useTranslations(lang)('alerts.brokenLink.text')],
        back(lang),
      ),

    /** The same answer whether the link ended a subscription now or before. */
    unsubscribed: (lang: Locale) =>
      message(
        lang,
        'alerts.unsubscribed.title',
        [useTranslations(lang)('alerts.unsubscribed.text')],
        back(lang),
      ),

    rateLimited: (lang: Locale, minutes: number) =>
      message(
        lang,
        'alerts.rateLimited.title',
        [useTranslations(lang)('alerts.rateLimited.text', { minutes })],
        back(lang),
      ),

    unavailable: (lang: Locale) =>
      message(lang, 'alerts.unavailable.title', [useTranslations(lang)('alerts.unavailable.text')]),

    /** A request the form cannot have sent (too large, not a form). */
    badRequest: (lang: Locale) =>
      message(
        lang,
        'alerts.badRequest.title',
        [useTranslations(lang)('alerts.error.form')],
        back(lang),
      ),
  };
}

export type AlertsPages = ReturnType<typeof createAlertsPages>;
