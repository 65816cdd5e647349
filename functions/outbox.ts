/**
 * Scheduled every five minutes: sends the mail waiting in the outbox (mail that could not go
 * out right after its event, for example while the mail server was down), within the time
 * Netlify gives a scheduled function.
 */
import type { Config } from '@netlify/functions';
import { deliverOutbox } from '../src/server/jobs.ts';

export default async () => {
  console.log(await deliverOutbox());
};

export const config: Config = { schedule: '*/5 * * * *' };
