/**
 * Scheduled every five minutes: sends the mail waiting in the outbox (mail that could not go
 * out right after its event, for example while the mail server was down).
 */
import type { Config } from '@netlify/functions';
import { services } from '../src/server/runtime.ts';

export default async () => {
  const { outbox } = await services();
  const report = await outbox.deliver();
  console.log(`Outbox: ${report.sent} sent, ${report.failed} failed.`);
};

export const config: Config = { schedule: '*/5 * * * *' };
