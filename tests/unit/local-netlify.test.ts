/** What the local server (scripts/lib/local-*.ts) adds to Netlify's emulation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RewriteStatus } from '../../scripts/lib/local-netlify.ts';
import { cleanEnvironment, localAdminCsp } from '../../scripts/lib/local-environment.ts';
import { functionPaths, Lane, scheduledFunctions } from '../../scripts/lib/local-functions.ts';
import { headersFor, parseNetlifyToml } from '../helpers/netlify-toml.ts';
import { SECURITY_HEADERS } from '../../src/server/security-headers.ts';

const netlifyToml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
const config = parseNetlifyToml(netlifyToml);
const SITE_CSP = SECURITY_HEADERS['Content-Security-Policy']!;

describe('the local server', () => {
  const fixture = 'tests/fixtures/netlify-site';

  it('leaves the functions only the variables a deployed function has (and HOME)', () => {
    const env: NodeJS.ProcessEnv = {
      NETLIFY: 'true',
      CONTEXT: 'production',
      FOO: 'bar',
      PATH: '/usr/bin',
      NODE_OPTIONS: '--inspect',
      ASTRO_TELEMETRY_DISABLED: '1',
      URL: 'https://mps.example',
      DATABASE_URL: 'postgres://db',
      HOME: '/home/dev',
    };
    expect(cleanEnvironment(env)).toEqual([
      'ASTRO_TELEMETRY_DISABLED',
      'CONTEXT',
      'FOO',
      'NETLIFY',
      'NODE_OPTIONS',
      'PATH',
    ]);
    expect(env).toEqual({
      URL: 'https://mps.example',
      DATABASE_URL: 'postgres://db',
      HOME: '/home/dev',
    });
  });

  it('lets /admin/ reach the CMS backend locally, and nothing else', () => {
    const admin = headersFor('/admin/', config.headers)['Content-Security-Policy']!;
    expect(admin).not.toContain('localhost');
    const local = localAdminCsp('/admin/', admin);
    expect(local).toContain("connect-src 'self' blob: http://localhost:8081;");
    expect(local.replace(' http://localhost:8081', '')).toBe(admin);
    expect(localAdminCsp('/admin/', local)).toBe(local);
    expect(localAdminCsp('/admin', admin)).toBe(local);
    const site = SITE_CSP;
    expect(localAdminCsp('/ru/', site)).toBe(site);
    expect(localAdminCsp('/administration/', admin)).toBe(admin);
  });

  it('answers a missing page under a 404 rewrite with 404, as Netlify does', async () => {
    const rewrites = new RewriteStatus({ projectRoot: fixture, publish: `${fixture}/public` });
    const status = (path: string, served: number) =>
      rewrites.status(new Request(`http://localhost${path}`), served);
    expect(await status('/docs/nope/', 200)).toBe(404);
    expect(await status('/docs/a/b.css', 200)).toBe(404);
    // A file at the path shadows the rule, which is not forced.
    expect(await status('/docs/', 200)).toBe(200);
    expect(await status('/docs/404/', 200)).toBe(200);
    // Redirects and paths no rule matches keep their status.
    expect(await status('/old/', 301)).toBe(301);
    expect(await status('/elsewhere/', 200)).toBe(200);
  });

  it('runs the calls that may reach a function one at a time, past failures', async () => {
    const lane = new Lane();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} starts`);
        await new Promise((done) => setTimeout(done, 5));
        log.push(`${name} ends`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      lane.run(task('a')),
      lane.run(task('b', true)),
      lane.run(task('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('knows where the functions answer, from their config', () => {
    expect(functionPaths(`${fixture}/functions`)).toEqual(['/.netlify/functions/', '/api/env']);
    // Each path up to its first parameter: /api/appeals/:number → /api/appeals/.
    expect(functionPaths('functions')).toEqual(
      expect.arrayContaining(['/.netlify/functions/', '/api/appeals', '/api/appeals/']),
    );
    expect(functionPaths('functions').every((path) => !/[:*]/.test(path))).toBe(true);
  });

  it('finds the scheduled functions in their config', () => {
    expect(scheduledFunctions(`${fixture}/functions`)).toEqual(['tick']);
    expect(scheduledFunctions('functions')).toEqual(
      expect.arrayContaining(['appeals-digest', 'outbox']),
    );
    expect(scheduledFunctions('functions')).not.toContain('appeals');
    expect(scheduledFunctions(`${fixture}/nothing`)).toEqual([]);
  });
});
