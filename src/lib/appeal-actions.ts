/**
 * What a desk action is, as the lifecycle (appeal-lifecycle.ts) checks it: the action as the
 * desk sends it, what the rules read of the appeal, a form's field rules, the change an action
 * makes, and the shape of a row of the table. Types, and the reasons a rejection may give.
 */
import type { UiKey } from '../i18n/index.ts';
import type { AppealStatus } from './appeal.ts';
import type { Finding } from './personal-data.ts';
import type { StaffRole } from './staff-roles.ts';
import type { WorkingCalendar } from './working-days.ts';

export const REJECT_REASONS = ['spam', 'abusive'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** What the applicant is told by mail (src/server/mail/messages.ts writes the texts). */
export type ApplicantEvent =
  | { kind: 'registered'; registeredOn: string; deadline: string }
  | { kind: 'forwarded'; to: string; on: string }
  | { kind: 'extended'; deadline: string; reason: string }
  | { kind: 'answered'; answer: string };

export type DeskAction =
  | { type: 'take' }
  | { type: 'forward'; to: string }
  /** To another area's inspector ("almaly-08"), or '' back to the chief's desk. */
  | { type: 'reassign'; area: string }
  | { type: 'extend'; deadline: string; reason: string }
  | { type: 'answer'; text: string }
  | { type: 'reject'; reason: string; note: string }
  | { type: 'publish'; question: string; answer: string; acknowledge: boolean }
  | { type: 'restore' };
export type DeskActionType = DeskAction['type'];
export type ActionOf<T extends DeskActionType> = Extract<DeskAction, { type: T }>;

/** What the rules read of an appeal. */
export interface AppealFacts {
  status: AppealStatus;
  /** The inspector's area it is addressed to ("almaly-07"); null: to the chief. */
  area: string | null;
  registeredOn: string;
  deadline: string;
  applicantName: string;
  publishConsent: boolean;
  published: boolean;
  /** A push of the answer that started and is not recorded: when, and whether it failed. */
  publishStartedAt: Date | null;
  publishFailed: boolean;
}

/** The calendar and the time an action is checked with. */
export interface RuleContext {
  calendar: Pick<WorkingCalendar, 'addWorkingDays' | 'localTime'>;
  now: Date;
}

/** A field of an action's form, with its check and the error shown next to it. */
export type FieldRule =
  | { kind: 'text'; length: readonly [number, number]; error: UiKey; doc: string }
  | { kind: 'choice'; options: readonly string[]; error: UiKey; doc: string }
  /** An area id (lib/areas.ts), or empty for none; not the one the appeal has. */
  | { kind: 'area'; error: UiKey; doc: string }
  /** A new deadline: a real day, after the current deadline, within the extension limit. */
  | { kind: 'extension'; doc: string };

/** A condition on the appeal besides its status, refused with a message for the whole form. */
export type Gate = 'forward-window' | 'no-push-running' | 'consent';

export type ActionErrors = Partial<Record<string, UiKey>>;

/** The change an action makes, for the server to write. */
export interface AppealChange {
  status: AppealStatus;
  event: string;
  note: string | null;
  set: {
    forwardedTo?: string;
    area?: string | null;
    rejectedReason?: RejectReason | null;
    deadline?: string;
    answer?: string;
    answeredAt?: Date;
  };
  mail?: ApplicantEvent;
  /** Publishing: the texts of the Q&A entry; the status stays and the event waits for the push. */
  publish?: { question: string; answer: string };
}

export interface Refusal {
  errors: ActionErrors;
  findings?: Finding[];
}

export interface ActionRule<T extends DeskActionType> {
  from: readonly AppealStatus[];
  /** Only while the answer has not been published. */
  unpublished?: true;
  /** The status it leads to; `unchanged` keeps the appeal's. */
  to: AppealStatus | 'unchanged';
  roles: readonly StaffRole[];
  /** The event recorded; `{reason}` stands for the reason chosen. */
  event: string;
  mail: ApplicantEvent['kind'] | null;
  gates: readonly Gate[];
  fields: { readonly [K in Exclude<keyof ActionOf<T>, 'type'>]?: FieldRule };
  /** Publishing: the texts are searched for personal data, which needs an acknowledgement. */
  personalData?: true;
  /** The change, once the checks have passed; `values` are the action's texts, cleaned. */
  change: (
    action: ActionOf<T>,
    values: Record<string, string>,
    day: string,
    now: Date,
    appeal: AppealFacts,
  ) => Omit<AppealChange, 'status' | 'event'> & { event?: string };
}
