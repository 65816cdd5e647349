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
} from '../lib/appeal.ts';
import { HONEYPOT_FIELD } from '../lib/appeal-fields.ts';
import { escapeHtml } from '../lib/html.ts';
import { EMAIL_MAX } from '../lib/text.ts';
import { api, routes } from '../lib/routes.ts';
import { areaFields, areaHeader, type AreaTarget } from './appeal-area-fields.ts';
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
  radios,
  select,
  textarea,
} from './html.ts';

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
  /** To an area's inspector: the area, and its outline for the point's map (the built page). */
  area?: { target: AreaTarget; map?: string } | undefined;
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
  'write.photos.preparing',
] as const satisfies readonly UiKey[];
/** And those the point's script shows (src/scripts/appeal-point.ts). */
const POINT_MESSAGES = [
  'write.point.marked',
  'write.point.locating',
  'write.point.failed',
  'write.point.removed',
] as const satisfies readonly UiKey[];
const ERROR_KEYS = [...new Set(Object.values(APPEAL_ERROR_KEYS).flat())];

const id = (name: string) => `appeal-${name}`;

export function renderAppealForm({
  lang,
  districts,
  values = {},
  errors = {},
  area,
}: AppealFormOptions) {
  const t = useTranslations(lang);
  // The point's script fills in the coordinates itself.
  const message = (key: UiKey) =>
    t(key, { ...APPEAL_ERROR_VALUES, latitude: '{latitude}', longitude: '{longitude}' });
  const error = (name: AppealField) => (errors[name] ? message(errors[name]) : undefined);
  /** Every field has an error slot the script fills (`data-error-for`). */
  const slot = (name: AppealField) => ({
    error: error(name),
    errorSlot: true,
    errorAttrs: { 'data-error-for': name },
  });
  const control = (name: AppealField, hint = false) => ({
    name,
    ...describedBy(id(name), { hint, error: error(name), errorSlot: true }),
  });
  const answerLanguage = values['answerLanguage'] ?? lang;
  // The strings the page's script needs, in the page's language.
  const messages = Object.fromEntries(
    [...SCRIPT_MESSAGES, ...(area ? POINT_MESSAGES : []), ...ERROR_KEYS].map((key) => [
      key,
      message(key),
    ]),
  );
  const summary = Object.entries(errors).map(([name, key]) => ({
    text: message(key),
    href: name === 'form' ? undefined : `#${id(name)}`,
  }));

  // The inspector's form may carry photos: multipart, with the language in the address so
  // that a body too large to read still gets its page in the right language.
  const formAttributes = area
    ? {
        action: `${api.appeals}?lang=${lang}`,
        enctype: 'multipart/form-data',
        'data-draft': `area-${area.target.id}`,
      }
    : { action: api.appeals };
  const districtField = area
    ? ''
    : field({
        id: id('district'),
        label: t('appeal.district.label'),
        ...slot('district'),
        control: select(
          { ...control('district'), class: 'text-lg' },
          [
            { value: '', label: t('appeal.district.none') },
            ...districts.map((d) => ({ value: d.id, label: d.name })),
          ],
          values['district'],
        ),
      });

  return `<form${attributes({ method: 'post', ...formAttributes, novalidate: true, 'data-appeal-form': true, 'data-messages': JSON.stringify(messages), 'data-status-url': routes.appealStatus(lang) })}>
  ${errorSummary(t('appeal.errorSummary'), summary, { 'data-error-summary': true })}
  <input type="hidden" name="lang" value="${lang}" />
  ${area ? areaHeader({ lang, target: area.target }) : ''}
  ${radios({
    id: id('kind'),
    name: 'kind',
    legend: t('appeal.kind.label'),
    choices: APPEAL_KINDS.map((k) => ({ value: k, label: t(`appeal.kind.${k}`) })),
    checked: values['kind'] ?? 'question',
    ...slot('kind'),
  })}
  ${field({
    id: id('topic'),
    label: t('appeal.topic.label'),
    ...slot('topic'),
    control: select(
      { ...control('topic'), required: true, class: 'text-lg' },
      [
        { value: '', label: t('appeal.choose') },
        ...APPEAL_TOPICS.map((k) => ({ value: k, label: t(`appeal.topic.${k}`) })),
      ],
      values['topic'] ?? (area ? 'district-inspector' : undefined),
    ),
  })}
  ${districtField}
  ${field({
    id: id('text'),
    label: t('appeal.text.label'),
    hint: t('appeal.text.hint', { min: APPEAL_TEXT_MIN, max: APPEAL_TEXT_MAX }),
    ...slot('text'),
    control: `${textarea(
      {
        ...control('text', true),
        rows: 8,
        required: true,
        minlength: APPEAL_TEXT_MIN,
        maxlength: APPEAL_TEXT_MAX,
        class: 'text-lg',
      },
      values['text'],
    )}
    <p class="hint" data-counter data-template="${escapeHtml(t('appeal.text.counter', { count: '{count}', max: APPEAL_TEXT_MAX }))}" aria-live="polite" hidden></p>`,
  })}
  ${
    area
      ? areaFields({
          lang,
          target: area.target,
          values,
          map: area.map,
          pointError: error('latitude') ?? error('longitude'),
          photosError: errors.photos ? message(errors.photos) : undefined,
        })
      : ''
  }
  ${field({
    id: id('name'),
    label: t('appeal.name.label'),
    ...slot('name'),
    control: input({
      ...control('name'),
      type: 'text',
      required: true,
      maxlength: 200,
      autocomplete: 'name',
      value: values['name'] ?? '',
      class: 'text-lg',
    }),
  })}
  <p id="appeal-contact-hint" class="mt-6 max-w-2xl">${escapeHtml(t('appeal.contact.hint'))}</p>
  ${field({
    id: id('email'),
    label: t('appeal.email.label'),
    ...slot('email'),
    control: input({
      ...control('email'),
      type: 'email',
      maxlength: EMAIL_MAX,
      autocomplete: 'email',
      spellcheck: 'false',
      value: values['email'] ?? '',
      class: 'text-lg',
    }),
  })}
  ${field({
    id: id('phone'),
    label: t('appeal.phone.label'),
    hint: t('appeal.phone.hint'),
    ...slot('phone'),
    control: input({
      ...control('phone', true),
      type: 'tel',
      maxlength: 30,
      autocomplete: 'tel',
      value: values['phone'] ?? '',
      class: 'text-lg',
    }),
  })}
  ${field({
    id: id('answerLanguage'),
    label: t('appeal.answerLanguage.label'),
    ...slot('answerLanguage'),
    control: select(
      { ...control('answerLanguage'), class: 'text-lg' },
      LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
      answerLanguage,
    ),
  })}
  <div class="mt-6 flex max-w-2xl flex-col gap-1">
    ${errorMessage(id('consent'), error('consent'), { slot: true, attrs: { 'data-error-for': 'consent' } })}
    ${checkbox(
      {
        ...control('consent'),
        value: 'on',
        required: true,
        checked: Boolean(values['consent']),
      },
      `${escapeHtml(t('appeal.consent.label'))} <a href="${routes.aboutPage(lang, 'privacy')}">${escapeHtml(t('appeal.privacy'))}</a>`,
    )}
  </div>
  <div class="mt-6 flex max-w-2xl flex-col gap-1">
    ${checkbox({ name: 'publish', value: 'on', checked: Boolean(values['publish']) }, escapeHtml(t('appeal.publish.label')))}
  </div>
  ${honeypot(id(HONEYPOT_FIELD), t('appeal.honeypot'))}
  ${button(t('appeal.submit'), { class: 'mt-8 px-6 text-lg', 'data-submit': true })}
</form>`;
}
