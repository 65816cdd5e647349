import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldLine,
  ICS_LINE_OCTETS,
  icsDateTime,
  writeCalendar,
} from '../../src/lib/ics.ts';

/** A small RFC 5545 reader: unfolds, splits components and properties, unescapes TEXT. */
function parse(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const unescape = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const stack: { name: string; props: Record<string, string>; children: unknown[] }[] = [];
  let root: (typeof stack)[number] | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0]!;
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const node = { name: value, props: {}, children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
      root ??= node;
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else stack.at(-1)!.props[name] = unescape(value);
  }
  expect(stack).toEqual([]);
  return root!;
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  it('escapes TEXT values', () => {
    expect(escapeIcsText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('writes instants in UTC', () => {
    expect(icsDateTime(new Date('2027-01-15T13:30:00Z'))).toBe('20270115T133000Z');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Тұрғындармен кездесу, Әуезов ауданы '.repeat(6)}😀x`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(ICS_LINE_OCTETS);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes a calendar that reads back the same', () => {
    const ics = writeCalendar({
      prodId: '-//Test//Meetings//RU',
      name: 'Встречи с жителями: Алмалинский',
      stamp: new Date('2026-12-03T08:00:00Z'),
      events: [
        {
          uid: 'almaly-01-2027-01-15@example.org',
          start: new Date('2027-01-15T13:30:00Z'),
          end: new Date('2027-01-15T14:30:00Z'),
          summary: 'Встреча с жителями: Алмалинский, участок 1',
          description: 'Повестка: отчёт; вопросы, предложения.\n\nИтоги: 34 жителя; всё решено.',
          location: 'Участковый пункт полиции № 21, ул. Карасай батыра, 14',
          url: 'https://example.org/ru/districts/almaly/meetings/#meeting-almaly-01-2027-01-15',
        },
      ],
    });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const cal = parse(ics);
    expect(cal.name).toBe('VCALENDAR');
    expect(cal.props).toMatchObject({
      VERSION: '2.0',
      PRODID: '-//Test//Meetings//RU',
      METHOD: 'PUBLISH',
      'X-WR-CALNAME': 'Встречи с жителями: Алмалинский',
    });
    expect(cal.children).toHaveLength(1);
    const event = cal.children[0] as { name: string; props: Record<string, string> };
    expect(event.name).toBe('VEVENT');
    expect(event.props).toEqual({
      UID: 'almaly-01-2027-01-15@example.org',
      DTSTAMP: '20261203T080000Z',
      DTSTART: '20270115T133000Z',
      DTEND: '20270115T143000Z',
      SUMMARY: 'Встреча с жителями: Алмалинский, участок 1',
      DESCRIPTION: 'Повестка: отчёт; вопросы, предложения.\n\nИтоги: 34 жителя; всё решено.',
      LOCATION: 'Участковый пункт полиции № 21, ул. Карасай батыра, 14',
      URL: 'https://example.org/ru/districts/almaly/meetings/#meeting-almaly-01-2027-01-15',
    });
  });

  it('leaves out a feed name and empty properties', () => {
    const ics = writeCalendar({
      prodId: '-//Test//EN',
      stamp: new Date(0),
      events: [{ uid: 'x@h', start: new Date(0), end: new Date(60_000), summary: 'S' }],
    });
    expect(ics).not.toMatch(/X-WR-CALNAME|DESCRIPTION|LOCATION|URL/);
  });
});
