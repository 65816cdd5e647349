/**
 * The life of an appeal at the staff desk, as one table: for each action, the statuses it is
 * taken from and the status it leads to, the roles that may take it, the event it records,
 * the limits it must keep (the lengths of its fields and the law's time limits, see
 * docs/domain.md, "Appeals") and the mail the applicant gets.
 *
 * Everything else reads this table: the server checks an action with `planAction()` and a
 * role with `mayTake()` (src/server/staff/auth.ts derives its permissions from it), the desk
 * offers the forms `actionsFor()` returns, and docs/staff.md shows it as
 * appeal-lifecycle-docs.ts writes it (a unit test keeps that copy the same). Pure: the
 * calendar and the time are arguments.
 */
import type { UiKey } from '../i18n/index.ts';
import { OPEN_STATUSES, type AppealStatus } from './appeal.ts';
import {
  REJECT_REASONS,
  type ActionErrors,
  type ActionOf,
  type ActionRule,
  type AppealChange,
  type AppealFacts,
  type DeskActionType,
  type FieldRule,
  type Gate,
  type Refusal,
  type RejectReason,
  type RuleContext,
} from './appeal-actions.ts';
import { isAreaId } from './areas.ts';
import { addMonths, isCalendarDay } from './days.ts';
import { findPersonalData } from './personal-data.ts';
import { SEES_ALL_ROLES, STAFF_ROLES, type StaffRole } from './staff-roles.ts';
import { cleanText, hasForbiddenCharacters } from './text.ts';
import { NOTICE_WORKING_DAYS, type WorkingCalendar } from './working-days.ts';

export const isOpen = (s: AppealStatus) => (OPEN_STATUSES as readonly string[]).includes(s);

/**
 * Lengths (after cleaning, lib/text.ts) the desk's fields accept. The question and the answer
 * are the published Q&A entry's too: src/models/qa.ts takes its bounds from here.
 */
export const LIMITS = {
  forwardTo: [3, 300],
  reason: [10, 1000],
  answer: [20, 20_000],
  question: [20, 5_000],
} as const;

/** Longest extension: two months from registration (domain.md, "Appeals"). */
export const EXTENSION_MONTHS = 2;
/** Forwarding to another body: within this many working days of registration. */
export const FORWARD_WORKING_DAYS = NOTICE_WORKING_DAYS;
/** How long a push to the git host may take before publishing is given up (and retryable). */
export const PUBLISH_TIMEOUT_MS = 15_000;

// The action's types are in appeal-actions.ts; the desk and the server import them from here.
export * from './appeal-actions.ts';

const ALL = STAFF_ROLES;
/**
 * Everyone on the desk reads the queue and appeals: those who see all (SEES_ALL_ROLES) every
 * one and the spam list, an inspector those of its areas (staff-roles.ts, scopeOf()).
 */
export const READ_ROLES: readonly StaffRole[] = STAFF_ROLES;
/** How an appeal's area is written in an event's note: `almaly-07 → almaly-08`, `— → …`. */
export const areaNote = (from: string | null, to: string | null) => `${from ?? '—'} → ${to ?? '—'}`;
const text = (length: readonly [number, number], error: UiKey, doc: string): FieldRule => ({
  kind: 'text',
  length,
  error,
  doc,
});

