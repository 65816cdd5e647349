/**
 * The appeals as the functions run them: the database from DATABASE_URL (migrated at the
 * first request of a process), the calendar from the content, the salt from the
 * environment. One instance per process; a failed start is retried on the next request.
 */
import { loadCalendar } from '../calendar.ts';
import { createDb, DatabaseUnavailableError } from '../db/index.ts';
import { migrate } from '../db/migrations.ts';
import type { AppealsHttp } from './http.ts';
import { builtPages, createPages, servedPages } from './pages.ts';
import { createAppeals, type Appeals } from './service.ts';

/** Used only when APPEALS_HASH_SALT is unset outside production (local development, tests). */
const LOCAL_SALT = 'local-development-salt';

async function start(): Promise<Appeals> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new DatabaseUnavailableError('DATABASE_URL is not set.');
  const salt = process.env['APPEALS_HASH_SALT'];
  if (!salt && process.env['CONTEXT'] === 'production')
    throw new Error('Set APPEALS_HASH_SALT (a long random string) in the site environment.');
  const calendar = loadCalendar(process.env['MPS_CONTENT_DIR']);
  const db = createDb(url);
  await migrate(db);
  // Tunable for tests (many appeals from one address, forms filled by a robot).
  const number = (name: string) =>
    process.env[name] === undefined ? undefined : Number(process.env[name]);
  return createAppeals({
    db,
    calendar,
    salt: salt ?? LOCAL_SALT,
    ...(number('APPEALS_PER_HOUR') !== undefined ? { perHour: number('APPEALS_PER_HOUR')! } : {}),
    ...(number('APPEALS_MIN_FILL_MS') !== undefined
      ? { minFillMs: number('APPEALS_MIN_FILL_MS')! }
      : {}),
  });
}

let started: Promise<Appeals> | undefined;

export function appealsHttp(): AppealsHttp {
  return {
    appeals: () =>
      (started ??= start().catch((error: unknown) => {
        started = undefined;
        throw error;
      })),
    // MPS_PAGES_URL: the site is not built but served (the dev server of `npm start`).
    pages: createPages(
      process.env['MPS_PAGES_URL'] ? servedPages(process.env['MPS_PAGES_URL']) : builtPages(),
    ),
  };
}
