/**
 * The services as the functions run them, started once per process: the database from
 * DATABASE_URL (migrated on first use), the calendar from the content, the outbox with the
 * SMTP server from SMTP_URL, the desk with its publisher. A failed start is retried on the
 * next request. See docs/appeals.md and docs/staff.md for the environment.
 */
import type { Locale } from '../i18n/locales.ts';
import { isLocale } from '../i18n/locales.ts';
import type { WorkingCalendar } from '../lib/working-days.ts';
import { createAlerts, type Alerts } from './alerts/service.ts';
import { createAppeals, type Appeals } from './appeals/service.ts';
import { loadCalendar } from './calendar.ts';
import { createDb, DatabaseUnavailableError, type Db } from './db/index.ts';
import { migrate } from './db/migrations.ts';
import { ConfigurationError, missingSettings, setting, siteUrl } from './environment.ts';
import { createOutbox, smtpTransport, type Outbox } from './mail/outbox.ts';
import { createDesk, type Desk } from './staff/desk.ts';
import { PublishError, runtimePublisher, type Publisher } from './staff/publisher.ts';

/** Used only outside production when APPEALS_HASH_SALT is unset (local development, tests). */
const LOCAL_SALT = 'local-development-salt';
const LOCAL_MAIL_FROM = 'MPS Almaty <no-reply@mps.almaty.local>';

export interface Services {
  db: Db;
  calendar: WorkingCalendar;
  appeals: Appeals;
  alerts: Alerts;
  desk: Desk;
  outbox: Outbox;
  siteUrl: string;
  dutyInbox: string | undefined;
  dutyLanguage: Locale;
}

/**
 * A tuning setting as a whole number; undefined when unset (the service's default applies).
 * Anything else is a configuration error: "5/h" must not become a limit nobody passes.
 */
const tuned = (name: 'APPEALS_PER_HOUR' | 'APPEALS_MIN_FILL_MS' | 'APPEAL_LOOKUPS_PER_HOUR') => {
  const value = setting(name);
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value.trim())) throw new ConfigurationError([name], 'to a whole number');
  return Number(value);
};

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
  // Production refuses to start on local defaults (environment.ts); the log says what to set.
  const missing = missingSettings();
  let limits;
  try {
    if (missing.length) throw new ConfigurationError(missing);
    limits = {
      perHour: tuned('APPEALS_PER_HOUR'),
      minFillMs: tuned('APPEALS_MIN_FILL_MS'),
      lookupsPerHour: tuned('APPEAL_LOOKUPS_PER_HOUR'),
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    throw error;
  }
  const url = setting('DATABASE_URL');
  if (!url) throw new DatabaseUnavailableError('DATABASE_URL is not set.');
  const calendar = loadCalendar(setting('MPS_CONTENT_DIR'));
  const db = createDb(url);
  await migrate(db);
  const site = siteUrl();
  const smtp = setting('SMTP_URL');
  if (!smtp) console.warn('SMTP_URL is not set: mail waits in the outbox until it is.');
  const dutyLanguage = setting('DUTY_LANGUAGE') ?? 'ru';
  return {
    db,
    calendar,
    siteUrl: site,
    appeals: createAppeals({
      db,
      calendar,
      salt: setting('APPEALS_HASH_SALT') ?? LOCAL_SALT,
      siteUrl: site,
      // Tunable (many appeals from one address in tests, forms filled by a robot).
      ...limits,
    }),
    alerts: createAlerts({
      db,
      salt: setting('APPEALS_HASH_SALT') ?? LOCAL_SALT,
      siteUrl: site,
    }),
    desk: createDesk({ db, calendar, siteUrl: site, publisher: publisher() }),
    outbox: createOutbox({
      db,
      transport: smtp ? smtpTransport(smtp) : undefined,
      from: setting('MAIL_FROM') ?? LOCAL_MAIL_FROM,
      domain: new URL(site).hostname,
    }),
    dutyInbox: setting('DUTY_INBOX'),
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
