/**
 * The services as the functions run them, started once per process: the database from
 * DATABASE_URL (migrated on first use), the calendar from the content, the outbox with the
 * SMTP server from SMTP_URL, the desk with its publisher. A failed start is retried on the
 * next request. See docs/appeals.md and docs/staff.md for the environment.
 */
import type { Locale } from '../i18n/locales.ts';
import { isLocale } from '../i18n/locales.ts';
import type { WorkingCalendar } from '../lib/working-days.ts';
import { createAppeals, type Appeals } from './appeals/service.ts';
import { loadCalendar } from './calendar.ts';
import { createDb, DatabaseUnavailableError, type Db } from './db/index.ts';
import { migrate } from './db/migrations.ts';
import { enqueueDigest } from './mail/digest.ts';
import { createOutbox, smtpTransport, type Outbox } from './mail/outbox.ts';
import { createDesk, type Desk } from './staff/desk.ts';
import { PublishError, runtimePublisher, type Publisher } from './staff/publisher.ts';

/** Used only when APPEALS_HASH_SALT is unset outside production (local development, tests). */
const LOCAL_SALT = 'local-development-salt';

export interface Services {
  db: Db;
  calendar: WorkingCalendar;
  appeals: Appeals;
  desk: Desk;
  outbox: Outbox;
  siteUrl: string;
  dutyInbox: string | undefined;
  dutyLanguage: Locale;
}

const env = (name: string) => process.env[name] || undefined;
const number = (name: string) => (env(name) === undefined ? undefined : Number(env(name)));

/** The public site's address: Netlify's URL, else MPS_SITE_URL, else the local dev server. */
export const siteUrl = () => env('URL') ?? env('MPS_SITE_URL') ?? 'http://127.0.0.1:4321';

/** The configured publisher; a mistake in its configuration fails publishing, not the rest. */
function publisher(): Publisher {
  try {
    return runtimePublisher();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Publishing is not configured: ${message}`);
    return {
      write: () => Promise.reject(new PublishError(message)),
    };
  }
}

async function start(): Promise<Services> {
  const url = env('DATABASE_URL');
  if (!url) throw new DatabaseUnavailableError('DATABASE_URL is not set.');
  const salt = env('APPEALS_HASH_SALT');
  if (!salt && env('CONTEXT') === 'production')
    throw new Error('Set APPEALS_HASH_SALT (a long random string) in the site environment.');
  const calendar = loadCalendar(env('MPS_CONTENT_DIR'));
  const db = createDb(url);
  await migrate(db);
  const site = siteUrl();
  const smtp = env('SMTP_URL');
  if (!smtp) console.warn('SMTP_URL is not set: mail waits in the outbox until it is.');
  const dutyLanguage = env('DUTY_LANGUAGE') ?? 'ru';
  return {
    db,
    calendar,
    siteUrl: site,
    // Tunable for tests (many appeals from one address, forms filled by a robot).
    appeals: createAppeals({
      db,
      calendar,
      salt: salt ?? LOCAL_SALT,
      siteUrl: site,
      ...(number('APPEALS_PER_HOUR') !== undefined ? { perHour: number('APPEALS_PER_HOUR')! } : {}),
      ...(number('APPEALS_MIN_FILL_MS') !== undefined
        ? { minFillMs: number('APPEALS_MIN_FILL_MS')! }
        : {}),
    }),
    desk: createDesk({ db, calendar, siteUrl: site, publisher: publisher() }),
    outbox: createOutbox({
      db,
      transport: smtp ? smtpTransport(smtp) : undefined,
      from: env('MAIL_FROM') ?? 'MPS Almaty <no-reply@mps.almaty.local>',
      domain: new URL(site).hostname,
    }),
    dutyInbox: env('DUTY_INBOX'),
    dutyLanguage: isLocale(dutyLanguage) ? dutyLanguage : 'ru',
  };
}

let started: Promise<Services> | undefined;

export function services(): Promise<Services> {
  return (started ??= start().catch((error: unknown) => {
    started = undefined;
    throw error;
  }));
}

/** The daily digest to the duty inbox, and what the outbox then sends; a line for the log. */
export async function sendDailyDigest(at = new Date()): Promise<string> {
  const s = await services();
  if (!s.dutyInbox) return 'DUTY_INBOX is not set: no digest.';
  const result = await enqueueDigest({
    db: s.db,
    calendar: s.calendar,
    at,
    recipient: s.dutyInbox,
    language: s.dutyLanguage,
    siteUrl: s.siteUrl,
  });
  const report = await s.outbox.deliver();
  return `Digest: ${result.queued ? 'queued' : 'already sent today'} (${result.fresh} new, ${result.overdue} overdue); ${report.sent} mail sent.`;
}

/**
 * Sends what the outbox holds, right after a commit, waiting at most `waitMs`: the answer to
 * the request does not wait for a slow mail server; the scheduled function retries the rest.
 */
export async function deliverSoon(waitMs = 3_000): Promise<void> {
  const { outbox } = await services();
  const delivery = outbox.deliver().catch((error: unknown) => {
    console.error('Outbox delivery failed:', error);
  });
  await Promise.race([delivery, new Promise((r) => setTimeout(r, waitMs).unref())]);
}
