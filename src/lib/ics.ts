/**
 * An iCalendar writer (RFC 5545) for the meetings with residents: one meeting's `.ics` and a
 * district's feed. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 * character; TEXT values are escaped; times are written in UTC.
 */

export interface IcsEvent {
  /** Stable across builds and languages: "<meeting-id>@<site host>". */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
}

export interface IcsCalendar {
  /** Who wrote the calendar: "-//MPS Almaty//Meetings//EN". */
  prodId: string;
  /** The calendar's name in a calendar app (X-WR-CALNAME), for a feed. */
  name?: string | undefined;
  /** When the file was made (each event's DTSTAMP). */
  stamp: Date;
  events: readonly IcsEvent[];
}

/** The longest line, in octets, without its CRLF (RFC 5545, 3.1). */
export const ICS_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
export const escapeIcsText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** An instant in UTC: 20270115T133000Z. */
export const icsDateTime = (instant: Date) =>
  `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * One content line folded into lines of at most 75 octets: each continuation line starts with
 * a space, which counts towards its 75. A character is never split across lines.
 */
export function foldLine(line: string): string {
  if (octets(line) <= ICS_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    const limit = parts.length === 0 ? ICS_LINE_OCTETS : ICS_LINE_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const text = (name: string, value: string | undefined) =>
    value ? [`${name}:${escapeIcsText(value)}`] : [];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    ...text('SUMMARY', event.summary),
    ...text('DESCRIPTION', event.description),
    ...text('LOCATION', event.location),
    // A URI value is not TEXT: written as it is (the routes and https links have no CR or LF).
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, '')}`] : []),
    'END:VEVENT',
  ];
}

/** The calendar as an iCalendar file: METHOD:PUBLISH, one VEVENT per event, CRLF line ends. */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeIcsText(calendar.name)}`] : []),
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
