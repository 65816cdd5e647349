/**
 * How the functions decide that they run as production, and what production then refuses:
 * decided from what Netlify's function runtime really has (SITE_ID), never from build-time
 * variables (NETLIFY, CONTEXT) that exist only during a build or in the local emulation.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deploymentMode,
  FUNCTION_VARIABLES,
  missingSettings,
  PLATFORM_VARIABLES,
  setting,
  SITE_VARIABLES,
  siteUrl,
} from '../../src/server/environment.ts';
import { html, json } from '../../src/server/http.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';
import { issueLocalToken, runtimeVerifier } from '../../src/server/staff/auth.ts';
import { runtimePublisher } from '../../src/server/staff/publisher.ts';

/** What a deployed function sees on Netlify, with the required site variables set. */
const NETLIFY_FUNCTION = {
  URL: 'https://mps-almaty.netlify.app',
  SITE_NAME: 'mps-almaty',
  SITE_ID: '7d6c1b39-0000-4000-8000-000000000000',
  DATABASE_URL: 'postgres://mps@db.example.kz/mps',
  APPEALS_HASH_SALT: 'a-long-random-string-of-the-operator',
  SMTP_URL: 'smtp://mail.example.kz:587',
  MAIL_FROM: 'MPS Almaty <no-reply@example.kz>',
};

describe('the deployment mode', () => {
  it('is production wherever SITE_ID is set, and nothing turns it off there', () => {
    expect(deploymentMode(NETLIFY_FUNCTION)).toBe('production');
    expect(deploymentMode({ ...NETLIFY_FUNCTION, MPS_MODE: 'local' })).toBe('production');
  });

  it('is local in the emulation and at build time, whatever NETLIFY and CONTEXT say', () => {
    // Netlify's local emulation sets CONTEXT=dev; a build sets NETLIFY and CONTEXT.
    expect(deploymentMode({ CONTEXT: 'dev', NETLIFY_LOCAL: 'true' })).toBe('local');
    expect(deploymentMode({ NETLIFY: 'true', CONTEXT: 'production' })).toBe('local');
    expect(deploymentMode({})).toBe('local');
  });

  it('is production off Netlify when the operator says so, and for any unknown word', () => {
    expect(deploymentMode({ MPS_MODE: 'production' })).toBe('production');
    expect(deploymentMode({ MPS_MODE: 'prod' })).toBe('production');
    expect(deploymentMode({ MPS_MODE: 'local' })).toBe('local');
  });
});

describe('required settings', () => {
  it('lists each one production lacks, and none locally', () => {
    expect(missingSettings(NETLIFY_FUNCTION)).toEqual([]);
    const { APPEALS_HASH_SALT: _salt, SMTP_URL: _smtp, ...partial } = NETLIFY_FUNCTION;
    expect(missingSettings(partial)).toEqual(['APPEALS_HASH_SALT', 'SMTP_URL']);
    expect(missingSettings({ SITE_ID: 'x' })).toEqual([
      'DATABASE_URL',
      'APPEALS_HASH_SALT',
      'SMTP_URL',
      'MAIL_FROM',
      'MPS_SITE_URL',
    ]);
    expect(missingSettings({})).toEqual([]);
  });

  it('never reads a local-only variable in production', () => {
    const env = { ...NETLIFY_FUNCTION, STAFF_JWT_SECRET: 's', QA_CONTENT_DIR: '/tmp/x' };
    expect(setting('STAFF_JWT_SECRET', env)).toBeUndefined();
    expect(setting('QA_CONTENT_DIR', env)).toBeUndefined();
    expect(setting('STAFF_JWT_SECRET', { STAFF_JWT_SECRET: 's' })).toBe('s');
    expect(siteUrl(NETLIFY_FUNCTION)).toBe('https://mps-almaty.netlify.app');
    expect(siteUrl({ MPS_SITE_URL: 'https://mps.example.kz' })).toBe('https://mps.example.kz');
  });

  it('names every variable in docs/deploy.md', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    for (const name of [...PLATFORM_VARIABLES, ...Object.keys(SITE_VARIABLES)])
      expect(doc, name).toContain(`\`${name}\``);
    expect(FUNCTION_VARIABLES).toContain('DATABASE_URL');
  });
});

describe('in production', () => {
  it('refuses a locally signed token even when the local secret is set', async () => {
    const secret = 'a-local-secret-of-at-least-thirty-two-chars';
    const token = await issueLocalToken(secret, { roles: ['admin'] });
    const request = new Request('https://mps-almaty.netlify.app/api/staff/appeals', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await runtimeVerifier({ STAFF_JWT_SECRET: secret })(request)).toMatchObject({
      roles: ['admin'],
    });
    expect(
      await runtimeVerifier({ ...NETLIFY_FUNCTION, STAFF_JWT_SECRET: secret })(request),
    ).toBeUndefined();
  });

  it('publishes through Git Gateway at the site, and refuses the file system', async () => {
    const seen: string[] = [];
    const gateway = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      req.resume();
      req.on('end', () => {
        res.writeHead(req.method === 'GET' ? 404 : 201, { 'Content-Type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    try {
      const publisher = runtimePublisher({ ...NETLIFY_FUNCTION, URL: url });
      await publisher.write('qa/ru/mps-2026-000001.md', '---\n---\n', 'Publish', {
        bearer: 'identity-token',
      });
      expect(seen).toEqual([
        'GET /.netlify/git/github/contents/content/qa/ru/mps-2026-000001.md?ref=main Bearer identity-token',
        'PUT /.netlify/git/github/contents/content/qa/ru/mps-2026-000001.md Bearer identity-token',
      ]);
    } finally {
      gateway.close();
    }
    expect(() => runtimePublisher({ ...NETLIFY_FUNCTION, QA_PUBLISHER: 'fs' })).toThrow(
      /QA_PUBLISHER=fs is for local use/,
    );
  });

  it('uses the file system locally by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mps-publisher-'));
    try {
      await runtimePublisher({ QA_CONTENT_DIR: dir }).write('qa/kk/x.md', 'text', 'm');
      expect(readFileSync(join(dir, 'qa/kk/x.md'), 'utf8')).toBe('text');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security headers of function responses', () => {
  it('are the ones every static page gets (dist/_headers), on JSON and on HTML', () => {
    for (const response of [json(422, {}), html(503, '<p>…</p>')])
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), name).toBe(value);
    // An answer may add its own, not drop these.
    expect(html(200, '', { 'X-Robots-Tag': 'noindex' }).headers.get('x-frame-options')).toBe(
      'DENY',
    );
  });
});
