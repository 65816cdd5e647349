/**
 * `npm run bench:admin [-- --runs 5]`: how heavy and how fast the CMS page is. Needs a built
 * dist/ (`npm run build`). Serves dist/ under Netlify's emulation as `npm run preview` does
 * (without the functions), runs decap-server, opens /admin/ in Chromium with an empty cache each
 * time, and prints:
 *   - the JavaScript of /admin/ (raw and gzip),
 *   - the time from navigation to the "Login" button, and to the list of news after login
 *     (median and worst of the runs).
 * Chromium: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium, else Playwright's own.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { gzipSize, kb, median } from './lib/budgets.ts';
import { scanTags } from './lib/html.ts';
import { createLocalNetlify, listen } from './lib/local-netlify.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

const dist = 'dist';
const adminHtml = join(dist, 'admin/index.html');
if (!existsSync(adminHtml)) throw new Error('No dist/admin/index.html: run `npm run build` first.');

// 1. Weight: the module scripts of the page (Vite bundles Decap into one file).
const scripts = scanTags(readFileSync(adminHtml, 'utf8'))
  .flatMap((tag) => (tag.name === 'script' ? [tag.attrs.get('src')] : []))
  .filter((src): src is string => Boolean(src))
  .map((src) => readFileSync(join(dist, src)));
const raw = scripts.reduce((sum, s) => sum + s.length, 0);
const gzip = scripts.reduce((sum, s) => sum + gzipSize(s), 0);
console.log(`/admin/ JavaScript: ${kb(raw)} raw, ${kb(gzip)} gzip (${scripts.length} file)`);

// 2. Time: the site and the CMS backend, on ports of their own.
const site = await createLocalNetlify({ publish: dist, functions: false });
const siteUrl = `http://127.0.0.1:${await listen(site.server, 0)}`;

/** decap-server on 8081 (the port the CMS looks for); refuses to start if it is taken. */
async function startDecapServer() {
  await new Promise<void>((done, fail) => {
    const probe = createServer()
      .once('error', () => fail(new Error('Port 8081 is in use (is `npm start` running?).')))
      .listen(8081, '127.0.0.1', () => probe.close(() => done()));
  });
  const child = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch('http://127.0.0.1:8081/api/v1', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('decap-server did not start');
}
const backend = await startDecapServer();

const executablePath =
  process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'] ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const toLogin: number[] = [];
const toList: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${siteUrl}/admin/`);
    await page.getByRole('button', { name: /login/i }).waitFor();
    toLogin.push(performance.now() - started);
    const clicked = performance.now();
    await page.getByRole('button', { name: /login/i }).click();
    await page.getByRole('link', { name: 'News', exact: true }).first().waitFor();
    await page.locator('a[href*="/collections/news/entries/"]').first().waitFor();
    toList.push(performance.now() - clicked);
    await context.close();
  }
} finally {
  await browser.close();
  backend.kill();
  await site.close();
}

const ms = (values: number[]) =>
  `median ${Math.round(median(values))} ms, worst ${Math.round(Math.max(...values))} ms`;
console.log(`/admin/ to the "Login" button: ${ms(toLogin)} (${runs} runs, empty cache)`);
console.log(`"Login" to the list of news:   ${ms(toList)}`);
