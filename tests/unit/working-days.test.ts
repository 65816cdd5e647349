/**
 * Working days and appeal deadlines, on the calendar the site ships (content/settings) and
 * on small calendars written here for the rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { type CalendarData, createCalendar, InvalidDayError } from '../../src/lib/working-days.ts';
import { loadCalendar } from '../../src/server/calendar.ts';

const shipped = loadCalendar();

const small = (year: Partial<CalendarData['years'][number]> = {}): CalendarData => ({
  timezone: 'Asia/Almaty',
  workingHours: { start: '09:00', end: '18:00' },
  years: [{ year: 2026, holidays: [], daysOff: [], workingWeekends: [], ...year }],
});

describe('working days', () => {
  it('counts Monday to Friday as working days and weekends as days off', () => {
    const cal = createCalendar(small());
    expect(cal.isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2026-11-30')).toBe(true); // Monday
  });

  it('takes holidays, moved days off and working weekends from the calendar', () => {
    expect(shipped.isWorkingDay('2026-12-16')).toBe(false); // Independence Day, Wednesday
    expect(shipped.isWorkingDay('2026-03-09')).toBe(false); // moved from 8 March (Sunday)
    expect(shipped.isWorkingDay('2026-03-23')).toBe(false); // Nauryz, Monday
    const cal = createCalendar(
      small({ workingWeekends: [{ date: '2026-01-03' }] }), // moved by decree
    );
    expect(cal.isWorkingDay('2026-01-03')).toBe(true); // a Saturday made a working day
  });

  it('adds working days across weekends and holidays', () => {
    // Friday 20 March 2026 + 1: 21–25 March are Nauryz, weekend and moved days off.
    expect(shipped.addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(shipped.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(shipped.addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(shipped.workingDaysBetween('2026-03-20', '2026-03-26')).toBe(1);
    expect(shipped.workingDaysBetween('2026-03-26', '2026-03-20')).toBe(0);
  });

  it('gives 15 working days to answer, holidays excluded', () => {
    // Registered Monday 30 Nov 2026: 15 working days, skipping 16 December, is 22 December.
    expect(shipped.deadline('2026-11-30')).toBe('2026-12-22');
    expect(shipped.workingDaysBetween('2026-11-30', shipped.deadline('2026-11-30'))).toBe(15);
  });

  it('registers after working hours, on weekends and holidays on the next working day', () => {
    // Almaty is UTC+5: 12:59 UTC is 17:59, 13:00 UTC is 18:00.
    expect(shipped.registrationDay(new Date('2026-11-27T12:59:00Z'))).toBe('2026-11-27');
    expect(shipped.registrationDay(new Date('2026-11-27T13:00:00Z'))).toBe('2026-11-30');
    expect(shipped.registrationDay(new Date('2026-11-28T06:00:00Z'))).toBe('2026-11-30');
    // Before the working day starts, the same day (the appeal waits for the morning).
    expect(shipped.registrationDay(new Date('2026-11-30T01:00:00Z'))).toBe('2026-11-30');
    // Late on 15 December: 16 December is a holiday, so the 17th.
    expect(shipped.registrationDay(new Date('2026-12-15T15:00:00Z'))).toBe('2026-12-17');
    // 19:30 UTC on 31 December is 00:30 on 1 January in Almaty: a holiday, so 5 January.
    expect(shipped.registrationDay(new Date('2026-12-31T19:30:00Z'))).toBe('2027-01-05');
  });

  it('says which years it knows, and falls back to weekends only for the others', () => {
    expect(shipped.covers('2026-06-01')).toBe(true);
    expect(shipped.covers('2031-06-01')).toBe(false);
    expect(shipped.isWorkingDay('2031-12-16')).toBe(true); // unknown year: no holidays
  });

  it('refuses a value that is not a date', () => {
    expect(() => shipped.isWorkingDay('2026-02-30x')).toThrow(InvalidDayError);
    expect(() => shipped.addWorkingDays('tomorrow', 1)).toThrow(/YYYY-MM-DD/);
  });
});
