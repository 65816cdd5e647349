/**
 * `npm run bench:appeals [-- --requests 300 --concurrency 8]`: how long the appeals function
 * takes to register an appeal and to answer a status request, through its HTTP handler and
 * the real database: the embedded PGlite (started here, over its socket, as `npm start`
 * runs it) or the server in $DATABASE_URL. Prints median, p95 and p99 in milliseconds and
 * the throughput. Nothing is written outside a fresh in-memory database (PGlite), or a fresh
 * database it creates and drops (PostgreSQL).
 */
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { appealStatus, submitAppeal } from '../src/server/appeals/http.ts';
import { createPages } from '../src/server/appeals/pages.ts';
import { loadCalendar } from '../src/server/calendar.ts';
import { createAppeals } from '../src/server/appeals/service.ts';
import { createDb } from '../src/server/db/index.ts';
import { migrate } from '../src/server/db/migrations.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

async function database(): Promise<{
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

const target = await database();
const db = createDb(target.url, { poolSize: target.poolSize });
await migrate(db);
const calendar = loadCalendar();
const appeals = createAppeals({ db, calendar, salt: 'bench', perHour: Number.MAX_SAFE_INTEGER });
const deps = {
  appeals: async () => appeals,
  pages: createPages(async () => '<title>x</title><main></main><div data-districts="[]"></div>'),
};
const body = (i: number) =>
  JSON.stringify({
    kind: 'question',
    topic: 'road-safety',
    text: `Демонстрационное обращение номер ${i}: на перекрёстке не работает светофор.`,
    name: 'Тест Бенчмарк',
    email: `bench${i}@example.kz`,
    answerLanguage: 'ru',
    consent: true,
    lang: 'ru',
  });

/** Runs `count` calls `concurrency` at a time; the duration of each in ms. */
async function measure(count: number, call: (i: number) => Promise<Response>) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const started = performance.now();
      const response = await call(i);
      await response.arrayBuffer();
      if (response.status >= 300) throw new Error(`Request ${i} answered ${response.status}`);
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times: times.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const report = (label: string, { times, seconds }: { times: number[]; seconds: number }) =>
  console.log(
    `${label.padEnd(22)} median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, ` +
      `p99 ${quantile(times, 0.99).toFixed(1)} ms, ${(times.length / seconds).toFixed(0)} requests/s`,
  );

console.log(`${target.label}; ${requests} requests, ${concurrency} at a time`);
const created: { number: string; accessCode: string }[] = [];
report(
  'POST /api/appeals',
  await measure(requests, async (i) => {
    const response = await submitAppeal(
      new Request('http://bench/api/appeals', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(i),
      }),
      `203.0.113.${i % 250}`,
      deps,
    );
    created.push((await response.clone().json()) as { number: string; accessCode: string });
    return response;
  }),
);
report(
  'GET /api/appeals/{n}',
  await measure(requests, (i) => {
    const { number, accessCode } = created[i % created.length]!;
    return appealStatus(
      new Request(`http://bench/api/appeals/${number}`, {
        headers: { 'x-access-code': accessCode },
      }),
      number,
      deps,
    );
  }),
);
await db.close();
await target.stop();
