import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.ts';
import { embeddedDatabaseUrl } from './scripts/lib/embedded-db.ts';
import { CMS_PORT } from './tests/helpers/cms-sandbox.ts';
import {
  MAIL_HTTP_PORT,
  MAIL_SMTP_PORT,
  QA_SANDBOX,
  STAFF_SECRET,
} from './tests/helpers/staff-env.ts';

const CI = Boolean(process.env['CI']);
/** E2E_PORT lets a second run coexist with a server already on 4322. */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
/** The tests' own embedded database (npm start's uses 5433). */
const DB_PORT = Number(process.env['E2E_DB_PORT'] ?? 5434);

/** Chromium: scripts/lib/chromium.ts's choice, else Playwright's own. */
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  // No retries: a test that fails once is a bug to fix, here or in the site.
  retries: 0,
  // A function call under Netlify's emulation takes 1.5–3 s (a worker and a fresh bundle per
  // call) and calls queue one behind the other (docs/decisions/0007-netlify-emulation.md).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      name: 'desktop',
      // Tests tagged @phone-only (e.g. layout shift on a phone) run on the phone project only.
      grepInvert: /@phone-only/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // Pixel 7-like phone. Runs only the tests tagged @phone (e.g. one page per template in
      // a11y.spec.ts); tag a test with `{ tag: '@phone' }` to run it here too, or with
      // '@phone-only' to run it here alone.
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
  // The built site under Netlify's emulation: netlify.toml's headers and redirects, the
  // functions (run `npm run build` first; see docs/decisions/0007-netlify-emulation.md).
  webServer: [
    {
      // The embedded database, in memory, for the appeals functions (PGlite starts in ~20 s).
      command: `node scripts/db.ts --memory --port ${DB_PORT}`,
      port: DB_PORT,
      reuseExistingServer: !CI,
      timeout: 90_000,
    },
    {
      // DIST_DIR (tests/helpers/site.ts) serves and tests another build.
      command: `node scripts/serve.ts --port ${PORT}${process.env['DIST_DIR'] ? ` --dir ${process.env['DIST_DIR']}` : ''}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: !CI,
      timeout: 30_000,
      // The functions see these and nothing else of this environment (serve.ts removes the
      // rest, as Netlify's runtime has none of it); each is in src/server/environment.ts.
      env: {
        DATABASE_URL: embeddedDatabaseUrl(DB_PORT),
        DATABASE_POOL_SIZE: '1',
        // Many appeals come from one address here, and a robot fills forms in a second;
        // the limit and the spam timing are tested in tests/integration/appeals.test.ts.
        APPEALS_PER_HOUR: '10000',
        APPEALS_MIN_FILL_MS: '0',
        // The staff desk: local tokens signed with the tests' secret, Q&A published into a
        // sandbox folder, mail to the tests' sink.
        STAFF_JWT_SECRET: STAFF_SECRET,
        QA_PUBLISHER: 'fs',
        QA_CONTENT_DIR: QA_SANDBOX,
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        MPS_SITE_URL: `http://127.0.0.1:${PORT}`,
        DUTY_INBOX: 'duty@mps.test',
      },
    },
    {
      // The mail sink: the tests read what the site sent from its JSON list.
      command: `node scripts/mail-sink.ts --memory --smtp-port ${MAIL_SMTP_PORT} --http-port ${MAIL_HTTP_PORT}`,
      url: `http://127.0.0.1:${MAIL_HTTP_PORT}/messages.json`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      // The CMS's local backend (decap-server, as `npm start` runs it), here on a throw-away
      // git copy of tests/fixtures/content-min so that tests never edit content/.
      command: 'node tests/helpers/cms-sandbox.ts',
      port: CMS_PORT,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
});
