/**
 * `npm start`: everything a developer needs to run the site locally, in one command:
 * Astro's dev server behind Netlify's local emulation (scripts/serve.ts --upstream: the
 * functions at /api/, netlify.toml's headers and redirects, the scheduled functions every
 * minute), the CMS's local backend (decap-server), the embedded database (PGlite, data in
 * .data/pglite), and a mail sink that keeps the mail the site sends (read it at
 * http://127.0.0.1:8025/). Ctrl+C stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { embeddedDatabaseUrl } from './lib/embedded-db.ts';

const sitePort = process.env['PORT'] ?? '4321';
/** Astro's own dev server, which the emulation forwards pages, scripts and hot reload to. */
const astroPort = String(Number(sitePort) + 10);
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The functions use the embedded database unless DATABASE_URL names another server; the
// embedded one takes a single connection per process (see src/server/db/index.ts).
if (!process.env['DATABASE_URL']) {
  process.env['DATABASE_URL'] = embeddedDatabaseUrl();
  process.env['DATABASE_POOL_SIZE'] = '1';
}
process.env['MPS_PAGES_URL'] ??= `http://127.0.0.1:${astroPort}`;
process.env['MPS_SITE_URL'] ??= `http://127.0.0.1:${sitePort}`;
// Mail goes to the local sink unless SMTP_URL names a real server.
process.env['SMTP_URL'] ??= 'smtp://127.0.0.1:2525';
process.env['DUTY_INBOX'] ??= 'duty@mps.local';

interface Service {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

// Node runs each program itself (not through npx), so that stopping a child stops the program.
const services: Service[] = [
  {
    name: 'astro',
    command: process.execPath,
    args: ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', astroPort],
  },
  {
    // In front of Astro: what a visitor reaches at http://127.0.0.1:4321/.
    name: 'netlify',
    command: process.execPath,
    args: ['scripts/serve.ts', '--port', sitePort, '--upstream', `http://127.0.0.1:${astroPort}`],
  },
  { name: 'database', command: process.execPath, args: ['scripts/db.ts'] },
  { name: 'mail', command: process.execPath, args: ['scripts/mail-sink.ts'] },
  {
    // The CMS's local backend: /admin/ reads and writes content/ through it (port 8081),
    // reachable from this machine only.
    name: 'cms-backend',
    command: process.execPath,
    args: ['node_modules/decap-server/dist/index.js'],
    env: { BIND_HOST: '127.0.0.1' },
  },
];

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const service of services) {
  const child = spawn(service.command, service.args, {
    stdio: 'inherit',
    env: { ...process.env, ...service.env },
  });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(
        `[start] ${service.name} stopped (exit ${code ?? 'signal'}); stopping the rest.`,
      );
      stop(code ?? 1);
    }
  });
  children.push(child);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
