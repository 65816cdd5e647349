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
import { inScope, NO_AREA, type StaffScope } from '../../lib/staff-roles.ts';
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

/** Every appeal: the default of the read models for callers that are not a user's request. */
const ALL: StaffScope = { all: true };

/** SQL that keeps a scope's appeals, with its parameter at `$index` (none for all). */
function scopeSql(scope: StaffScope, index: number): { sql: string; values: unknown[] } {
  if (scope.all) return { sql: 'TRUE', values: [] };
  return { sql: `area = ANY($${index}::text[])`, values: [[...scope.areas]] };
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
      area: row.area,
      language: row.answer_language,
      registeredOn: row.registered_on,
      deadline: row.deadline,
      daysLeft: left,
      overdue: isOpen(row.status) && row.deadline < day,
    };
  }

  /**
   * The queue of the appeals in `scope` (the HTTP handlers pass the user's; staff-roles.ts),
   * with their counts.
   */
  async function queue(filters: QueueFilters = {}, scope: StaffScope = ALL): Promise<Queue> {
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
    if (filters.area === NO_AREA) where.push('area IS NULL');
    else if (filters.area) add('area = ?', filters.area);
    if (!scope.all) add('area = ANY(?::text[])', [...scope.areas]);
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
    const mine = scopeSql(scope, 3);
    const counts = await db.query<{
      status: AppealStatus;
      n: string;
      overdue: string;
      soon: string;
    }>(
      `SELECT status, count(*) AS n,
              count(*) FILTER (WHERE deadline < $1) AS overdue,
              count(*) FILTER (WHERE deadline >= $1 AND deadline <= $2) AS soon
         FROM appeals WHERE ${mine.sql} GROUP BY status`,
      [day, soonUntil, ...mine.values],
    );
    // What robots sent belongs to no area: only those who see all count it.
    const robots = scope.all
      ? await db.query<{ n: string }>('SELECT count(*) AS n FROM spam_submissions')
      : { rows: [{ n: '0' }] };
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
      scope,
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
    photos: AppealDetail['photos'],
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
      point:
        row.latitude !== null && row.longitude !== null
          ? { latitude: Number(row.latitude), longitude: Number(row.longitude) }
          : null,
      photos,
      events,
    };
  }

  /** An appeal; undefined when there is none or it is outside `scope` (the same answer). */
  async function appeal(
    number: string,
    scope: StaffScope = ALL,
  ): Promise<AppealDetail | undefined> {
    if (!APPEAL_NUMBER_PATTERN.test(number)) return undefined;
    const { rows } = await db.query<AppealRow>(`SELECT ${COLUMNS} FROM appeals WHERE number = $1`, [
      number,
    ]);
    const row = rows[0];
    if (!row || !inScope(scope, row.area)) return undefined;
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
    const photos = await db.query<{ position: number; width: number; height: number }>(
      'SELECT position, width, height FROM appeal_photos WHERE appeal_id = $1 ORDER BY position',
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
      photos.rows,
    );
  }

  /** A photo of an appeal in `scope` (its JPEG bytes); undefined when there is none. */
  async function photo(
    number: string,
    position: number,
    scope: StaffScope,
  ): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string } | undefined> {
    if (!APPEAL_NUMBER_PATTERN.test(number) || !Number.isInteger(position)) return undefined;
    const { rows } = await db.query<{
      area: string | null;
      content_type: string;
      bytes: Uint8Array;
    }>(
      `SELECT a.area, p.content_type, p.bytes FROM appeals a
         JOIN appeal_photos p ON p.appeal_id = a.id
        WHERE a.number = $1 AND p.position = $2`,
      [number, position],
    );
    const row = rows[0];
    if (!row || !inScope(scope, row.area)) return undefined;
    return { bytes: new Uint8Array(row.bytes), contentType: row.content_type };
  }

  return { queue, spam, appeal, photo };
}
