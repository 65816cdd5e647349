import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CMS_PORT } from './tests/e2e/cms-sandbox.ts';

const CI = Boolean(process.env['CI']);
/** E2E_PORT lets a second run coexist with a server already on 4322. */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

/** Chromium: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium, else Playwright's own. */
const executablePath =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // Pixel 7-like phone. Runs only the tests tagged @phone (e.g. one page per template in
      // a11y.spec.ts); tag a test with `{ tag: '@phone' }` to run it here too.
      name: 'phone',
      grep: /@phone/,
      use: {
        userAgent: devices['Pixel 7'].userAgent,
        viewport: { width: 412, height: 915 },
        deviceScaleFactor: 2.625,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  // The built site, served with netlify.toml's headers and 404 rules (run `npm run build` first).
  webServer: [
    {
      command: `node scripts/serve.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // The CMS's local backend (decap-server, as `npm start` runs it), here on a throw-away
      // git copy of tests/fixtures/content-min so that tests never edit content/.
      command: 'node tests/e2e/cms-sandbox.ts',
      port: CMS_PORT,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
});
