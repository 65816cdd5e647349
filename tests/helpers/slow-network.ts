/**
 * A slow mobile link for one page (Lighthouse's "slow 4G": 150 ms of latency, 1.6 Mbit/s down),
 * so that fonts and scripts arrive after the first paint, as they do on a phone.
 *
 * Done with Playwright's routing: every request of the page goes to the real server, and its
 * answer is handed to the page after the latency and after its bytes have had their turn on one
 * shared link. Chromium's own throttling (the DevTools protocol's emulateNetworkConditions) now
 * and then leaves a request pending for good, and the page's load event never fires
 * (microsoft/playwright#22676; seen here once in ~100 throttled loads on CI).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { isLocal } from './playwright-fixtures.ts';

const SLOW_4G = { latencyMs: 150, bytesPerSecond: (1.6 * 1024 * 1024) / 8 };

/** From now on, the page's requests to its own server travel over `link`. */
export async function slowNetwork(page: Page, link = SLOW_4G): Promise<void> {
  /** When the link has sent everything asked of it so far. */
  let linkFreeAt = 0;
  await page.route('**/*', async (route) => {
    // Other hosts are left to the page guard, which blocks them.
    if (!isLocal(route.request().url())) return route.fallback();
    const asked = Date.now();
    try {
      // Redirects go back to the page, which follows them as it would over the network.
      const response = await route.fetch({ maxRedirects: 0 });
      // The bytes as served, uncompressed: a compressed answer would cross the link sooner.
      const body = await response.body();
      const start = Math.max(asked + link.latencyMs, linkFreeAt);
      linkFreeAt = start + (body.length / link.bytesPerSecond) * 1000;
      await sleep(Math.max(0, linkFreeAt - Date.now()));
      await route.fulfill({ response, body });
    } catch (error) {
      // The test has ended and closed the page: nothing waits for the answer any more.
      if (page.isClosed()) return;
      // Otherwise the page sees the request fail, as it would on a network, and never waits.
      await route.abort('failed');
      throw error;
    }
  });
}
