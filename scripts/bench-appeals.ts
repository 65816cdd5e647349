/**
 * `npm run bench:appeals [-- --requests 300 --concurrency 8]`: how long the appeals function
 * takes to register an appeal (to the chief, as JSON; to an inspector with one and with three
 * photos, as the browser sends them, multipart) and to answer a status request, through its
 * HTTP handler and
 * the real database: the embedded PGlite (started here, over its socket, as `npm start`
 * runs it) or the server in $DATABASE_URL. Prints median, p95 and p99 in milliseconds and
 * the throughput. Nothing is written outside a fresh in-memory database (PGlite), or a fresh
 * database it creates and drops (PostgreSQL).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
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

/**
 * A photo as the form's script sends it: 1600 × 1200, JPEG at 0.85, of blurred noise (about
 * the size of a real photo at that size; flat colour would be unrealistically small).
 */
const photo = await sharp(randomBytes(1600 * 1200 * 3), {
  raw: { width: 1600, height: 1200, channels: 3 },
})
  .blur(1.2)
  .jpeg({ quality: 85 })
  .toBuffer();
const withPhotos = (i: number, count: number) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(body(i)) as Record<string, unknown>))
    data.append(name, String(value === true ? 'on' : value));
  data.append('area', 'almaly-01');
  for (let p = 0; p < count; p++)
    data.append('photos', new File([new Uint8Array(photo)], `${p}.jpg`, { type: 'image/jpeg' }));
  return new Request('http://bench/api/appeals?lang=ru', {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: data,
  });
};

console.log(`${target.label}; ${requests} requests, ${concurrency} at a time`);
console.log(`photo: 1600 × 1200 JPEG, ${(photo.length / 1024).toFixed(0)} KB`);
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
for (const count of [1, 3]) {
  // Re-encoding is CPU work: a tenth of the requests give the figure.
  const n = Math.max(10, Math.round(requests / 10));
  report(
    `POST /api/appeals, inspector, ${count} photo${count > 1 ? 's' : ''} (${n} requests)`,
    await measure(n, concurrency, async (i) => {
      const response = await submitAppeal(withPhotos(i, count), `198.51.100.${i % 250}`, deps);
      if (response.status !== 201) throw new Error(`${response.status}: ${await response.text()}`);
      return response;
    }),
  );
}
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
