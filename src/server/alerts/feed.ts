/**
 * Reads the feed the last build published (/alerts/feed.json, src/pages/alerts/feed.json.ts)
 * from the public site. The fetch is a parameter: the scheduled function passes the
 * platform's, the tests a real one against a local server.
 */
import { parseAlertFeed, type AlertFeed } from '../../lib/alerts.ts';
import { routes } from '../../lib/routes.ts';

/** The largest feed read (it lists 30 days of items: a few kilobytes). */
export const FEED_BYTES_MAX = 2_000_000;
const FEED_TIMEOUT_MS = 10_000;

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The feed could not be read: the run mails nothing and the next run tries again. */
export class AlertFeedError extends Error {
  override name = 'AlertFeedError';
}

export async function fetchAlertFeed(fetcher: Fetch, siteUrl: string): Promise<AlertFeed> {
  const url = new URL(routes.alertsFeed(), siteUrl).href;
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw new AlertFeedError(`${url} could not be fetched.`, { cause: error });
  }
  if (!response.ok) throw new AlertFeedError(`${url} answered ${response.status}.`);
  const text = await response.text();
  if (text.length > FEED_BYTES_MAX) throw new AlertFeedError(`${url} is too large.`);
  try {
    return parseAlertFeed(JSON.parse(text));
  } catch (error) {
    throw new AlertFeedError(`${url}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
}
