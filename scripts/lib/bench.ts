/**
 * What the benchmarks share: a throw-away database (PGlite in memory over its socket, or a
 * fresh database on the server in $DATABASE_URL, dropped afterwards) and timing of calls.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export async function database(): Promise<{
  url: string;
  label: string;
  poolSize: number;
  stop: () => Promise<void>;
}> {
  const server = process.env['DATABASE_URL'];
  if (server) {
    const name = `mps_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.href,
      label: `PostgreSQL (${url.host})`,
      poolSize: 4,
      stop: async () => {
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const db = await PGlite.create();
  const socket = new PGLiteSocketServer({ db, port: 0, maxConnections: 32 });
  await socket.start();
  return {
    url: `postgres://postgres@${socket.getServerConn()}/postgres`,
    label: 'PGlite over pglite-socket',
    poolSize: 1,
    stop: async () => {
      await socket.stop();
      await db.close();
    },
  };
}

/** Runs `count` calls `concurrency` at a time; the duration of each in ms. */
export async function measure(
  count: number,
  concurrency: number,
  call: (i: number) => Promise<Response | void>,
) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const started = performance.now();
      const response = await call(i);
      if (response) {
        await response.arrayBuffer();
        if (response.status >= 300) throw new Error(`Request ${i} answered ${response.status}`);
      }
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times: times.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
export const report = (label: string, { times, seconds }: { times: number[]; seconds: number }) =>
  console.log(
    `${label.padEnd(22)} median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, ` +
      `p99 ${quantile(times, 0.99).toFixed(1)} ms, ${(times.length / seconds).toFixed(0)} requests/s`,
  );
