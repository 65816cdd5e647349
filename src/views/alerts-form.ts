/**
 * The district alerts' subscription form and its privacy note (docs/alerts.md): the page
 * /{lang}/alerts/ renders them empty at build time, and the subscribe function renders them
 * again with what was typed and the errors. A plain form: it works without JavaScript.
 */
import { type Locale, useTranslations, type UiKey } from '../i18n/index.ts';
import { ALERT_CONFIRM_HOURS, type AlertFormErrors } from '../lib/alerts.ts';
import { HONEYPOT_FIELD } from '../lib/appeal-fields.ts';
import { escapeHtml } from '../lib/html.ts';
import { EMAIL_MAX } from '../lib/text.ts';
import { api, routes } from '../lib/routes.ts';
import {
  attributes,
  button,
  checkbox,
  describedBy,
  errorMessage,
  errorSummary,
  field,
  honeypot,
  input,
} from './html.ts';

export interface AlertsFormOptions {
  lang: Locale;
  districts: readonly { id: string; name: string }[];
  /** What was typed. */
  values?: { email?: string | undefined; districts?: readonly string[] | undefined };
  errors?: AlertFormErrors;
}

const id = (name: string) => `alerts-${name}`;

export function renderAlertsForm({
  lang,
  districts,
  values = {},
  errors = {},
}: AlertsFormOptions): string {
  const t = useTranslations(lang);
  const message = (key: UiKey | undefined) =>
    key ? t(key, { hours: ALERT_CONFIRM_HOURS }) : undefined;
  const ticked = new Set(values.districts ?? []);
  const summary = Object.entries(errors).map(([name, key]) => ({
    text: message(key)!,
    href: name === 'form' ? undefined : `#${id(name)}`,
  }));
  const districtsError = message(errors.districts);
  return `<form${attributes({ method: 'post', action: `${api.alertsSubscribe}?lang=${lang}`, novalidate: true })}>
  ${errorSummary(t('appeal.errorSummary'), summary)}
  <input type="hidden" name="lang" value="${lang}" />
  ${field({
    id: id('email'),
    label: t('alerts.email.label'),
    hint: t('alerts.email.hint'),
    error: message(errors.email),
    control: input({
      name: 'email',
      ...describedBy(id('email'), { hint: true, error: message(errors.email) }),
      type: 'email',
      required: true,
      maxlength: EMAIL_MAX,
      autocomplete: 'email',
      spellcheck: 'false',
      value: values.email ?? '',
      class: 'text-lg',
    }),
  })}
  <fieldset${attributes({ class: 'mt-6 flex max-w-2xl flex-col gap-2', 'aria-describedby': districtsError ? `${id('districts')}-error` : undefined })}>
    <legend class="font-bold">${escapeHtml(t('alerts.districts.legend'))}</legend>
    ${errorMessage(id('districts'), districtsError)}
    ${districts
      .map((d, i) =>
        checkbox(
          {
            name: 'districts',
            value: d.id,
            id: i === 0 ? id('districts') : id(`district-${d.id}`),
            checked: ticked.has(d.id),
            'aria-invalid': districtsError ? 'true' : undefined,
          },
          escapeHtml(d.name),
        ),
      )
      .join('')}
  </fieldset>
  ${honeypot(id(HONEYPOT_FIELD), t('appeal.honeypot'))}
  ${button(t('alerts.submit'), { class: 'mt-8 px-6 text-lg' })}
</form>`;
}

/** What is kept, for how long, and how to leave: next to the form, before anything is sent. */
export function renderAlertsPrivacy(lang: Locale, level: 'h2' | 'h3' = 'h2'): string {
  const t = useTranslations(lang);
  return `<section class="mt-8 max-w-2xl bg-panel p-4" aria-labelledby="alerts-privacy-title">
  <${level} id="alerts-privacy-title" class="text-xl">${escapeHtml(t('alerts.privacy.title'))}</${level}>
  <ul class="mt-2 list-disc space-y-1 pl-6">
    <li>${escapeHtml(t('alerts.privacy.kept'))}</li>
    <li>${escapeHtml(t('alerts.privacy.confirm', { hours: ALERT_CONFIRM_HOURS }))}</li>
    <li>${escapeHtml(t('alerts.privacy.leave'))}</li>
    <li>${escapeHtml(t('alerts.privacy.tracking'))}</li>
  </ul>
  <p class="mt-2"><a href="${routes.aboutPage(lang, 'privacy')}">${escapeHtml(t('appeal.privacy'))}</a></p>
</section>`;
}
