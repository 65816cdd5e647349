/**
 * Scheduled daily at 03:00 UTC (08:00 in Almaty): the digest of new and overdue appeals to
 * the duty inbox (DUTY_INBOX, in DUTY_LANGUAGE). At most one digest per day and inbox.
 */
import type { Config } from '@netlify/functions';
import { enqueueDigest } from '../src/server/mail/digest.ts';
import { services } from '../src/server/runtime.ts';

export default async () => {
  const s = await services();
  if (!s.dutyInbox) {
    console.warn('DUTY_INBOX is not set: no digest.');
    return;
  }
  const result = await enqueueDigest({
    db: s.db,
    calendar: s.calendar,
    at: new Date(),
    recipient: s.dutyInbox,
    language: s.dutyLanguage,
    siteUrl: s.siteUrl,
  });
  const report = await s.outbox.deliver();
  console.log(
    `Digest: ${result.queued ? 'queued' : 'already sent today'} (${result.fresh} new, ${result.overdue} overdue); ${report.sent} mail sent.`,
  );
};

export const config: Config = { schedule: '0 3 * * *' };
