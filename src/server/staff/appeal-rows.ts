/**
 * An appeal as the desk reads it from the `appeals` table: the row's shape, the columns that
 * fill it, and what the lifecycle's rules read of it (lib/appeal-lifecycle.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { AppealStatus } from '../../lib/appeal.ts';
import type { AppealFacts } from '../../lib/appeal-lifecycle.ts';

export interface AppealRow {
  id: string;
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  district: string | null;
  /** The inspector's area ("almaly-07"); null for an appeal to the chief. */
  area: string | null;
  answer_language: Locale;
  registered_on: string;
  deadline: string;
  deadline_provisional: boolean;
  body: string;
  applicant_name: string;
  email: string | null;
  phone: string | null;
  publish_consent: boolean;
  received_at: Date;
  answer: string | null;
  answered_at: Date | null;
  helpful: boolean | null;
  forwarded_to: string | null;
  rejected_reason: string | null;
  published_at: Date | null;
  published_path: string | null;
  publish_question: string | null;
  publish_answer: string | null;
  publish_started_at: Date | null;
  publish_error: string | null;
  latitude: number | null;
  longitude: number | null;
}

export const COLUMNS = `id, number, status, kind, topic, district, area, answer_language,
  to_char(registered_on, 'YYYY-MM-DD') AS registered_on, to_char(deadline, 'YYYY-MM-DD') AS deadline,
  deadline_provisional, body, applicant_name, email, phone, publish_consent, received_at, answer,
  answered_at, helpful, forwarded_to, rejected_reason, published_at, published_path, publish_question,
  publish_answer, publish_started_at, publish_error, latitude, longitude`;

/** What a queue row needs (the text and the contacts stay in the database). */
export type ItemRow = Pick<
  AppealRow,
  | 'number'
  | 'status'
  | 'kind'
  | 'topic'
  | 'district'
  | 'area'
  | 'answer_language'
  | 'registered_on'
  | 'deadline'
>;

export const ITEM_COLUMNS = `number, status, kind, topic, district, area, answer_language,
  to_char(registered_on, 'YYYY-MM-DD') AS registered_on, to_char(deadline, 'YYYY-MM-DD') AS deadline`;

export const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** What the lifecycle's rules read of a row. */
export const appealFacts = (row: AppealRow): AppealFacts => ({
  status: row.status,
  area: row.area,
  registeredOn: row.registered_on,
  deadline: row.deadline,
  applicantName: row.applicant_name,
  publishConsent: row.publish_consent,
  published: Boolean(row.published_at),
  publishStartedAt: row.publish_started_at ? new Date(row.publish_started_at) : null,
  publishFailed: Boolean(row.publish_error),
});
