/**
 * `npm run bench:appeals [-- --requests 300 --concurrency 8]`: how long the appeals function
 * takes to register an appeal and to answer a status request, through its HTTP handler and
 * the real database: the embedded PGlite (started here, over its socket, as `npm start`
 * runs it) or the server in $DATABASE_URL. Prints median, p95 and p99 in milliseconds and
 * the throughput. Nothing is written outside a fresh in-memory database (PGlite), or a fresh
 * database it creates and drops (PostgreSQL).
 */
import { parseArgs } from 'node:util';
import { appealStatus, submitAppeal } from '../src/server/appeals/http.ts';
import { createPages } from '../src/server/appeals/pages.ts';
import { loadCalendar } from '../src/server/calendar.ts';
import { createAppeals } from '../src/server/appeals/service.ts';
import { createDb } from '../src/server/db/index.ts';
import { migrate } from '../src/server/db/migrations.ts';
import { database, measure, report } from './lib/bench.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

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

console.log(`${target.label}; ${requests} requests, ${concurrency} at a time`);
const created: { number: string; accessCode: string }[] = [];
report(
  'POST /api/appeals',
  await measure(requests, concurrency, async (i) => {
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
  await measure(requests, concurrency, (i) => {
    const { number, accessCode } = created[i % created.length]!;
    return appealStatus(
      new Request(`http://bench/api/appeals/${number}`, {
        headers: { 'x-access-code': accessCode },
      }),
      number,
      `bench-${i % 50}`,
      deps,
    );
  }),
);
await db.close();
await target.stop();
