/**
 * Serves the built site under Netlify's own local emulation (scripts/lib/local-netlify.ts):
 * netlify.toml's headers and redirects, the functions at their paths with the environment a
 * deployed function has, the scheduled functions every $MPS_SCHEDULE_SECONDS (60) seconds.
 * `npm run preview` and the end-to-end tests run it; `npm start` runs it in front of astro dev.
 *
 * Usage: node scripts/serve.ts [--port 4322] [--dir dist] [--project .] [--upstream URL]
 *   --port      where to listen on 127.0.0.1 (also $PORT; 0 picks a free port)
 *   --dir       the built site (default: netlify.toml's publish folder)
 *   --project   the folder with netlify.toml and functions/ (default: the repository)
 *   --upstream  a dev server (astro dev) that answers what the emulation does not; no files
 *               are served from --dir then
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanEnvironment } from './lib/local-environment.ts';
import { createLocalNetlify, listen } from './lib/local-netlify.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4322' },
    dir: { type: 'string' },
    project: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    upstream: { type: 'string' },
  },
});
const project = resolve(values.project);
const dir = values.dir === undefined ? undefined : resolve(values.dir);
const upstream = values.upstream;
const seconds = Number(process.env['MPS_SCHEDULE_SECONDS'] ?? 60);

// The functions fill in the built form pages of the folder served.
if (dir) process.env['MPS_DIST_DIR'] ??= dir;

// From here on this process has only what a deployed function sees: the emulation runs every
// function call in a worker thread that inherits this environment.
cleanEnvironment();

const local = await createLocalNetlify({
  projectRoot: project,
  ...(dir ? { publish: dir } : {}),
  ...(upstream ? { upstream } : {}),
});
if (!upstream && !existsSync(resolve(local.publish, 'index.html'))) {
  console.error(`${local.publish}/index.html not found: run \`npm run build\` first.`);
  await local.close();
  process.exit(1);
}
const port = await listen(local.server, Number(values.port));
const stopScheduler = seconds > 0 ? local.schedule(seconds) : () => {};

console.log(
  `Netlify's emulation at http://127.0.0.1:${port}/, serving ${upstream ?? local.publish}`,
);
console.log(`  functions see: ${Object.keys(process.env).sort().join(', ')}`);
if (local.scheduled.length && seconds > 0)
  console.log(`  scheduled every ${seconds} s: ${local.scheduled.join(', ')}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  stopScheduler();
  void local.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
