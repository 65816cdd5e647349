/**
 * What the applicant sees of an appeal on the status page: its status, dates, the answer once
 * there is one, and the events without their authors or notes. Only for the right code.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { AppealStatus } from '../../lib/appeal.ts';
import type { Queryable } from '../db/index.ts';
import { hashAccessCode, verifyAccessCode } from './codes.ts';

export interface AppealView {
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  answerLanguage: Locale;
  registeredOn: string;
  deadline: string;
  answer: string | null;
  /** The applicant's rating of the answer (answer-feedback.ts); null until given. */
  helpful: boolean | null;
  events: { type: string; status: AppealStatus; at: string }[];
}

/**
 * The appeal `number` if `accessCode` (normalised) is its code, checked under the server's
 * `key`; undefined otherwise. A code still stored in the old scheme is stored anew as an HMAC.
 */
export async function findStatus(
  db: Queryable,
  number: string,
  accessCode: string,
  key: string,
): Promise<AppealView | undefined> {
  const { rows } = await db.query<{
    id: string;
    number: string;
    status: AppealStatus;
    kind: string;
    topic: string;
    answer_language: Locale;
    registered_on: string;
    deadline: string;
    answer: string | null;
    helpful: boolean | null;
    access_code_hash: string;
  }>(
    `SELECT id, number, status, kind, topic, answer_language, answer, helpful, access_code_hash,
            to_char(registered_on, 'YYYY-MM-DD') AS registered_on,
            to_char(deadline, 'YYYY-MM-DD') AS deadline
       FROM appeals WHERE number = $1`,
    [number],
  );
  const row = rows[0];
  if (!row) return undefined;
  const check = await verifyAccessCode(accessCode, row.access_code_hash, key);
  if (check === 'wrong') return undefined;
  if (check === 'ok-old-scheme')
    await db.query(
      'UPDATE appeals SET access_code_hash = $2 WHERE id = $1 AND access_code_hash = $3',
      [row.id, hashAccessCode(accessCode, key), row.access_code_hash],
    );
  const events = await db.query<{ type: string; status: AppealStatus; created_at: Date }>(
    'SELECT type, status, created_at FROM appeal_events WHERE appeal_id = $1 ORDER BY id',
    [row.id],
  );
  return {
    number: row.number,
    status: row.status,
    kind: row.kind,
    topic: row.topic,
    answerLanguage: row.answer_language,
    registeredOn: row.registered_on,
    deadline: row.deadline,
    answer: row.status === 'answered' ? row.answer : null,
    helpful: row.status === 'answered' ? row.helpful : null,
    events: events.rows.map((e) => ({
      type: e.type,
      status: e.status,
      at: new Date(e.created_at).toISOString(),
    })),
  };
}