/** The table. Its order is the order of the desk's forms. */
export const LIFECYCLE: { readonly [T in DeskActionType]: ActionRule<T> } = {
  take: {
    from: ['registered'],
    to: 'in-progress',
    roles: ALL,
    event: 'taken',
    mail: null,
    gates: [],
    fields: {},
    change: () => ({ note: null, set: {} }),
  },
  forward: {
    from: ['registered', 'in-progress'],
    to: 'forwarded',
    roles: ['moderator', 'admin'],
    event: 'forwarded',
    mail: 'forwarded',
    gates: ['forward-window'],
    fields: { to: text(LIMITS.forwardTo, 'staff.error.forwardTo', 'the body') },
    change: (_, { to = '' }, day) => ({
      note: to,
      set: { forwardedTo: to },
      mail: { kind: 'forwarded', to, on: day },
    }),
  },
  reassign: {
    from: OPEN_STATUSES,
    to: 'unchanged',
    roles: SEES_ALL_ROLES,
    event: 'reassigned',
    mail: null,
    gates: [],
    fields: {
      area: {
        kind: 'area',
        error: 'staff.error.area',
        doc: "the area's id (`almaly-07`; its shape is checked), or none for the chief's desk; not the current one",
      },
    },
    change: (_, { area = '' }, _day, _now, appeal) => ({
      note: areaNote(appeal.area, area || null),
      set: { area: area || null },
    }),
  },
  extend: {
    from: OPEN_STATUSES,
    to: 'extended',
    roles: ['chief', 'admin'],
    event: 'extended',
    mail: 'extended',
    gates: [],
    fields: {
      deadline: {
        kind: 'extension',
        doc: `a new deadline later than the current one, at most ${EXTENSION_MONTHS} months after registration`,
      },
      reason: text(LIMITS.reason, 'staff.error.reason', 'a reason'),
    },
    change: (action, { reason = '' }) => ({
      note: reason,
      set: { deadline: action.deadline },
      mail: { kind: 'extended', deadline: action.deadline, reason },
    }),
  },
  answer: {
    from: OPEN_STATUSES,
    to: 'answered',
    roles: ['chief', 'admin', 'inspector'],
    event: 'answered',
    mail: 'answered',
    gates: [],
    fields: {
      text: text(LIMITS.answer, 'staff.error.answer', "the answer (in the appeal's language)"),
    },
    change: (_, { text = '' }, _day, now) => ({
      note: null,
      set: { answer: text, answeredAt: now },
      mail: { kind: 'answered', answer: text },
    }),
  },
  reject: {
    from: OPEN_STATUSES,
    to: 'rejected',
    // Not the inspector: rejecting sends no mail, and an inspector could close in silence a
    // complaint about their own area (or themselves).
    roles: SEES_ALL_ROLES,
    event: 'rejected-{reason}',
    mail: null,
    gates: [],
    fields: {
      reason: {
        kind: 'choice',
        options: REJECT_REASONS,
        error: 'staff.error.rejectReason',
        doc: `the reason (${REJECT_REASONS.join(' or ')})`,
      },
      note: text(LIMITS.reason, 'staff.error.reason', 'a note'),
    },
    change: (action, { note = '' }) => ({
      event: `rejected-${action.reason}`,
      note,
      set: { rejectedReason: action.reason as RejectReason },
    }),
  },
  publish: {
    from: ['answered'],
    unpublished: true,
    to: 'answered',
    roles: ['chief', 'admin'],
    event: 'published',
    mail: null,
    gates: ['no-push-running', 'consent'],
    fields: {
      question: text(LIMITS.question, 'staff.error.question', 'the question'),
      answer: text(LIMITS.answer, 'staff.error.answer', 'the answer'),
    },
    personalData: true,
    change: (_, { question = '', answer = '' }) => ({
      note: null,
      set: {},
      publish: { question, answer },
    }),
  },
  restore: {
    from: ['rejected'],
    to: 'registered',
    roles: SEES_ALL_ROLES,
    event: 'restored',
    mail: null,
    gates: [],
    fields: {},
    change: () => ({ note: null, set: { rejectedReason: null } }),
  },
};

export const DESK_ACTIONS = Object.keys(LIFECYCLE) as DeskActionType[];

export const isDeskAction = (value: unknown): value is DeskActionType =>
  (DESK_ACTIONS as readonly unknown[]).includes(value);

/** Whether one of `roles` may take `action`. */
export const mayTake = (roles: readonly StaffRole[], action: DeskActionType) =>
  roles.some((role) => LIFECYCLE[action].roles.includes(role));

/** Whether `action` fits the appeal's status (and, for publishing, that it is not published). */
export function fitsStatus(
  action: DeskActionType,
  appeal: Pick<AppealFacts, 'status' | 'published'>,
) {
  const rule = LIFECYCLE[action];
  return rule.from.includes(appeal.status) && !(rule.unpublished && appeal.published);
}

/** The actions the desk offers on an appeal to a user with `roles`, in the table's order. */
export const actionsFor = (
  appeal: Pick<AppealFacts, 'status' | 'published'>,
  roles: readonly StaffRole[],
): DeskActionType[] => DESK_ACTIONS.filter((a) => fitsStatus(a, appeal) && mayTake(roles, a));

/** The last day on which an appeal registered on `registeredOn` may still be forwarded. */
export const forwardBy = (
  registeredOn: string,
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
) => calendar.addWorkingDays(registeredOn, FORWARD_WORKING_DAYS);

