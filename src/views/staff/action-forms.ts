/**
 * The forms of an appeal's page: exactly the actions the lifecycle allows for the appeal and
 * the user's roles (lib/appeal-lifecycle.ts), each drawn from the shared primitives
 * (../html.ts), with what was typed and the errors when the server sent it back.
 */
import { LOCALE_NAMES, type Locale, type UiKey } from '../../i18n/index.ts';
import {
  actionsFor,
  LIMITS,
  REJECT_REASONS,
  type DeskActionType,
  type RejectReason,
} from '../../lib/appeal-lifecycle.ts';
import { escapeHtml } from '../../lib/html.ts';
import type { Finding } from '../../lib/personal-data.ts';
import { AREA_LIST_ID, type StaffRole } from '../../lib/staff-roles.ts';
import { api } from '../../lib/routes.ts';
import {
  button,
  checkbox,
  describedBy,
  errorSummary,
  field,
  input,
  radios,
  textarea,
  type Attributes,
} from '../html.ts';
import { helpers } from './common.ts';
import type { AppealDetail, FormState } from './model.ts';

export const ACTION_TITLES: Record<DeskActionType, UiKey> = {
  take: 'staff.action.take',
  forward: 'staff.action.forward',
  reassign: 'staff.action.reassign',
  extend: 'staff.action.extend',
  answer: 'staff.action.answer',
  reject: 'staff.action.reject',
  publish: 'staff.action.publish',
  restore: 'staff.action.restore',
};

const FINDING_LABELS: Record<Finding['kind'], UiKey> = {
  phone: 'staff.finding.phone',
  email: 'staff.finding.email',
  name: 'staff.finding.name',
};

const REASON_LABELS: Record<RejectReason, UiKey> = {
  spam: 'staff.reject.spam',
  abusive: 'staff.reject.abusive',
};

/** Values for the placeholders of the error strings. */
const LIMIT_VALUES = {
  reasonMin: LIMITS.reason[0],
  answerMin: LIMITS.answer[0],
  questionMin: LIMITS.question[0],
  forwardMin: LIMITS.forwardTo[0],
};

/** A field of the desk's forms: closer together than a page's. */
const FIELD = 'mt-3 flex flex-col gap-1';

