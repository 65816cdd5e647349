/**
 * The desk's actions. Each runs in one transaction that locks the appeal, checks the action
 * against the appeal lifecycle (lib/appeal-lifecycle.ts: its status, the law's time limits,
 * the fields), changes the appeal, and records the event with its author and the applicant's
 * mail (appeals/events.ts). Publishing commits a mark first and pushes outside the lock.
 *
 * Who may do what is decided by auth.ts before these functions are called; which appeals a
 * user may act on (an inspector: those of its areas) is checked here, under the lock: an
 * appeal outside the user's scope is not found.
 */
import { APPEAL_NUMBER_PATTERN, type AppealStatus } from '../../lib/appeal.ts';
import {
  isRefusal,
  planAction,
  PUBLISH_TIMEOUT_MS,
  type ActionErrors,
  type AppealChange,
  type DeskAction,
} from '../../lib/appeal-lifecycle.ts';
import type { Finding } from '../../lib/personal-data.ts';
import { inScope, scopeOf } from '../../lib/staff-roles.ts';
import type { WorkingCalendar } from '../../lib/working-days.ts';
import { recordEvent } from '../appeals/events.ts';
import type { Db, Queryable } from '../db/index.ts';
import { appealFacts, COLUMNS, type AppealRow } from './appeal-rows.ts';
import type { StaffUser } from './auth.ts';
import { PublishError, qaEntry, type Publisher } from './publisher.ts';

export type ActionResult =
  | { ok: true; status: AppealStatus }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'invalid'; errors: ActionErrors; findings?: Finding[] };

export interface ActionOptions {
  db: Db;
  calendar: WorkingCalendar;
  /** Where links in mails point (the public site). */
  siteUrl: string;
  publisher: Publisher;
  now: () => Date;
}

/** The column each part of a change is written to. */
const COLUMN: Record<keyof AppealChange['set'], string> = {
  forwardedTo: 'forwarded_to',
  area: 'area',
  rejectedReason: 'rejected_reason',
  deadline: 'deadline',
  answer: 'answer',
  answeredAt: 'answered_at',
};

export function createActions({ db, calendar, siteUrl, publisher, now }: ActionOptions) {
  /** The change's event, and the applicant's mail when it has one. */
  function record(tx: Queryable, row: AppealRow, change: AppealChange, user: StaffUser, at: Date) {
    return recordEvent(
      tx,
      {
        appealId: row.id,
        type: change.event,
        status: change.status,
        actor: user,
        note: change.note,
        at,
      },
      change.mail && {
        appeal: {
          id: row.id,
          number: row.number,
          applicantName: row.applicant_name,
          email: row.email,
          language: row.answer_language,
        },
        event: change.mail,
        siteUrl,
      },
    );
  }

  /**
   * Does `action` on the appeal `number` as `user`: one transaction that locks the appeal,
   * checks, changes it and records the event (and its mail). Publishing is different: see
   * publish(). `auth` is handed to the publisher (in production the user's own token commits
   * through Netlify's git-gateway).
   */
  async function act(
    user: StaffUser,
    number: string,
    action: DeskAction,
    auth?: { bearer?: string },
  ): Promise<ActionResult> {
    if (!APPEAL_NUMBER_PATTERN.test(number)) return { ok: false, kind: 'not-found' };
    const planned = await db.transaction(async (tx) => {
      const { rows } = await tx.query<AppealRow>(
        `SELECT ${COLUMNS} FROM appeals WHERE number = $1 FOR UPDATE`,
        [number],
      );
      const row = rows[0];
      if (!row || !inScope(scopeOf(user), row.area))
        return { ok: false, kind: 'not-found' } as const;
      const at = now();
      const day = calendar.localTime(at).day;
      const change = planAction(appealFacts(row), action, { calendar, now: at });
      if (isRefusal(change))
        return {
          ok: false,
          kind: 'invalid',
          errors: change.errors,
          ...(change.findings ? { findings: change.findings } : {}),
        } as const;
      if (change.publish) {
        // Marked and committed before the push: the row lock is not held while the git host
        // answers, and what is being published is kept if the push fails.
        await tx.query(
          `UPDATE appeals SET publish_question = $2, publish_answer = $3,
             publish_started_at = $4, publish_error = NULL WHERE id = $1`,
          [row.id, change.publish.question, change.publish.answer, at],
        );
        const entry = qaEntry({
          number: row.number,
          language: row.answer_language,
          kind: row.kind,
          topic: row.topic,
          asked: row.registered_on,
          answered: calendar.localTime(row.answered_at ?? at).day,
          published: day,
          question: change.publish.question,
          answer: change.publish.answer,
        });
        return { ok: true, publish: { row, change, entry, at } } as const;
      }
      // Column names come from COLUMN above, never from the request.
      const set = Object.entries(change.set) as [keyof AppealChange['set'], unknown][];
      const columns = [...set.map(([name]) => COLUMN[name]), 'status'];
      await tx.query(
        `UPDATE appeals SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`,
        [row.id, ...set.map(([, value]) => value), change.status],
      );
      await record(tx, row, change, user, at);
      return { ok: true, status: change.status } as const;
    });
    if (!planned.ok || !('publish' in planned)) return planned;

    const { row, change, entry, at } = planned.publish;
    try {
      await publisher.write(entry.path, entry.content, `Publish the answer to ${row.number}`, {
        bearer: auth?.bearer,
        signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS),
      });
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      // Only this attempt's mark: a later attempt may have started meanwhile.
      await db.query(
        `UPDATE appeals SET publish_error = $2
          WHERE id = $1 AND published_at IS NULL AND publish_started_at = $3`,
        [row.id, message.slice(0, 1000), at],
      );
      throw new PublishError(`Publishing ${row.number} failed: ${message}`, { cause: error });
    }
    await db.transaction(async (tx) => {
      const recorded = await tx.query(
        `UPDATE appeals SET published_at = $2, published_path = $3, publish_started_at = NULL,
           publish_question = NULL, publish_answer = NULL, publish_error = NULL
          WHERE id = $1 AND published_at IS NULL`,
        [row.id, now(), entry.path],
      );
      // Recorded once, whichever attempt's push finished first.
      if (recorded.rowCount === 1) await record(tx, row, change, user, at);
    });
    return { ok: true, status: change.status };
  }

  return { act };
}
