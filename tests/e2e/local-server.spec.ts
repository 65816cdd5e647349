/**
 * The local server (scripts/serve.ts): Netlify's emulation and what we add to it
 * (docs/decisions/0007-netlify-emulation.md). The first test starts a server of its own on a
 * small fixture project (tests/fixtures/netlify-site) whose function reports the names of the
 * variables it sees; the others ask the site's server that playwright.config.ts starts.
 */
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { EMULATION_VARIABLES } from '../../scripts/lib/local-environment.ts';
import { FUNCTION_VARIABLES } from '../../src/server/environment.ts';

/** Set by lambda-local, which runs each call in the emulation as AWS Lambda would. */
const LAMBDA_VARIABLES = /^(AWS_\w+|LAMBDA_\w+|_HANDLER|TZ|NODE_PATH)$/;

test('a function sees only what a deployed function has; scheduled ones run; SIGTERM stops it', async () => {
  test.setTimeout(60_000);
  const server = spawn(
    process.execPath,
    ['scripts/serve.ts', '--project', 'tests/fixtures/netlify-site', '--port', '0'],
    {
      env: {
        ...process.env,
        // What a build or a developer's shell has and a deployed function does not.
        NETLIFY: 'true',
        CONTEXT: 'production',
        FOO: 'bar',
        // A site variable, which it must see.
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
        MPS_SCHEDULE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => server.on('exit', done));
  try {
    await expect.poll(() => output, { timeout: 20_000 }).toMatch(/127\.0\.0\.1:\d+\//);
    const site = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1]!;

    const seen = (await (await fetch(`${site}/api/env`)).json()) as string[];
    expect(seen).toContain('DATABASE_URL');
    for (const name of ['NETLIFY', 'CONTEXT', 'FOO', 'PATH', 'FROM_BUILD_ENVIRONMENT'])
      expect(seen, `the function sees ${name}`).not.toContain(name);
    const unexpected = seen.filter(
      (name) =>
        !FUNCTION_VARIABLES.includes(name) &&
        !EMULATION_VARIABLES.includes(name) &&
        !LAMBDA_VARIABLES.test(name),
    );
    expect(unexpected, 'variables a deployed function would not have').toEqual([]);

    await expect
      .poll(() => output, { timeout: 15_000 })
      .toContain('tick: the scheduled function ran');
  } finally {
    server.kill('SIGTERM');
  }
  expect(await exited, output).toBe(0);
});

test('a missing page answers its language 404 page with status 404', async ({ request }) => {
  const page = await request.get('/ru/no-such-page/');
  expect(page.status()).toBe(404);
  expect(await page.text()).toMatch(/<html[^>]* lang="ru"/);
  const file = await request.get('/no-such-file.txt');
  expect(file.status()).toBe(404);
  const existing = await request.get('/ru/');
  expect(existing.status()).toBe(200);
});

test('the root sends a visitor to the language of the browser, else Kazakh', async ({
  request,
}) => {
  for (const [language, target] of [
    ['ru-RU,ru;q=0.9', '/ru/'],
    ['en-GB,en;q=0.8', '/en/'],
    ['kk', '/kk/'],
    ['de-DE', '/kk/'],
  ] as const) {
    const response = await request.get('/', {
      headers: { 'Accept-Language': language },
      maxRedirects: 0,
    });
    expect(response.status(), language).toBe(302);
    expect(new URL(response.headers()['location']!, 'http://x').pathname, language).toBe(target);
  }
});

test('a malformed URL answers 400 and the server goes on', async ({ request }) => {
  expect((await request.get('/ru/%E0%A4%A')).status()).toBe(400);
  expect((await request.get('/%')).status()).toBe(400);
  expect((await request.get('/ru/')).status()).toBe(200);
});

test('locally, only /admin/ may reach the CMS backend', async ({ request }) => {
  const admin = (await request.get('/admin/')).headers()['content-security-policy'];
  expect(admin).toMatch(/connect-src [^;]*http:\/\/localhost:8081/);
  const page = (await request.get('/ru/')).headers()['content-security-policy'];
  expect(page).toContain("connect-src 'self';");
  expect(page).not.toContain('localhost');
});
