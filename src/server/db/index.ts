/**
 * The database: PostgreSQL through node-postgres. `DATABASE_URL` selects the server — in
 * production any PostgreSQL the operator hosts (personal data stays in Kazakhstan); locally
 * the embedded PGlite that `npm start` serves over the Postgres protocol (scripts/db.ts).
 *
 * A function runs many short requests, so the pool is small and closes idle connections: the
 * embedded server takes a few connections at a time and runs one transaction at a time.
 */
import pg from 'pg';
import { setting } from '../environment.ts';
import { ServiceUnavailableError } from '../errors.ts';

/** The database cannot be reached or refused to work; the caller answers 503. */
export class DatabaseUnavailableError extends ServiceUnavailableError {
  override name = 'DatabaseUnavailableError';
}

export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connection-level failures (as opposed to an error in a query we sent). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57014', // query_canceled: statement_timeout
  '25P03', // idle_in_transaction_session_timeout
]);

function unavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    (code !== undefined && UNAVAILABLE_CODES.has(code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Too many connections|has encountered a connection error/i.test(
      message,
    )
  );
}

/** Rethrows connection failures as DatabaseUnavailableError, keeping the cause. */
function translate(error: unknown): never {
  if (unavailable(error))
    throw new DatabaseUnavailableError('The database is not reachable; try again shortly.', {
      cause: error,
    });
  throw error;
}

export interface DbOptions {
  /**
   * Connections this process opens (default $DATABASE_POOL_SIZE, else 4). Use 1 with the
   * embedded PGlite server: it runs the messages of all its connections through one backend,
   * and only transactions keep them apart, so concurrent statements from several connections
   * of one process could mix (scripts/db.ts).
   */
  poolSize?: number;
  /** Longest statement (ms) before the server cancels it. */
  statementTimeoutMs?: number;
  /** Longest time (ms) a transaction may sit idle before the server ends the session. */
  idleInTransactionMs?: number;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? Number(setting('DATABASE_POOL_SIZE') ?? 4),
    idleTimeoutMillis: 1_000,
    connectionTimeoutMillis: 5_000,
    // No statement and no open transaction may hold rows (or the embedded server, which runs
    // one transaction at a time) for long: a stuck one is cancelled and answered with 503.
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    idle_in_transaction_session_timeout: options.idleInTransactionMs ?? 10_000,
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});

  return {
    query: (text, values) => pool.query(text, values).catch(translate),
    async transaction(work) {
      const client = await pool.connect().catch(translate);
      // A checked-out connection that drops emits 'error' besides failing its query: without
      // a listener that would end the process. The lost connection is not given back.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work({ query: (text, values) => client.query(text, values) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        return translate(error);
      } finally {
        client.off('error', onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
