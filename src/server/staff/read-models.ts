/**
 * What the desk shows: the queue with its counts, the spam list, and one appeal with its
 * history and what has not happened yet (mail not sent, a push not finished). Reads only.
 */
import {
  APPEAL_NUMBER_PATTERN,
  APPEAL_STATUSES,
  OPEN_STATUSES,
  type AppealStatus,
} from '../../lib/appeal.ts';
import { extendUntil, forwardBy, isOpen } from '../../lib/appeal-lifecycle.ts';
import { NOTICE_WORKING_DAYS, type WorkingCalendar } from '../../lib/working-days.ts';
import type { Db } from '../db/index.ts';
import { COLUMNS, ITEM_COLUMNS, iso, type AppealRow, type ItemRow } from './appeal-rows.ts';
import type {
  AppealDetail,
  AppealEventView,
  Queue,
  QueueItem,
  SpamList,
} from '../../views/staff/model.ts';
import { SPAM_RETENTION_DAYS } from '../appeals/retention.ts';
import type { QueueFilters } from './filters.ts';

export interface ReadOptions {
  db: Db;
  calendar: WorkingCalendar;
  now: () => Date;
}

export function createReadModels({ db, calendar, now }: ReadOptions) {
  const today = () => calendar.localTime(now()).day;

  /** Working days to the deadline (negative when it has passed). */
  function daysLeft(deadline: string, day: string): number {
    if (deadline >= day) return calendar.workingDaysBetween(day, deadline);
    return -calendar.workingDaysBetween(deadline, day);
  }

  function item(row: ItemRow, day: string): QueueItem {
    const left = daysLeft(row.deadline, day);
    return {
      number: row.number,
      status: row.status,
      kind: row.kind,
      topic: row.topic,
      district: row.district,
      language: row.answer_language,
      registeredOn: row.registered_on,
      deadline: row.deadline,
      daysLeft: left,
      overdue: isOpen(row.status) && row.deadline < day,
    };
  }

  async function queue(filters: QueueFilters = {}): Promise<Queue> {
    const day = today();
    const soonUntil = calendar.addWorkingDays(day, NOTICE_WORKING_DAYS);
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (filters.status) add('status = ?', filters.status);
    else where.push(`status <> 'rejected'`);
    if (filters.kind) add('kind = ?', filters.kind);
    if (filters.topic) add('topic = ?', filters.topic);
    if (filters.district) add('district = ?', filters.district);
    if (filters.language) add('answer_language = ?', filters.language);
    if (filters.due) {
      add('status = ANY(?)', OPEN_STATUSES);
      if (filters.due === 'overdue') add('deadline < ?', day);
      else {
        add('deadline >= ?', day);
        add('deadline <= ?', soonUntil);
      }
    }
    const { rows } = await db.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM appeals WHERE ${where.join(' AND ')}
        ORDER BY deadline, number LIMIT 500`,
      values,
    );
    const counts = await db.query<{
      status: AppealStatus;
      n: string;
      overdue: string;
      soon: string;
    }>(
      `SELECT status, count(*) AS n,
              count(*) FILTER (WHERE deadline < $1) AS overdue,
              count(*) FILTER (WHERE deadline >= $1 AND deadline <= $2) AS soon
         FROM appeals GROUP BY status`,
      [day, soonUntil],
    );
    const robots = await db.query<{ n: string }>('SELECT count(*) AS n FROM spam_submissions');
    const byStatus = Object.fromEntries(APPEAL_STATUSES.map((s) => [s, 0])) as Record<
      AppealStatus,
      number
    >;
    let overdue = 0;
    let dueSoon = 0;
    for (const c of counts.rows) {
      byStatus[c.status] = Number(c.n);
      if (isOpen(c.status)) {
        overdue += Number(c.overdue);
        dueSoon += Number(c.soon);
      }
    }
    return {
      today: day,
      counts: {
        open: OPEN_STATUSES.reduce((sum, s) => sum + byStatus[s], 0),
        overdue,
        dueSoon,
        byStatus,
        spam: byStatus.rejected + Number(robots.rows[0]?.n ?? 0),
      },
      items: rows.map((r) => item(r, day)),
    };
  }

  async function spam(): Promise<SpamList> {
    const day = today();
    const rejected = await db.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM appeals WHERE status = 'rejected' ORDER BY received_at DESC LIMIT 200`,
    );
    const robots = await db.query<{ id: string; reason: string; received_at: Date; body: unknown }>(
      'SELECT id, reason, received_at, body FROM spam_submissions ORDER BY id DESC LIMIT 200',
    );
    return {
      rejected: rejected.rows.map((r) => item(r, day)),
      robots: robots.rows.map((r) => {
        const text = (r.body as Record<string, unknown> | null)?.['text'];
        return {
          id: r.id,
          reason: r.reason,
          receivedAt: iso(r.received_at)!,
          excerpt: (typeof text === 'string' ? text : JSON.stringify(r.body)).slice(0, 200),
        };
      }),
      keptDays: SPAM_RETENTION_DAYS,
    };
  }

  function detail(
    row: AppealRow,
    events: AppealEventView[],
    pendingMail: AppealDetail['pendingMail'],
  ): AppealDetail {
    return {
      ...item(row, today()),
      id: row.id,
      body: row.body,
      applicantName: row.applicant_name,
      email: row.email,
      phone: row.phone,
      publishConsent: row.publish_consent,
      receivedAt: iso(row.received_at)!,
      deadlineProvisional: row.deadline_provisional,
      answer: row.answer,
      answeredAt: iso(row.answered_at),
      helpful: row.helpful,
      forwardedTo: row.forwarded_to,
      rejectedReason: row.rejected_reason,
      publishedAt: iso(row.published_at),
      publishedPath: row.published_path,
      pendingPublish:
        row.publish_started_at && !row.published_at
          ? {
              question: row.publish_question ?? '',
              answer: row.publish_answer ?? '',
              startedAt: iso(row.publish_started_at)!,
              error: row.publish_error,
            }
          : null,
      pendingMail,
      forwardBy: forwardBy(row.registered_on, calendar),
      extendUntil: extendUntil(row.registered_on),
      events,
    };
  }

  async function appeal(number: string): Promise<AppealDetail | undefined> {
    if (!APPEAL_NUMBER_PATTERN.test(number)) return undefined;
    const { rows } = await db.query<AppealRow>(`SELECT ${COLUMNS} FROM appeals WHERE number = $1`, [
      number,
    ]);
    const row = rows[0];
    if (!row) return undefined;
    const events = await db.query<{
      type: string;
      status: AppealStatus;
      actor: string;
      actor_name: string | null;
      note: string | null;
      created_at: Date;
    }>(
      `SELECT type, status, actor, actor_name, note, created_at FROM appeal_events
        WHERE appeal_id = $1 ORDER BY id`,
      [row.id],
    );
    const mail = await db.query<{ n: string; last_error: string | null }>(
      `SELECT count(*) AS n, max(last_error) AS last_error FROM outbox
        WHERE appeal_id = $1 AND sent_at IS NULL`,
      [row.id],
    );
    return detail(
      row,
      events.rows.map((e) => ({
        type: e.type,
        status: e.status,
        actor: e.actor,
        actorName: e.actor_name,
        note: e.note,
        at: iso(e.created_at)!,
      })),
      { count: Number(mail.rows[0]!.n), lastError: mail.rows[0]!.last_error },
    );
  }

  return { queue, spam, appeal };
}
