/**
 * Scheduled daily at 22:00 UTC (03:00 in Almaty): deletes what is kept only for a while —
 * submissions stopped as automatic after 30 days, idempotency keys after a day.
 */
import type { Config } from '@netlify/functions';
import { purgeExpiredRecords } from '../src/server/jobs.ts';

export default async () => {
  console.log(await purgeExpiredRecords());
};

export const config: Config = { schedule: '0 22 * * *' };
