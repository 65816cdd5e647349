/**
 * `npm start`: everything a developer needs to run the site locally, in one command:
 * Astro's dev server and the CMS's local backend (decap-server); later parts (the embedded
 * database, the functions) join the list below. Ctrl+C stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

interface Service {
  name: string;
  command: string;
  args: string[];
}

const services: Service[] = [
  {
    name: 'site',
    command: 'npx',
    args: ['astro', 'dev', '--host', '127.0.0.1', '--port', process.env['PORT'] ?? '4321'],
  },
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
