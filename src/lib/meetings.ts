/**
 * The rules of an area's priorities and meetings with residents (content/neighbourhoods/,
 * src/models/neighbourhoods.ts): Almaty's local time of a meeting as an instant, which meetings
 * are still to come on a given day, and when a priority counts as not reviewed.
 * docs/domain.md, "Priorities and meetings".
 */
import { addMonths, isCalendarDay } from './days.ts';

/** A meeting's start as editors write it: Almaty's local date and time, "2027-01-15T18:30". */
export const LOCAL_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** A real local date and time written YYYY-MM-DDTHH:MM. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME_PATTERN.exec(value);
  return !!match && isCalendarDay(match[1]!);
}

/**
 * Almaty's offset from UTC in minutes at a local date and time: UTC+5 all year since
 * 1 March 2024, UTC+6 before (docs/domain.md, "Almaty time"). Kazakhstan keeps no summer time.
 */
export const ALMATY_UTC_OFFSET_MINUTES = 5 * 60;
const ALMATY_OFFSET_BEFORE_2024_MINUTES = 6 * 60;
const ALMATY_OFFSET_CHANGE = '2024-03-01T00:00';

export const almatyOffsetMinutes = (local: string) =>
  local < ALMATY_OFFSET_CHANGE ? ALMATY_OFFSET_BEFORE_2024_MINUTES : ALMATY_UTC_OFFSET_MINUTES;

/** The instant of an Almaty local date and time ("2027-01-15T18:30" → 13:30 UTC). */
export function almatyToUtc(local: string): Date {
  if (!isLocalDateTime(local))
    throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:MM): "${local}"`);
  return new Date(Date.parse(`${local}:00Z`) - almatyOffsetMinutes(local) * 60_000);
}

/** The local date and time an instant has in Almaty, "2027-01-15T18:30". */
export function utcToAlmaty(instant: Date): string {
  const ms = instant.getTime();
  const guess = new Date(ms + ALMATY_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
  const offset = almatyOffsetMinutes(guess);
  return new Date(ms + offset * 60_000).toISOString().slice(0, 16);
}

/** The calendar day an instant falls on in Almaty, "2027-01-15". */
export const almatyDay = (instant: Date) => utcToAlmaty(instant).slice(0, 10);

/** The local time with its offset, as `<time datetime>` writes it: "2027-01-15T18:30+05:00". */
export function almatyDateTimeAttribute(local: string): string {
  const minutes = almatyOffsetMinutes(local);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}+${hh}:${mm}`;
}

/**
 * A priority is shown as not reviewed when it was last reviewed more than this many months
 * before the day the site was built (police.uk reviews its priorities every quarter;
 * docs/domain.md, "Priorities and meetings").
 */
export const PRIORITY_REVIEW_MONTHS = 3;

/** Whether a priority last reviewed on `reviewed` is overdue for review on `today` (YYYY-MM-DD). */
export const isStalePriority = (reviewed: string, today: string) =>
  addMonths(reviewed, PRIORITY_REVIEW_MONTHS) < today;

/** A meeting's time: its local start in Almaty and its length. */
export interface MeetingTime {
  start: string;
  /** Minutes. */
  duration: number;
}

/** The instants a meeting starts and ends. */
export function meetingInstants({ start, duration }: MeetingTime): { start: Date; end: Date } {
  const from = almatyToUtc(start);
  return { start: from, end: new Date(from.getTime() + duration * 60_000) };
}

/**
 * The meetings still to come at `now` (those not yet over, the soonest first) and the past
 * ones (the latest first), which stay listed with their minutes.
 */
export function splitMeetings<M extends MeetingTime>(
  meetings: readonly M[],
  now: Date,
): { upcoming: M[]; past: M[] } {
  const upcoming: M[] = [];
  const past: M[] = [];
  for (const m of meetings) (meetingInstants(m).end > now ? upcoming : past).push(m);
  upcoming.sort((a, b) => a.start.localeCompare(b.start));
  past.sort((a, b) => b.start.localeCompare(a.start));
  return { upcoming, past };
}
