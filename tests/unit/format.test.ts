import { describe, expect, it } from 'vitest';
import {
  dayToDate,
  formatDate,
  formatDateTime,
  formatDay,
  formatNumber,
  formatPercent,
  localeOr,
} from '../../src/lib/format.ts';

describe('format', () => {
  it('writes a calendar day as the same day in every language', () => {
    expect(formatDay('2026-12-16', 'en')).toBe('16 December 2026');
    expect(formatDay('2026-12-16', 'ru')).toMatch(/^16 декабря 2026/);
    expect(formatDay('2026-12-16', 'kk')).toMatch(/2026/);
    expect(formatDay('2026-12-16', 'en', 'short')).toBe('16 Dec 2026');
  });
  it('writes moments in Almaty time', () => {
    // 20:30 UTC on 31 December is already 1 January in Almaty (UTC+5).
    const late = new Date('2026-12-31T20:30:00Z');
    expect(formatDate(late, 'en')).toBe('1 January 2027');
    expect(formatDate(late, 'ru')).toMatch(/^1 января 2027/);
    expect(formatDate(late, 'kk')).toMatch(/2027/);
    expect(formatDateTime(late, 'en')).toBe('1 Jan 2027, 01:30');
    expect(dayToDate('2027-01-01').toISOString()).toBe('2027-01-01T12:00:00.000Z');
  });
  it('writes numbers and shares in the language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toMatch(/^12\s345$/u);
    expect(formatPercent(0.874, 'en')).toBe('87%');
  });
  it('falls back to the default language for an unknown one', () => {
    expect(localeOr('ru')).toBe('ru');
    expect(localeOr('de')).toBe('kk');
    expect(localeOr(undefined)).toBe('kk');
  });
});
