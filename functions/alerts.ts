/**
 * Scheduled every hour: district alerts by e-mail (docs/alerts.md). Reads what the last build
 * published (/alerts/feed.json on the site's URL), mails each new item once to the district's
 * confirmed subscribers through the outbox, and deletes unconfirmed subscriptions whose link
 * expired.
 */
import type { Config } from '@netlify/functions';
import { runAlerts } from '../src/server/jobs.ts';

export default async () => {
  console.log(await runAlerts());
};

export const config: Config = { schedule: '0 * * * *' };
