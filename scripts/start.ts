/**
 * `npm start`: everything a developer needs to run the site locally, in one command:
 * Astro's dev server, the CMS's local backend (decap-server), the embedded database (PGlite,
 * data in .data/pglite), and a mail sink that keeps the mail the site sends (read it at
 * http://127.0.0.1:8025/); the dev server also runs the functions at /api/ and the scheduled
 * ones every minute (astro.config.mjs). Ctrl+C stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { embeddedDatabaseUrl } from './lib/embedded-db.ts';

const sitePort = process.env['PORT'] ?? '4321';
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The functions use the embedded database unless DATABASE_URL names another server; the
// embedded one takes a single connection per process (see src/server/db/index.ts).
if (!process.env['DATABASE_URL']) {
  process.env['DATABASE_URL'] = embeddedDatabaseUrl();
  process.env['DATABASE_POOL_SIZE'] = '1';
}
process.env['MPS_PAGES_URL'] ??= `http://127.0.0.1:${sitePort}`;
process.env['MPS_SITE_URL'] ??= `http://127.0.0.1:${sitePort}`;
// Mail goes to the local sink unless SMTP_URL names a real server.
process.env['SMTP_URL'] ??= 'smtp://127.0.0.1:2525';
process.env['DUTY_INBOX'] ??= 'duty@mps.local';

interface Service {
  name: string;
  command: string;
  args: string[];
}

const services: Service[] = [
  {
    name: 'site',
    command: 'npx',
    args: ['astro', 'dev', '--host', '127.0.0.1', '--port', sitePort],
  },
  { name: 'database', command: process.execPath, args: ['scripts/db.ts'] },
  { name: 'mail', command: process.execPath, args: ['scripts/mail-sink.ts'] },
  {
    // The CMS's local backend: /admin/ reads and writes content/ through it (port 8081).
    name: 'cms-backend',
    command: 'npx',
    args: ['decap-server'],
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
  const child = spawn(service.command, service.args, { stdio: 'inherit' });
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
