/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the Postgres
 * protocol by one process, so that every function connects to it with a Postgres driver, as
 * to a real server. `npm start` runs it with its data in .data/pglite (ignored by git); the
 * end-to-end tests run it in memory.
 *
 * Usage: node scripts/db.ts [--port 5433] [--data .data/pglite | --memory]
 * Connect with DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EMBEDDED_DATABASE_PORT, embeddedDatabaseUrl } from './lib/embedded-db.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(EMBEDDED_DATABASE_PORT) },
    data: { type: 'string', default: '.data/pglite' },
    memory: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);

if (!values.memory) mkdirSync(values.data, { recursive: true });
const db = await PGlite.create(values.memory ? 'memory://' : values.data);
// Functions open a few connections each; PGlite runs one transaction at a time among them.
const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
await server.start();
console.log(
  `Embedded database (${values.memory ? 'in memory' : values.data}) at ${embeddedDatabaseUrl(port)}`,
);

const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
