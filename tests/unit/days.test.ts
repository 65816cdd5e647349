import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarDay } from '../../src/lib/days.ts';

describe('calendar days', () => {
  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2026-11-27', 2)).toBe('2027-01-27');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });
  it('knows a real day written YYYY-MM-DD from anything else', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
    expect(isCalendarDay('03.02.2026')).toBe(false);
  });
});
