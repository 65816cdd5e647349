/**
 * The staff desk: the queue of appeals, one appeal with its history, and the actions staff
 * take on it. Each action runs in one transaction that locks the appeal, checks that the
 * action fits the appeal's state and the law's time limits, changes the appeal, records an
 * event with its author, and writes the applicant's mail into the outbox.
 *
 * Who may do what is decided by auth.ts before these functions are called.
 */
import { isLocale, type Locale } from '../../i18n/locales.ts';
import {
  APPEAL_KINDS,
  APPEAL_NUMBER_PATTERN,
  APPEAL_STATUSES,
  APPEAL_TOPICS,
  OPEN_STATUSES,
  type AppealStatus,
} from '../../lib/appeal.ts';
import { findPersonalData, type Finding } from '../../lib/personal-data.ts';
import { cleanText, hasForbiddenCharacters } from '../../lib/text.ts';
import { isoDate } from '../../models/common.ts';
import { NOTICE_WORKING_DAYS, type WorkingCalendar } from '../../lib/working-days.ts';
import type { Db, Queryable } from '../db/index.ts';
import { applicantMail, type ApplicantEvent } from '../mail/messages.ts';
import { enqueueMail } from '../mail/outbox.ts';
import type { StaffUser } from './auth.ts';
import { PublishError, qaEntry, type Publisher } from './publisher.ts';
import type { UiKey } from '../../i18n/index.ts';

export const isOpen = (s: AppealStatus) => (OPEN_STATUSES as readonly string[]).includes(s);

export const REJECT_REASONS = ['spam', 'abusive'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Lengths the desk's fields accept. */
export const LIMITS = {
  forwardTo: [3, 300],
  reason: [10, 1000],
  answer: [20, 20_000],
  question: [20, 5_000],
} as const;

/** Longest extension: two months from registration (domain.md, "Appeals"). */
export const EXTENSION_MONTHS = 2;

export interface QueueFilters {
  status?: AppealStatus | undefined;
  kind?: string | undefined;
  topic?: string | undefined;
  district?: string | undefined;
  language?: Locale | undefined;
  due?: 'overdue' | 'soon' | undefined;
}

export const QUEUE_FILTERS = ['status', 'kind', 'topic', 'district', 'language', 'due'] as const;

/** Filters from a query string; unknown values are dropped, never passed to SQL as text. */
export function parseFilters(params: URLSearchParams): QueueFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const v = params.get(name);
    return v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  const district = params.get('district');
  const language = params.get('language');
  return {
    status: pick('status', APPEAL_STATUSES),
    kind: pick('kind', APPEAL_KINDS),
    topic: pick('topic', APPEAL_TOPICS),
    district: district && /^[a-z0-9-]{1,64}$/.test(district) ? district : undefined,
    language: language && isLocale(language) ? language : undefined,
    due: pick('due', ['overdue', 'soon'] as const),
  };
}

export interface QueueItem {
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  district: string | null;
  language: Locale;
  registeredOn: string;
  deadline: string;
  /** Working days from today to the deadline; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface Queue {
  today: string;
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
  events: AppealEventView[];
}

export interface SpamList {
  rejected: QueueItem[];
  robots: { id: string; reason: string; receivedAt: string; excerpt: string }[];
}

export type DeskAction =
  | { type: 'take' }
  | { type: 'forward'; to: string }
  | { type: 'extend'; deadline: string; reason: string }
  | { type: 'answer'; text: string }
  | { type: 'reject'; reason: string; note: string }
  | { type: 'publish'; question: string; answer: string; acknowledge: boolean }
  | { type: 'restore' };
export type DeskActionType = DeskAction['type'];
export const DESK_ACTIONS: readonly DeskActionType[] = [
  'take',
  'forward',
  'extend',
  'answer',
  'reject',
  'publish',
  'restore',
];

/** How long a push to the git host may take before publishing is given up (and retryable). */
export const PUBLISH_TIMEOUT_MS = 15_000;

export type ActionErrors = Partial<Record<string, UiKey>>;

export type ActionResult =
  | { ok: true; status: AppealStatus }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'invalid'; errors: ActionErrors; findings?: Finding[] };

export interface DeskOptions {
  db: Db;
  calendar: WorkingCalendar;
  /** Where links in mails point (the public site). */
  siteUrl: string;
  publisher: Publisher;
  now?: () => Date;
}

