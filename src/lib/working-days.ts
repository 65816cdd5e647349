/**
 * Working days of the service, from the calendar in content/settings/calendar.yaml (see
 * docs/domain.md, "Working days" and "Appeals"). Days are civil dates in Almaty
 * written as YYYY-MM-DD; instants are converted with the calendar's time zone.
 *
 * A day is a working day when it is Monday–Friday and not a holiday or an extra day off, or
 * when it is a weekend day that a decree made a working day. For a year the calendar does not
 * list, only weekends are days off: `covers()` says whether a day's year is listed, so that
 * callers can flag a deadline computed without that year's holidays.
 */
import { DAY_PATTERN } from './days.ts';

/**
 * What the calendar reads of content/settings/calendar.yaml; the file's model is
 * `calendarSchema` in src/models/settings.ts, whose data fits this shape.
 */
export interface CalendarData {
  timezone: string;
  workingHours: { start: string; end: string };
  years: readonly {
    year: number;
    holidays: readonly { date: string }[];
    daysOff: readonly { date: string }[];
    workingWeekends: readonly { date: string }[];
  }[];
}

/** An appeal is answered within this many working days of registration (APC art. 76). */
export const ANSWER_WORKING_DAYS = 15;
/** Forwarding to another body and telling the applicant of an extension: within 3 working days. */
export const NOTICE_WORKING_DAYS = 3;

const DAY_MS = 86_400_000;

/** Thrown for a value that is not a YYYY-MM-DD calendar date. */
export class InvalidDayError extends Error {
  override name = 'InvalidDayError';
}

function dayNumber(day: string): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!DAY_PATTERN.test(day) || Number.isNaN(time))
    throw new InvalidDayError(`"${day}" is not a date written as YYYY-MM-DD.`);
  return time / DAY_MS;
}
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface WorkingCalendar {
  /** The Almaty date and time (HH:MM) of an instant. */
  localTime(at: Date): { day: string; time: string };
  isWorkingDay(day: string): boolean;
  /** Whether the calendar lists the holidays of the day's year. */
  covers(day: string): boolean;
  /** The day `count` working days after `day` (the day itself not counted). */
  addWorkingDays(day: string, count: number): string;
  /** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
  workingDaysBetween(from: string, to: string): number;
  /**
   * The day an appeal received at `at` is registered: that day if it is a working day and
   * the working day has not ended, otherwise the next working day.
   */
  registrationDay(at: Date): string;
  /** The answer deadline of an appeal registered on `day`. */
  deadline(day: string): string;
}

export function createCalendar(data: CalendarData): WorkingCalendar {
  const years = new Set(data.years.map((y) => y.year));
  const off = new Set(data.years.flatMap((y) => [...y.holidays, ...y.daysOff].map((d) => d.date)));
  const working = new Set(data.years.flatMap((y) => y.workingWeekends.map((d) => d.date)));
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: data.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  /** Whether day number `n` (days since 1970-01-01) is a working day; remembered per day. */
  const workingByNumber = new Map<number, boolean>();
  const isWorking = (n: number) => {
    let result = workingByNumber.get(n);
    if (result === undefined) {
      const day = dayOf(n);
      const weekday = new Date(n * DAY_MS).getUTCDay(); // 0 Sunday … 6 Saturday
      result = working.has(day) || (!off.has(day) && weekday !== 0 && weekday !== 6);
      workingByNumber.set(n, result);
    }
    return result;
  };
  const isWorkingDay = (day: string) => isWorking(dayNumber(day));

  const addWorkingDays = (day: string, count: number) => {
    let n = dayNumber(day);
    for (let left = count; left > 0;) {
      n += 1;
      if (isWorking(n)) left -= 1;
    }
    return dayOf(n);
  };

  return {
    localTime(at) {
      const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
      return {
        day: `${parts['year']}-${parts['month']}-${parts['day']}`,
        time: `${parts['hour']}:${parts['minute']}`,
      };
    },
    isWorkingDay,
    covers: (day) => years.has(new Date(dayNumber(day) * DAY_MS).getUTCFullYear()),
    addWorkingDays,
    workingDaysBetween(from, to) {
      let count = 0;
      const last = dayNumber(to);
      for (let n = dayNumber(from) + 1; n <= last; n++) if (isWorking(n)) count++;
      return count;
    },
    registrationDay(at) {
      const { day, time } = this.localTime(at);
      return isWorkingDay(day) && time < data.workingHours.end ? day : addWorkingDays(day, 1);
    },
    deadline: (day) => addWorkingDays(day, ANSWER_WORKING_DAYS),
  };
}
