import { describe, expect, it } from 'vitest';
import {
  HELPLINE_PATTERN,
  PHONE_PATTERN,
  SHORT_NUMBER_PATTERN,
  telHref,
} from '../../src/lib/phone.ts';

describe('telHref', () => {
  it('keeps the + of a full number and only digits', () => {
    expect(telHref('+7 727 000 12 34')).toBe('tel:+77270001234');
    expect(telHref('102')).toBe('tel:102');
  });
});

describe('number patterns', () => {
  it('take a full number as the site writes it, a short number, and either as a helpline', () => {
    expect(PHONE_PATTERN.test('+7 727 254 40 02')).toBe(true);
    expect(PHONE_PATTERN.test('87272544002')).toBe(false);
    expect(SHORT_NUMBER_PATTERN.test('102')).toBe(true);
    expect(SHORT_NUMBER_PATTERN.test('1414')).toBe(true);
    expect(SHORT_NUMBER_PATTERN.test('10')).toBe(false);
    expect(HELPLINE_PATTERN.test('150')).toBe(true);
    expect(HELPLINE_PATTERN.test('+7 727 254 40 02')).toBe(true);
    expect(HELPLINE_PATTERN.test('150 or 102')).toBe(false);
  });
});
