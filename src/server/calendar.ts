/**
 * The working-day calendar of the content (content/settings/calendar.yaml), read and checked
 * against its model, for code that runs outside the Astro build (functions, scripts, tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createCalendar, type WorkingCalendar } from '../lib/working-days.ts';
import { calendarSchema } from '../models/settings.ts';

export function loadCalendar(contentDir = 'content'): WorkingCalendar {
  const file = join(contentDir, 'settings/calendar.yaml');
  return createCalendar(calendarSchema.parse(parse(readFileSync(file, 'utf8'))));
}
