/**
 * The appeal form's schema, shared by the browser and the function: what it accepts, how it
 * normalises, and which UI-string key each refusal names.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, UI } from '../../src/i18n/index.ts';
import {
  ACCESS_CODE_PATTERN,
  APPEAL_KINDS,
  APPEAL_NUMBER_PATTERN,
  APPEAL_TEXT_MAX,
  APPEAL_TOPICS,
  formatAppealNumber,
  normalizeAccessCode,
  normalizeKzPhone,
  parseAppeal,
} from '../../src/lib/appeal.ts';

const form = {
  kind: 'question',
  topic: 'neighbours-noise',
  district: 'almaly',
  text: 'Соседи сверху каждую ночь шумят после 23:00. Куда обращаться?',
  name: '  Айгерим  ',
  email: 'aigerim@example.kz',
  phone: '',
  answerLanguage: 'ru',
  consent: 'on',
};

describe('the appeal schema', () => {
  it('accepts a filled-in form, trims it and turns checkboxes into booleans', () => {
    const result = parseAppeal(form);
    expect(result).toEqual({
      ok: true,
      appeal: {
        kind: 'question',
        topic: 'neighbours-noise',
        district: 'almaly',
        text: form.text,
        name: 'Айгерим',
        email: 'aigerim@example.kz',
        phone: undefined,
        answerLanguage: 'ru',
        consent: true,
        publish: false,
      },
    });
  });

  it('accepts the same values sent as JSON by the script', () => {
    const result = parseAppeal({ ...form, consent: true, publish: true, district: '' });
    expect(result.ok && result.appeal).toMatchObject({ consent: true, publish: true });
    expect(result.ok && result.appeal.district).toBeUndefined();
  });

  it('names each wrong field with a UI-string key', () => {
    const result = parseAppeal({
      ...form,
      kind: 'order',
      topic: '',
      text: 'short',
      name: 'A',
      email: 'not an address',
      answerLanguage: 'de',
      consent: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        kind: 'appeal.error.kind',
        topic: 'appeal.error.topic',
        text: 'appeal.error.textShort',
        name: 'appeal.error.name',
        email: 'appeal.error.email',
        answerLanguage: 'appeal.error.answerLanguage',
        consent: 'appeal.error.consent',
      },
    });
  });

  it('needs an e-mail address or a phone number', () => {
    expect(parseAppeal({ ...form, email: ' ' })).toEqual({
      ok: false,
      errors: { email: 'appeal.error.contact' },
    });
    const withPhone = parseAppeal({ ...form, email: '', phone: '8 701 123-45-67' });
    expect(withPhone.ok && withPhone.appeal.phone).toBe('+7 701 123 45 67');
  });

  it('takes a point in the city, with a decimal point or comma, under the latitude', () => {
    const point = (latitude: string, longitude: string, area = 'almaly-07') =>
      parseAppeal({ ...form, area, latitude, longitude });
    expect(point('43,25123', '76,92345')).toMatchObject({
      ok: true,
      appeal: { area: 'almaly-07', latitude: 43.25123, longitude: 76.92345 },
    });
    expect(point('', '')).toMatchObject({ ok: true, appeal: { latitude: undefined } });
    for (const [lat, lon] of [
      ['43.25', ''],
      ['', '76.9'],
      ['51.16', '71.47'],
      ['43.2x', '76.9'],
      ['43.25', 'восток'],
    ])
      expect(point(lat!, lon!), `${lat} ${lon}`).toEqual({
        ok: false,
        errors: { latitude: 'appeal.error.point' },
      });
    expect(point('', '', 'almaly')).toEqual({ ok: false, errors: { area: 'appeal.error.area' } });
  });

  it('bounds the text', () => {
    expect(parseAppeal({ ...form, text: 'я'.repeat(APPEAL_TEXT_MAX) }).ok).toBe(true);
    expect(parseAppeal({ ...form, text: 'я'.repeat(APPEAL_TEXT_MAX + 1) })).toEqual({
      ok: false,
      errors: { text: 'appeal.error.textLong' },
    });
  });

  it('refuses what is not a form at all', () => {
    for (const body of [null, 'text', 42, [], {}])
      expect(parseAppeal(body).ok, JSON.stringify(body)).toBe(false);
    expect(parseAppeal('text')).toEqual({ ok: false, errors: { form: 'appeal.error.form' } });
  });

  it('has a label for every kind and topic in every language', () => {
    for (const lang of LOCALES) {
      for (const k of APPEAL_KINDS) expect(UI[lang]).toHaveProperty(`appeal.kind.${k}`);
      for (const t of APPEAL_TOPICS) expect(UI[lang]).toHaveProperty(`appeal.topic.${t}`);
    }
  });
});

describe('Kazakhstan phone numbers', () => {
  it.each([
    ['+7 701 123 45 67', '+7 701 123 45 67'],
    ['+77011234567', '+7 701 123 45 67'],
    ['87011234567', '+7 701 123 45 67'],
    ['8 (727) 254-40-02', '+7 727 254 40 02'],
    ['7011234567', '+7 701 123 45 67'],
  ])('%s → %s', (input, expected) => expect(normalizeKzPhone(input)).toBe(expected));

  it.each([
    '+7 916 123 45 67',
    '+1 701 123 45 67',
    '123',
    '+7 701 123 45 6',
    'call me',
    '+7011234567',
  ])('refuses %s', (input) => expect(normalizeKzPhone(input)).toBeUndefined());
});

describe('registration numbers and access codes', () => {
  it('writes numbers as MPS-<year>-<six digits>, growing past a million', () => {
    expect(formatAppealNumber(2026, 123)).toBe('MPS-2026-000123');
    expect(formatAppealNumber(2027, 1)).toBe('MPS-2027-000001');
    expect(formatAppealNumber(2026, 1_234_567)).toBe('MPS-2026-1234567');
    for (const n of ['MPS-2026-000123', 'MPS-2026-1234567'])
      expect(APPEAL_NUMBER_PATTERN.test(n), n).toBe(true);
    for (const n of ['MPS-26-000123', 'mps-2026-000123', 'MPS-2026-12', 'MPS-2026-000123 '])
      expect(APPEAL_NUMBER_PATTERN.test(n), n).toBe(false);
  });

  it('reads an access code however it was typed', () => {
    expect(normalizeAccessCode('v772eexrtecc')).toBe('V772-EEXR-TECC');
    expect(normalizeAccessCode(' V772 EEXR TECC ')).toBe('V772-EEXR-TECC');
    expect(ACCESS_CODE_PATTERN.test(normalizeAccessCode('v772-eexr-tecc'))).toBe(true);
    // 0, 1, I and O are not in the alphabet: a code with them cannot exist.
    expect(ACCESS_CODE_PATTERN.test(normalizeAccessCode('O0I1-EEXR-TECC'))).toBe(false);
  });
});
