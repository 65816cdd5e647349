/**
 * Public statistics of the appeals, for the chief's blog: received and answered this month
 * and this year, the share answered within the deadline, and the median number of working
 * days to an answer, and how many answers the applicants rated and the share they found
 * helpful. It reads dates and ratings only — no text, no names, nothing about one person.
 * Months and years are Almaty's.
 */
import { helpfulShare } from '../../lib/answer-feedback.ts';
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Queryable } from '../db/index.ts';

export interface AppealStats {
  /** The Almaty day the figures are for. */
  asOf: string;
  month: { received: number; answered: number };
  year: {
    received: number;
    answered: number;
    answeredOnTime: number;
    /** answeredOnTime / answered, 0…1; null before the first answer of the year. */
    onTimeShare: number | null;
    medianWorkingDays: number | null;
    /** This year's answers the applicant rated (yes or no on the status page). */
    rated: number;
    /** The share of them rated helpful, 0…1; null below HELPFUL_SHARE_MIN_RATINGS ratings. */
    helpfulShare: number | null;
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function appealStats(
  db: Queryable,
  calendar: WorkingCalendar,
  at: Date,
): Promise<AppealStats> {
  const day = calendar.localTime(at).day;
  const year = day.slice(0, 4);
  const month = day.slice(0, 7);
  const received = await db.query<{ month: string; year: string }>(
    `SELECT count(*) FILTER (WHERE to_char(registered_on, 'YYYY-MM') = $1) AS month,
            count(*) AS year
       FROM appeals WHERE to_char(registered_on, 'YYYY') = $2`,
    [month, year],
  );
  // The day of each answer this year in Almaty time, with its appeal's dates.
  const answered = await db.query<{
    registered_on: string;
    answered_on: string;
    deadline: string;
    helpful: boolean | null;
  }>(
    `SELECT helpful, to_char(registered_on, 'YYYY-MM-DD') AS registered_on,
            to_char(answered_at AT TIME ZONE 'Asia/Almaty', 'YYYY-MM-DD') AS answered_on,
            to_char(deadline, 'YYYY-MM-DD') AS deadline
       FROM appeals
      WHERE answered_at IS NOT NULL
        AND to_char(answered_at AT TIME ZONE 'Asia/Almaty', 'YYYY') = $1`,
    [year],
  );
  const rows = answered.rows;
  const onTime = rows.filter((r) => r.answered_on <= r.deadline).length;
  const rated = rows.filter((r) => r.helpful !== null);
  return {
    asOf: day,
    month: {
      received: Number(received.rows[0]?.month ?? 0),
      answered: rows.filter((r) => r.answered_on.startsWith(month)).length,
    },
    year: {
      received: Number(received.rows[0]?.year ?? 0),
      answered: rows.length,
      answeredOnTime: onTime,
      onTimeShare: rows.length ? onTime / rows.length : null,
      medianWorkingDays: median(
        rows.map((r) => calendar.workingDaysBetween(r.registered_on, r.answered_on)),
      ),
      rated: rated.length,
      helpfulShare: helpfulShare(rated.filter((r) => r.helpful).length, rated.length),
    },
  };
}
