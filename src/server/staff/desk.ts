/**
 * The staff desk: what it shows (read-models.ts) and the actions staff take (actions.ts),
 * over one database, calendar, clock and publisher.
 */
import type { WorkingCalendar } from '../../lib/working-days.ts';
import type { Db } from '../db/index.ts';
import { createActions } from './actions.ts';
import type { Publisher } from './publisher.ts';
import { createReadModels } from './read-models.ts';

export interface DeskOptions {
  db: Db;
  calendar: WorkingCalendar;
  /** Where links in mails point (the public site). */
  siteUrl: string;
  publisher: Publisher;
  now?: () => Date;
}

export function createDesk(options: DeskOptions) {
  const now = options.now ?? (() => new Date());
  return { ...createReadModels({ ...options, now }), ...createActions({ ...options, now }) };
}

export type Desk = ReturnType<typeof createDesk>;
