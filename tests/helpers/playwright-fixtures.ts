/**
 * Shared Playwright fixtures. Every spec imports `test` and `expect` from here, so every
 * page is guarded: a test fails if the page logs a console error (CSP violations show up
 * as console errors), throws an uncaught exception, or tries to reach another host
 * (such requests are aborted).
 */
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether `url` is on this machine (the site under test), not another host. */
export const isLocal = (url: string) => LOCAL_HOSTS.has(new URL(url).hostname);

export interface PageGuard {
  /** What went wrong since the last reset, one readable line each. */
  readonly problems: string[];
  reset(): void;
  /** From now on, does not count problems that match `pattern` (for a known, harmless one). */
  allow(pattern: RegExp): void;
}

/** Starts collecting console errors, page errors and requests to other hosts. */
export async function guardPage(page: Page): Promise<PageGuard> {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const report = (problem: string) => {
    if (!allowed.some((pattern) => pattern.test(problem))) problems.push(problem);
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    report(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => report(`uncaught exception: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    report(`request to another host (blocked): ${url}`);
    return route.abort('blockedbyclient');
  });
  return {
    problems,
    reset: () => {
      problems.length = 0;
    },
    allow: (pattern) => {
      allowed.push(pattern);
    },
  };
}

function assertClean(guard: PageGuard) {
  expect(guard.problems, 'console errors, page errors or requests to other hosts').toEqual([]);
}

interface TestFixtures {
  /** The guard of `page`, for a test that expects (and then clears) a known problem. */
  guard: PageGuard;
  /** A page reused by all tests of a worker (faster for scanning many pages); guarded per test. */
  reusedPage: Page;
}

interface WorkerFixtures {
  workerPage: { page: Page; guard: PageGuard };
}

const guards = new WeakMap<Page, PageGuard>();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  page: async ({ page }, use) => {
    const guard = await guardPage(page);
    guards.set(page, guard);
    await use(page);
    assertClean(guard);
  },

  guard: async ({ page }, use) => {
    await use(guards.get(page)!);
  },

  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // Worker fixtures cannot read test options, so copy the project's device settings.
      const project = workerInfo.project.use;
      const options: BrowserContextOptions = {};
      if (project.baseURL !== undefined) options.baseURL = project.baseURL;
      if (project.viewport !== undefined) options.viewport = project.viewport;
      if (project.userAgent !== undefined) options.userAgent = project.userAgent;
      if (project.deviceScaleFactor !== undefined)
        options.deviceScaleFactor = project.deviceScaleFactor;
      if (project.isMobile !== undefined) options.isMobile = project.isMobile;
      if (project.hasTouch !== undefined) options.hasTouch = project.hasTouch;
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const guard = await guardPage(page);
      await use({ page, guard });
      await context.close();
    },
    { scope: 'worker' },
  ],

  reusedPage: async ({ workerPage }, use) => {
    workerPage.guard.reset();
    await use(workerPage.page);
    assertClean(workerPage.guard);
  },
});
