import { describe, expect, it } from 'vitest';
import {
  almatyDateTimeAttribute,
  almatyDay,
  almatyToUtc,
  isLocalDateTime,
  isStalePriority,
  PRIORITY_REVIEW_MONTHS,
  splitMeetings,
  utcToAlmaty,
} from '../../src/lib/meetings.ts';

describe('Almaty time', () => {
  it('is UTC+5 since 1 March 2024 and UTC+6 before', () => {
    expect(almatyToUtc('2027-01-15T18:30').toISOString()).toBe('2027-01-15T13:30:00.000Z');
    expect(almatyToUtc('2026-07-01T00:15').toISOString()).toBe('2026-06-30T19:15:00.000Z');
    expect(almatyToUtc('2024-02-01T10:00').toISOString()).toBe('2024-02-01T04:00:00.000Z');
    expect(almatyDateTimeAttribute('2027-01-15T18:30')).toBe('2027-01-15T18:30+05:00');
    expect(almatyDateTimeAttribute('2023-05-01T09:00')).toBe('2023-05-01T09:00+06:00');
  });

  it('turns an instant back into the local time and day', () => {
    for (const local of ['2027-01-15T18:30', '2026-12-31T23:59', '2023-05-01T09:00'])
      expect(utcToAlmaty(almatyToUtc(local))).toBe(local);
    expect(almatyDay(new Date('2026-12-31T19:30:00Z'))).toBe('2027-01-01');
    expect(almatyDay(new Date('2026-12-31T18:59:00Z'))).toBe('2026-12-31');
  });

  it('accepts only a real local date and time', () => {
    expect(isLocalDateTime('2027-01-15T18:30')).toBe(true);
    for (const bad of ['2027-02-30T10:00', '2027-01-15T24:00', '2027-01-15 18:30', '2027-01-15'])
      expect(isLocalDateTime(bad), bad).toBe(false);
    expect(() => almatyToUtc('2027-13-01T10:00')).toThrow(RangeError);
  });
});

describe('priorities', () => {
  it(`are overdue for review more than ${PRIORITY_REVIEW_MONTHS} months after the last one`, () => {
    expect(isStalePriority('2026-09-03', '2026-12-03')).toBe(false);
    expect(isStalePriority('2026-09-02', '2026-12-03')).toBe(true);
    expect(isStalePriority('2026-11-30', '2027-02-28')).toBe(false);
    expect(isStalePriority('2026-11-30', '2027-03-01')).toBe(true);
  });
});

describe('splitMeetings', () => {
  const m = (id: string, start: string, duration = 60) => ({ id, start, duration });
  const meetings = [
    m('a', '2026-12-01T18:00'),
    m('b', '2027-03-10T18:30'),
    m('c', '2026-12-03T18:00', 90),
    m('d', '2027-01-20T11:00'),
    m('e', '2026-09-15T19:00'),
  ];

  it('keeps a meeting upcoming until it is over; soonest first, past latest first', () => {
    // 19:00 in Almaty on 3 December: meeting c (18:00–19:30) is still going on.
    const now = new Date('2026-12-03T14:00:00Z');
    const { upcoming, past } = splitMeetings(meetings, now);
    expect(upcoming.map((x) => x.id)).toEqual(['c', 'd', 'b']);
    expect(past.map((x) => x.id)).toEqual(['a', 'e']);
    const later = splitMeetings(meetings, new Date('2026-12-03T14:30:00Z'));
    expect(later.upcoming.map((x) => x.id)).toEqual(['d', 'b']);
  });
});
