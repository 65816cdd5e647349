/**
 * The daily digest to the duty inbox: the appeals registered in the last day and the open
 * ones past their deadline. Written to the outbox once per day and inbox (a repeated run of
 * the schedule sends nothing new).
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Db } from '../db/index.ts';
import { OPEN_STATUSES } from '../../lib/appeal.ts';
import { digestMail, type DigestItem } from './messages.ts';
import { enqueueMail } from './outbox.ts';

export async function enqueueDigest(input: {
  db: Db;
  calendar: WorkingCalendar;
  at: Date;
  recipient: string;
  language: Locale;
  siteUrl: string;
}): Promise<{ queued: boolean; fresh: number; overdue: number }> {
  const { db, calendar, at } = input;
  const day = calendar.localTime(at).day;
  const t = useTranslations(input.language);
  type Row = { number: string; topic: string; deadline: string };
  const toItem = (r: Row): DigestItem => ({
    number: r.number,
    topicLabel: t(`appeal.topic.${r.topic}` as UiKey),
    deadline: r.deadline,
  });
  const fresh = await db.query<Row>(
    `SELECT number, topic, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM appeals
      WHERE received_at > $1 ORDER BY id`,
    [new Date(at.getTime() - 24 * 3600 * 1000)],
  );
  const overdue = await db.query<Row>(
    `SELECT number, topic, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM appeals
      WHERE status = ANY($2) AND deadline < $1
      ORDER BY deadline, number`,
    [day, OPEN_STATUSES],
  );
  const mail = digestMail({
    day,
    language: input.language,
    recipient: input.recipient,
    fresh: fresh.rows.map(toItem),
    overdue: overdue.rows.map(toItem),
    siteUrl: input.siteUrl,
  });
  const queued = await db.transaction((tx) => enqueueMail(tx, mail, at));
  return { queued, fresh: fresh.rows.length, overdue: overdue.rows.length };
}
