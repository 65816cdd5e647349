/**
 * The functions as a deployed Netlify function runs them: a fresh process whose environment
 * holds only what Netlify gives a function (URL, SITE_NAME, SITE_ID) and the site variables
 * set here. Proves that production fails closed: a missing required setting answers a
 * localized 503 that gives the typed text back and logs what to set, and the desk refuses a
 * locally signed token even with the local secret present.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { issueLocalToken } from '../../src/server/staff/auth.ts';
import { POSTGRES_URL } from '../helpers/databases.ts';

const run = promisify(execFile);

const PLATFORM = {
  URL: 'https://mps-almaty.netlify.app',
  SITE_NAME: 'mps-almaty',
  SITE_ID: '7d6c1b39-0000-4000-8000-000000000000',
};

/** Runs `code` (an async function body with `call(file, request)`) in a Netlify-like process. */
async function inFunctionProcess(env: Record<string, string>, code: string) {
  const script = `
    const call = async (file, request, params = {}) => {
      const mod = await import(new URL('./functions/' + file, 'file://' + process.cwd() + '/'));
      const waits = [];
      const response = await mod.default(request, { ip: '192.0.2.10', params, waitUntil: (p) => waits.push(p) });
      await Promise.all(waits);
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    };
    const out = await (async () => { ${code} })();
    process.stdout.write(JSON.stringify(out));
  `;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...env, PATH: process.env['PATH'] ?? '' },
    timeout: 60_000,
  });
  return {
    result: JSON.parse(stdout) as Record<
      string,
      { status: number; headers: Record<string, string>; body: string }
    >,
    log: stderr,
  };
}

const form = new URLSearchParams({
  lang: 'ru',
  kind: 'question',
  topic: 'other',
  text: 'Когда участковый принимает жителей дома на улице Абая, 10?',
  name: 'Айгерим Сапарова',
  email: 'aigerim@example.kz',
  answerLanguage: 'ru',
  consent: 'on',
}).toString();

describe('a deployed function without its settings', () => {
  it('answers 503 with the typed text back, and logs which settings to set', async () => {
    const { result, log } = await inFunctionProcess(
      PLATFORM,
      `return {
        form: await call('appeals.ts', new Request('${PLATFORM.URL}/api/appeals', {
          method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: ${JSON.stringify(form)} })),
        json: await call('appeals.ts', new Request('${PLATFORM.URL}/api/appeals', {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })),
      };`,
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`${error.stderr ?? ''}${error.stdout ?? ''}`);
    });
    expect(log).toContain(
      'Not configured: set DATABASE_URL, APPEALS_HASH_SALT, SMTP_URL, MAIL_FROM',
    );
    expect(result['json']!.status).toBe(503);
    expect(result['json']!.headers['retry-after']).toBe('60');
    expect(result['json']!.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(result['form']!.status).toBe(503);
    expect(result['form']!.body).toContain('lang="ru"');
    expect(result['form']!.body).toContain('Когда участковый принимает жителей дома на улице Абая');
  });

  it('refuses to serve on the public default salt', async () => {
    const { result, log } = await inFunctionProcess(
      {
        ...PLATFORM,
        DATABASE_URL: POSTGRES_URL,
        SMTP_URL: 'smtp://127.0.0.1:1',
        MAIL_FROM: 'MPS <no-reply@example.kz>',
      },
      `return { json: await call('appeals.ts', new Request('${PLATFORM.URL}/api/appeals', {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) };`,
    );
    expect(log).toContain('Not configured: set APPEALS_HASH_SALT');
    expect(result['json']!.status).toBe(503);
  });
});

describe('a mistyped limit', () => {
  it('is refused with a 503 naming it, not read as a limit nobody passes', async () => {
    const { result, log } = await inFunctionProcess(
      { DATABASE_URL: POSTGRES_URL, APPEALS_PER_HOUR: '5/h' },
      `return { json: await call('appeals.ts', new Request('http://127.0.0.1/api/appeals', {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) };`,
    );
    expect(log).toContain('Not configured: set APPEALS_PER_HOUR to a whole number');
    expect(result['json']!.status).toBe(503);
  });
});

describe('a deployed desk', () => {
  it('refuses a locally signed token, even with the local secret in its environment', async () => {
    const secret = 'a-local-secret-of-at-least-thirty-two-chars';
    const token = await issueLocalToken(secret, { roles: ['admin'] });
    const request = `new Request('${PLATFORM.URL}/api/staff/appeals?lang=ru', {
      headers: { authorization: 'Bearer ${token}' } })`;
    const local = await inFunctionProcess(
      { STAFF_JWT_SECRET: secret, DATABASE_URL: POSTGRES_URL },
      `return { queue: await call('staff-appeals.ts', ${request}) };`,
    );
    expect(local.result['queue']!.status).toBe(200);
    const deployed = await inFunctionProcess(
      {
        ...PLATFORM,
        STAFF_JWT_SECRET: secret,
        DATABASE_URL: POSTGRES_URL,
        APPEALS_HASH_SALT: 'salt',
        SMTP_URL: 'smtp://127.0.0.1:1',
        MAIL_FROM: 'MPS <no-reply@example.kz>',
      },
      `return { queue: await call('staff-appeals.ts', ${request}) };`,
    );
    expect(deployed.result['queue']!.status).toBe(401);
    expect(deployed.result['queue']!.body).toContain('Войдите');
  });
});
