/**
 * What runs apart from a request's answer: the scheduled functions' runs (the daily digest,
 * the outbox, the retention clean-up) and the delivery of mail right after a response.
 */
import { fetchAlertFeed, type Fetch } from './alerts/feed.ts';
import { purgeExpired } from './appeals/retention.ts';
import type { WaitUntil } from './http.ts';
import { enqueueDigest } from './mail/digest.ts';
import { services } from './services.ts';

/** How long a scheduled run may send mail: Netlify stops scheduled functions at 30 s. */
export const SCHEDULED_BUDGET_MS = 20_000;
/** How long the delivery after a response may take (the platform keeps it alive). */
const AFTER_RESPONSE_BUDGET_MS = 8_000;

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
  const report = await s.outbox.deliver({ budgetMs: SCHEDULED_BUDGET_MS });
  return `Digest: ${result.queued ? 'queued' : 'already sent today'} (${result.fresh} new, ${result.overdue} overdue); ${report.sent} mail sent.`;
}

/** The outbox's scheduled run; a line for the log. */
export async function deliverOutbox(): Promise<string> {
  const { outbox } = await services();
  const report = await outbox.deliver({ budgetMs: SCHEDULED_BUDGET_MS });
  return `Outbox: ${report.sent} sent, ${report.failed} failed, ${report.lost} claims lost.`;
}

/** The daily clean-up of what is kept only for a while; a line for the log. */
export async function purgeExpiredRecords(at = new Date()): Promise<string> {
  const { db } = await services();
  const purged = await purgeExpired(db, at);
  return `Retention: deleted ${purged.spam} automatic submissions and ${purged.keys} keys.`;
}

/**
 * Sends what the outbox holds right after a commit, without delaying the response: on
 * Netlify through `context.waitUntil`, in a long-lived server in the background. Whatever is
 * not sent then, the scheduled outbox function sends.
 */
export function deliverAfterResponse(waitUntil?: WaitUntil): void {
  const delivery = services()
    .then(({ outbox }) => outbox.deliver({ budgetMs: AFTER_RESPONSE_BUDGET_MS }))
    .catch((error: unknown) => {
      console.error('Outbox delivery failed:', error);
    });
  waitUntil?.(delivery);
}

/**
 * The alerts' scheduled run (docs/alerts.md): reads the feed the last build published, mails
 * what is new to the districts' confirmed subscribers, deletes what is kept only for a while,
 * and sends what the outbox holds; a line for the log.
 */
export async function runAlerts(fetcher: Fetch = fetch): Promise<string> {
  const started = Date.now();
  const { alerts, outbox, siteUrl } = await services();
  const purged = await alerts.purge();
  const feed = await fetchAlertFeed(fetcher, siteUrl);
  const run = await alerts.announce(feed);
  // The whole run stays within the scheduled function's limit: sending gets what is left of
  // the budget (a run cut off after a mail went but before it was marked would send it again).
  const report = await outbox.deliver({
    budgetMs: Math.max(0, SCHEDULED_BUDGET_MS - (Date.now() - started)),
  });
  return `Alerts: ${
    run.primed
      ? `first reading, ${feed.items.length} items recorded without mail`
      : `${run.fresh} new items, ${run.mails} mails queued`
  }; deleted ${purged.subscriptions} unconfirmed subscriptions and ${purged.mails} old mails; ${report.sent} mail sent.`;
}
