/**
 * Scheduled daily at 03:00 UTC (08:00 in Almaty): the digest of new and overdue appeals to
 * the duty inbox (DUTY_INBOX, in DUTY_LANGUAGE). At most one digest per day and inbox.
 */
import type { Config } from '@netlify/functions';
import { sendDailyDigest } from '../src/server/jobs.ts';

export default async () => {
  console.log(await sendDailyDigest());
};

export const config: Config = { schedule: '0 3 * * *' };