/** The latest deadline an extension may set. */
export const extendUntil = (registeredOn: string) => addMonths(registeredOn, EXTENSION_MONTHS);

export const GATES: Record<
  Gate,
  {
    error: UiKey;
    doc: string;
    passes: (a: AppealFacts, ctx: RuleContext & { day: string }) => boolean;
  }
> = {
  'forward-window': {
    error: 'staff.error.forwardLate',
    doc: `within ${FORWARD_WORKING_DAYS} working days of registration`,
    passes: (a, { calendar, day }) => day <= forwardBy(a.registeredOn, calendar),
  },
  // Another push of this appeal may still be running.
  'no-push-running': {
    error: 'staff.error.publishing',
    doc: `not while another push runs (${(2 * PUBLISH_TIMEOUT_MS) / 1000} s)`,
    passes: (a, { now }) =>
      !a.publishStartedAt ||
      a.publishFailed ||
      now.getTime() - a.publishStartedAt.getTime() >= 2 * PUBLISH_TIMEOUT_MS,
  },
  consent: {
    error: 'staff.error.noConsent',
    doc: "only with the applicant's consent",
    passes: (a) => a.publishConsent,
  },
};

function fieldError(rule: FieldRule, value: string, appeal: AppealFacts): UiKey | undefined {
  switch (rule.kind) {
    case 'text': {
      const [min, max] = rule.length;
      return value.length >= min && value.length <= max ? undefined : rule.error;
    }
    case 'choice':
      return rule.options.includes(value) ? undefined : rule.error;
    case 'area':
      if (value !== '' && !isAreaId(value)) return rule.error;
      return (value || null) === appeal.area ? 'staff.error.sameArea' : undefined;
    case 'extension':
      if (!isCalendarDay(value)) return 'staff.error.date';
      if (value <= appeal.deadline) return 'staff.error.extendEarlier';
      if (value > extendUntil(appeal.registeredOn)) return 'staff.error.extendLimit';
      return undefined;
  }
}

/**
 * Checks `action` against the appeal, in this order: no forbidden characters in any field,
 * the status, the gates, the fields (all of them, each with its first error), personal data.
 * The refusal (messages by field, `form` for the whole form) or the change to make.
 */
export function planAction<T extends DeskActionType>(
  appeal: AppealFacts,
  action: ActionOf<T>,
  context: RuleContext,
): AppealChange | Refusal {
  // A control character anywhere is refused next to its field (lib/text.ts).
  const unreadable = Object.entries(action).filter(
    ([, value]) => typeof value === 'string' && hasForbiddenCharacters(value),
  );
  if (unreadable.length)
    return {
      errors: Object.fromEntries(
        unreadable.map(([field]) => [field, 'staff.error.characters' as const]),
      ),
    };
  const rule = LIFECYCLE[action.type as T] as ActionRule<T>;
  if (!fitsStatus(action.type, appeal)) return { errors: { form: 'staff.error.state' } };
  const ctx = { ...context, day: context.calendar.localTime(context.now).day };
  for (const gate of rule.gates)
    if (!GATES[gate].passes(appeal, ctx)) return { errors: { form: GATES[gate].error } };

  const values: Record<string, string> = {};
  const errors: ActionErrors = {};
  for (const [name, field] of Object.entries(rule.fields) as [string, FieldRule][]) {
    const raw = String((action as Record<string, unknown>)[name] ?? '');
    const value =
      field.kind === 'text'
        ? cleanText(raw)
        : field.kind === 'area'
          ? raw.trim().toLowerCase()
          : raw;
    values[name] = value;
    const error = fieldError(field, value, appeal);
    if (error) errors[name] = error;
  }
  if (Object.keys(errors).length) return { errors };

  if (rule.personalData) {
    const names = [appeal.applicantName];
    const findings = Object.values(values).flatMap((v) => findPersonalData(v, names));
    if (findings.length && !(action as { acknowledge?: boolean }).acknowledge)
      return { errors: { form: 'staff.error.personalData' }, findings };
  }
  const { event, ...change } = rule.change(action, values, ctx.day, ctx.now, appeal);
  const status = rule.to === 'unchanged' ? appeal.status : rule.to;
  return { status, event: event ?? rule.event, ...change };
}

export const isRefusal = (result: AppealChange | Refusal): result is Refusal => 'errors' in result;
