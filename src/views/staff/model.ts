/**
 * What the staff desk's views draw: the queue, the spam list and one appeal, as the server's
 * read models (src/server/staff/read-models.ts) fill them, and a form sent back with its
 * mistakes. Types only.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { AppealStatus } from '../../lib/appeal.ts';
import type { ActionErrors, DeskActionType } from '../../lib/appeal-lifecycle.ts';
import type { Finding } from '../../lib/personal-data.ts';
import type { StaffScope } from '../../lib/staff-roles.ts';

export interface QueueItem {
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  district: string | null;
  /** The inspector's area ("almaly-07"); null for an appeal to the chief. */
  area: string | null;
  language: Locale;
  registeredOn: string;
  deadline: string;
  /** Working days from today to the deadline; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface Queue {
  today: string;
  /** Which appeals the user sees (an inspector: those of its areas). */
  scope: StaffScope;
  counts: {
    open: number;
    overdue: number;
    dueSoon: number;
    byStatus: Record<AppealStatus, number>;
    spam: number;
  };
  items: QueueItem[];
}

export interface AppealEventView {
  type: string;
  status: AppealStatus;
  actor: string;
  actorName: string | null;
  note: string | null;
  at: string;
}

export interface AppealDetail extends QueueItem {
  id: string;
  body: string;
  applicantName: string;
  email: string | null;
  phone: string | null;
  publishConsent: boolean;
  receivedAt: string;
  deadlineProvisional: boolean;
  answer: string | null;
  answeredAt: string | null;
  /** The applicant's rating of the answer from the status page; null until given. */
  helpful: boolean | null;
  forwardedTo: string | null;
  rejectedReason: string | null;
  publishedAt: string | null;
  publishedPath: string | null;
  /** Publishing that was started and has not been recorded (a failed or unfinished push). */
  pendingPublish: {
    question: string;
    answer: string;
    startedAt: string;
    error: string | null;
  } | null;
  /** Mail to the applicant that the outbox has not sent yet. */
  pendingMail: { count: number; lastError: string | null };
  /** The last day on which it may still be forwarded. */
  forwardBy: string;
  /** The latest deadline an extension may set. */
  extendUntil: string;
  /** The point the applicant marked, if any. */
  point: { latitude: number; longitude: number } | null;
  /** The applicant's photos, by position (1–3); the desk fetches each with the token. */
  photos: { position: number; width: number; height: number }[];
  events: AppealEventView[];
}

export interface SpamList {
  rejected: QueueItem[];
  robots: { id: string; reason: string; receivedAt: string; excerpt: string }[];
  /** Days a robot's submission is kept before it is deleted. */
  keptDays: number;
}

/** What a form sent back to the desk with its mistakes. */
export interface FormState {
  action: DeskActionType;
  values: Record<string, string>;
  errors: ActionErrors;
  findings?: Finding[];
}