interface AppealRow {
  id: string;
  number: string;
  status: AppealStatus;
  kind: string;
  topic: string;
  district: string | null;
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
  forwarded_to: string | null;
  rejected_reason: string | null;
  published_at: Date | null;
  published_path: string | null;
  publish_question: string | null;
  publish_answer: string | null;
  publish_started_at: Date | null;
  publish_error: string | null;
}

const COLUMNS = `id, number, status, kind, topic, district, answer_language,
  to_char(registered_on, 'YYYY-MM-DD') AS registered_on, to_char(deadline, 'YYYY-MM-DD') AS deadline,
  deadline_provisional, body, applicant_name, email, phone, publish_consent, received_at, answer,
  answered_at, forwarded_to, rejected_reason, published_at, published_path, publish_question,
  publish_answer, publish_started_at, publish_error`;

/** What a queue row needs (the text and the contacts stay in the database). */
const ITEM_COLUMNS = `number, status, kind, topic, district, answer_language,
  to_char(registered_on, 'YYYY-MM-DD') AS registered_on, to_char(deadline, 'YYYY-MM-DD') AS deadline`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** `day` plus `months` calendar months (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const validDay = (s: string) => isoDate.safeParse(s).success;

const clean = cleanText;
const within = (s: string, [min, max]: readonly [number, number]) =>
  s.length >= min && s.length <= max;

export function createDesk(options: DeskOptions) {
  const { db, calendar, siteUrl, publisher } = options;
  const now = options.now ?? (() => new Date());
  const today = () => calendar.localTime(now()).day;

  /** Working days to the deadline (negative when it has passed). */
  function daysLeft(deadline: string, day: string): number {
    if (deadline >= day) return calendar.workingDaysBetween(day, deadline);
    return -calendar.workingDaysBetween(deadline, day);
  }

  type ItemRow = Pick<
    AppealRow,
    | 'number'
    | 'status'
    | 'kind'
    | 'topic'
    | 'district'
    | 'answer_language'
    | 'registered_on'
    | 'deadline'
  >;

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
      forwardBy: calendar.addWorkingDays(row.registered_on, NOTICE_WORKING_DAYS),
      extendUntil: addMonths(row.registered_on, EXTENSION_MONTHS),
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

  /** Checks an action against the appeal; the errors, or the change to make. */
  function plan(
    row: AppealRow,
    action: DeskAction,
    day: string,
  ):
    | { errors: ActionErrors; findings?: Finding[] }
    | {
        status: AppealStatus;
        event: string;
        note: string | null;
        set: Record<string, unknown>;
        mail?: ApplicantEvent;
        publish?: { question: string; answer: string };
      } {
    const state = (ok: boolean) =>
      ok ? undefined : { errors: { form: 'staff.error.state' as UiKey } };
    // A control character anywhere is refused next to its field (lib/text.ts).
    const unreadable = Object.entries(action).filter(
      ([, value]) => typeof value === 'string' && hasForbiddenCharacters(value),
    );
    if (unreadable.length)
      return {
        errors: Object.fromEntries(
          unreadable.map(([field]) => [field, 'staff.error.characters' as UiKey]),
        ),
      };
    switch (action.type) {
      case 'restore':
        return (
          state(row.status === 'rejected') ?? {
            status: 'registered',
            event: 'restored',
            note: null,
            set: { rejected_reason: null },
          }
        );
      case 'take':
        return (
          state(row.status === 'registered') ?? {
            status: 'in-progress',
            event: 'taken',
            note: null,
            set: {},
          }
        );
      case 'forward': {
        const to = clean(action.to);
        const bad =
          state(row.status === 'registered' || row.status === 'in-progress') ??
          (day > calendar.addWorkingDays(row.registered_on, NOTICE_WORKING_DAYS)
            ? { errors: { form: 'staff.error.forwardLate' as UiKey } }
            : undefined) ??
          (within(to, LIMITS.forwardTo)
            ? undefined
            : { errors: { to: 'staff.error.forwardTo' as UiKey } });
        return (
          bad ?? {
            status: 'forwarded',
            event: 'forwarded',
            note: to,
            set: { forwarded_to: to },
            mail: { kind: 'forwarded', to, on: day },
          }
        );
      }
      case 'extend': {
        const reason = clean(action.reason);
        const errors: ActionErrors = {};
        const limit = addMonths(row.registered_on, EXTENSION_MONTHS);
        if (!validDay(action.deadline)) errors['deadline'] = 'staff.error.date';
        else if (action.deadline <= row.deadline) errors['deadline'] = 'staff.error.extendEarlier';
        else if (action.deadline > limit) errors['deadline'] = 'staff.error.extendLimit';
        if (!within(reason, LIMITS.reason)) errors['reason'] = 'staff.error.reason';
        const bad =
          state(isOpen(row.status)) ?? (Object.keys(errors).length ? { errors } : undefined);
        return (
          bad ?? {
            status: 'extended',
            event: 'extended',
            note: reason,
            set: { deadline: action.deadline },
            mail: { kind: 'extended', deadline: action.deadline, reason },
          }
        );
      }
      case 'answer': {
        const text = clean(action.text);
        const bad =
          state(isOpen(row.status)) ??
          (within(text, LIMITS.answer)
            ? undefined
            : { errors: { text: 'staff.error.answer' as UiKey } });
        return (
          bad ?? {
            status: 'answered',
            event: 'answered',
            note: null,
            set: { answer: text, answered_at: now() },
            mail: { kind: 'answered', answer: text },
          }
        );
      }
      case 'reject': {
        const note = clean(action.note);
        const errors: ActionErrors = {};
        if (!(REJECT_REASONS as readonly string[]).includes(action.reason))
          errors['reason'] = 'staff.error.rejectReason';
        if (!within(note, LIMITS.reason)) errors['note'] = 'staff.error.reason';
        const bad =
          state(isOpen(row.status)) ?? (Object.keys(errors).length ? { errors } : undefined);
        return (
          bad ?? {
            status: 'rejected',
            event: `rejected-${action.reason}`,
            note,
            set: { rejected_reason: action.reason },
          }
        );
      }
      case 'publish': {
        const question = clean(action.question);
        const answer = clean(action.answer);
        if (row.status !== 'answered' || row.published_at)
          return { errors: { form: 'staff.error.state' } };
        // Another push of this appeal may still be running.
        if (
          row.publish_started_at &&
          !row.publish_error &&
          now().getTime() - new Date(row.publish_started_at).getTime() < 2 * PUBLISH_TIMEOUT_MS
        )
          return { errors: { form: 'staff.error.publishing' } };
        if (!row.publish_consent) return { errors: { form: 'staff.error.noConsent' } };
        const errors: ActionErrors = {};
        if (!within(question, LIMITS.question)) errors['question'] = 'staff.error.question';
        if (!within(answer, LIMITS.answer)) errors['answer'] = 'staff.error.answer';
        if (Object.keys(errors).length) return { errors };
        const names = [row.applicant_name];
        const findings = [...findPersonalData(question, names), ...findPersonalData(answer, names)];
        if (findings.length && !action.acknowledge)
          return { errors: { form: 'staff.error.personalData' }, findings };
        return {
          status: 'answered',
          event: 'published',
          note: null,
          set: {},
          publish: { question, answer },
        };
      }
    }
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
      if (!row) return { ok: false, kind: 'not-found' } as const;
      const at = now();
      const day = calendar.localTime(at).day;
      const change = plan(row, action, day);
      if ('errors' in change)
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
      const set: Record<string, unknown> = { ...change.set, status: change.status };
      // Column names come from plan() above, never from the request.
      const columns = Object.keys(set);
      await tx.query(
        `UPDATE appeals SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`,
        [row.id, ...columns.map((c) => set[c])],
      );
      await recordEvent(tx, row, change, user, at);
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
      if (recorded.rowCount === 1) await recordEvent(tx, row, change, user, at);
    });
    return { ok: true, status: change.status };
  }

  async function recordEvent(
    tx: Queryable,
    row: AppealRow,
    change: { status: AppealStatus; event: string; note: string | null; mail?: ApplicantEvent },
    user: StaffUser,
    at: Date,
  ) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO appeal_events (appeal_id, type, status, actor, actor_name, note, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.id, change.event, change.status, user.email || user.id, user.name, change.note, at],
    );
    if (!change.mail) return;
    const mail = applicantMail(
      {
        id: row.id,
        number: row.number,
        applicantName: row.applicant_name,
        email: row.email,
        language: row.answer_language,
      },
      change.mail,
      rows[0]!.id,
      siteUrl,
    );
    if (mail) await enqueueMail(tx, mail, at);
  }

  return { queue, spam, appeal, act };
}

export type Desk = ReturnType<typeof createDesk>;