/** One action's form, with what was typed and its errors if it was sent back. */
function actionForm(lang: Locale, a: AppealDetail, action: DeskActionType, state?: FormState) {
  const { t, text, dayText } = helpers(lang);
  const mine = state?.action === action ? state : undefined;
  const id = (name: string) => `desk-${action}-${name}`;
  const value = (name: string, fallback = '') =>
    mine ? (mine.values[name] ?? fallback) : fallback;
  const error = (name: string) => {
    const key = mine?.errors[name];
    return key ? t(key, LIMIT_VALUES) : undefined;
  };
  const control = (name: string, hint: boolean, attrs: Attributes): Attributes => ({
    ...describedBy(id(name), { hint, error: error(name) }),
    name,
    required: true,
    ...attrs,
  });
  /** A labelled text field; `lines` rows make it a textarea. */
  const textField = (
    name: string,
    label: string,
    o: { hint?: string; lines?: number; max: number; fallback?: string; lang?: Locale },
  ) =>
    field({
      id: id(name),
      label,
      hint: o.hint,
      error: error(name),
      class: FIELD,
      control: o.lines
        ? textarea(
            control(name, Boolean(o.hint), { rows: o.lines, maxlength: o.max, lang: o.lang }),
            value(name, o.fallback),
          )
        : input(control(name, Boolean(o.hint), { maxlength: o.max, value: value(name) })),
    });
  const note = (key: UiKey) => `<p class="mt-2">${text(key)}</p>`;

  const bodies: Record<DeskActionType, () => string> = {
    take: () => note('staff.take.hint'),
    forward: () =>
      textField('to', t('staff.forward.to'), {
        hint: t('staff.forward.hint', { date: dayText(a.forwardBy) }),
        max: LIMITS.forwardTo[1],
      }),
    // An area's id, suggested from the desk page's list; empty: back to the chief's desk.
    reassign: () =>
      field({
        id: id('area'),
        label: t('staff.reassign.area'),
        hint: t('staff.reassign.hint', { current: a.area ?? t('staff.area.chief') }),
        error: error('area'),
        class: FIELD,
        control: input(
          control('area', true, {
            required: false,
            list: AREA_LIST_ID,
            maxlength: 64,
            autocomplete: 'off',
            autocapitalize: 'none',
            spellcheck: 'false',
            value: value('area'),
          }),
        ),
      }),
    extend: () =>
      field({
        id: id('deadline'),
        label: t('staff.extend.deadline'),
        hint: t('staff.extend.hint', { date: dayText(a.extendUntil) }),
        error: error('deadline'),
        class: FIELD,
        control: input(
          control('deadline', true, {
            type: 'date',
            min: a.deadline,
            max: a.extendUntil,
            value: value('deadline'),
          }),
        ),
      }) + textField('reason', t('staff.extend.reason'), { lines: 3, max: LIMITS.reason[1] }),
    answer: () =>
      textField('text', t('staff.answer.text', { language: LOCALE_NAMES[a.language] }), {
        hint: t('staff.answer.hint'),
        lines: 8,
        max: LIMITS.answer[1],
        lang: a.language,
      }),
    reject: () =>
      radios({
        name: 'reason',
        legend: t('staff.reject.reason'),
        choices: REJECT_REASONS.map((r) => ({ value: r, label: t(REASON_LABELS[r]) })),
        checked: value('reason'),
        id: id('reason'),
        error: error('reason'),
        class: 'mt-3',
      }) + textField('note', t('staff.reject.note'), { lines: 3, max: LIMITS.reason[1] }),
    publish: () =>
      note('staff.publish.hint') +
      textField('question', t('staff.publish.question'), {
        lines: 6,
        max: LIMITS.question[1],
        fallback: a.pendingPublish?.question || a.body,
        lang: a.language,
      }) +
      textField('answer', t('staff.publish.answer'), {
        lines: 8,
        max: LIMITS.answer[1],
        fallback: a.pendingPublish?.answer || (a.answer ?? ''),
        lang: a.language,
      }) +
      (mine?.findings?.length
        ? `<div class="mt-3">${checkbox({ name: 'acknowledge', value: 'yes' }, text('staff.publish.acknowledge'))}</div>`
        : ''),
    restore: () => note('staff.restore.hint'),
  };

  const summary = mine
    ? `<div role="alert" class="mt-2" data-focus tabindex="-1">${errorSummary(
        t('appeal.errorSummary'),
        Object.entries(mine.errors).map(([name, key]) => ({
          text: t(key!, LIMIT_VALUES),
          // The radios of a reason have no one control to go to.
          href:
            name === 'form' || (action === 'reject' && name === 'reason')
              ? undefined
              : `#${id(name)}`,
        })),
        { role: undefined, tabindex: undefined },
      )}${
        mine.findings?.length
          ? `<ul class="mt-2 list-disc pl-6" data-findings>${mine.findings
              .map(
                (f) =>
                  `<li>${text(FINDING_LABELS[f.kind])}: <mark>${escapeHtml(f.text)}</mark></li>`,
              )
              .join('')}</ul>`
          : ''
      }</div>`
    : '';
  return `<form method="post" action="${escapeHtml(api.staffAction(a.number, action))}" class="mt-4 border-2 border-ink/30 p-4" data-desk-action="${action}">
<h3 class="text-xl">${text(ACTION_TITLES[action])}</h3>${summary}${bodies[action]()}
${button(t(ACTION_TITLES[action]), { class: 'mt-4' })}
</form>`;
}

/** The forms the lifecycle allows on the appeal for a user with `roles`. */
export function actionForms(
  lang: Locale,
  a: AppealDetail,
  roles: readonly StaffRole[],
  state?: FormState,
): string[] {
  const { text } = helpers(lang);
  return actionsFor({ status: a.status, published: Boolean(a.publishedAt) }, roles).map((action) =>
    // Without the applicant's consent there is nothing to publish: say why instead.
    action === 'publish' && !a.publishConsent
      ? `<p class="mt-4 border-l-8 border-ink/40 p-3">${text('staff.publish.noConsent')}</p>`
      : actionForm(lang, a, action, state),
  );
}
