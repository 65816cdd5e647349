/**
 * The two databases the server code must work with, for integration tests:
 *   - PGlite, served over the Postgres protocol by pglite-socket (what `npm start` runs);
 *   - the real PostgreSQL at $TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/test),
 *     in a fresh database per test file, dropped afterwards. When that server is absent the
 *     tests for it are skipped with the reason printed — except on CI (CI set), where a
 *     missing server fails the run: .ci/run starts it, so its absence is a fault to fix.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '../../src/server/db/index.ts';
import { migrate } from '../../src/server/db/migrations.ts';

export interface TestDatabase {
  url: string;
  /** Connections per process: 1 for PGlite (see createDb). */
  poolSize: number;
  stop(): Promise<void>;
}

export async function startPglite(): Promise<TestDatabase> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    poolSize: 1,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

export const POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new, empty database on the PostgreSQL server, or the reason there is none. */
export async function startPostgres(): Promise<TestDatabase | string> {
  // A busy machine may take a while to answer; a slow server is not an absent one.
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 30_000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL at ${POSTGRES_URL} is not reachable (${(error as Error).message})`;
    if (process.env['CI'])
      throw new Error(`${reason}; on CI every suite must run.`, { cause: error });
    return reason;
  }
  const name = `mps_test_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    poolSize: 4,
    async stop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Both servers, for `describe.each(TEST_SERVERS)`. */
export const TEST_SERVERS: [string, () => Promise<TestDatabase | string>][] = [
  ['PGlite', startPglite],
  ['PostgreSQL', startPostgres],
];

export interface MigratedDatabase {
  /** The migrated database (set before the block's tests run). */
  db: Db;
  /** Why the server is absent, or '' (the tests then skip with this reason). */
  skip: string;
  /** The migrations the first run applied. */
  migrated: number[];
}

/**
 * For a describe block: starts the server before its tests, applies the migrations, and
 * stops it afterwards. PGlite creates its database (initdb in WebAssembly) in 5–20 s here.
 */
export function useMigratedDatabase(start: () => Promise<TestDatabase | string>): MigratedDatabase {
  const state: MigratedDatabase = { db: undefined as unknown as Db, skip: '', migrated: [] };
  let server: TestDatabase | undefined;
  beforeAll(async () => {
    const started = await start();
    if (typeof started === 'string') {
      state.skip = started;
      console.warn(`Skipping: ${started}`);
      return;
    }
    server = started;
    state.db = createDb(server.url, { poolSize: server.poolSize });
    state.migrated = await migrate(state.db);
  }, 120_000);
  afterAll(async () => {
    if (server) await state.db.close();
    await server?.stop();
  });
  return state;
}

/** The number of rows of a table. */
export const countRows = async (db: Db, table: string) =>
  Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
