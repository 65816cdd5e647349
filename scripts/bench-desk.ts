/**
 * `npm run bench:desk [-- --appeals 5000 --requests 200 --concurrency 4]`: how fast the staff
 * desk answers with a realistic backlog, through its HTTP handlers (token checked, HTML
 * rendered) and the real database (PGlite in memory, or a fresh database on $DATABASE_URL):
 * the queue unfiltered (the 500 earliest deadlines) and filtered, one appeal, an action; then
 * how fast the outbox hands mail to an SMTP server (the local sink). Prints median, p95, p99.
 */
import { parseArgs } from 'node:util';
import { APPEAL_TOPICS } from '../src/lib/appeal.ts';
import { loadCalendar } from '../src/server/calendar.ts';
import { createDb } from '../src/server/db/index.ts';
import { migrate } from '../src/server/db/migrations.ts';
import { createOutbox, enqueueMail, smtpTransport } from '../src/server/mail/outbox.ts';
import { issueLocalToken, localVerifier } from '../src/server/staff/auth.ts';
import { createDesk } from '../src/server/staff/desk.ts';
import { staffAction, staffRead, type StaffHttp } from '../src/server/staff/http.ts';
import { fsPublisher } from '../src/server/staff/publisher.ts';
import { database, measure, report } from './lib/bench.ts';
import { startMailSink } from './lib/mail-sink.ts';

const { values } = parseArgs({
  options: {
    appeals: { type: 'string', default: '5000' },
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
    mails: { type: 'string', default: '300' },
  },
});
const count = Number(values.appeals);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const mails = Number(values.mails);

const target = await database();
const db = createDb(target.url, { poolSize: target.poolSize });
await migrate(db);
const calendar = loadCalendar();

// The backlog: appeals of the last weeks in every status, topic and language.
const started = performance.now();
await db.query(
  `INSERT INTO appeals (number, year, seq, kind, topic, district, body, applicant_name, email,
     answer_language, page_language, publish_consent, status, access_code_hash, received_at,
     registered_on, deadline)
   SELECT 'MPS-2026-' || lpad(n::text, 6, '0'), 2026, n,
          (ARRAY['question','complaint','proposal'])[1 + n % 3],
          ($2::text[])[1 + n % array_length($2::text[], 1)],
          (ARRAY['almaly','auezov','medeu','bostandyk'])[1 + n % 4],
          'Демонстрационное обращение номер ' || n || ': во дворе по ночам шумят, прошу принять меры.',
          'Бенчмарк Заявитель', 'bench' || n || '@example.kz',
          (ARRAY['kk','ru','en'])[1 + n % 3], 'ru', n % 2 = 0,
          (ARRAY['registered','in-progress','extended','answered','forwarded'])[1 + n % 5],
          'scrypt$x$y', now() - (n % 30) * interval '1 day',
          (now() - (n % 30) * interval '1 day')::date,
          (now() + (15 - n % 30) * interval '1 day')::date
     FROM generate_series(1, $1::int) AS n`,
  [count, [...APPEAL_TOPICS]],
);
console.log(
  `${target.label}; ${count} appeals seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `${requests} requests, ${concurrency} at a time`,
);

const secret = 'bench-secret-of-at-least-thirty-two-chars';
const token = await issueLocalToken(secret, { roles: ['admin'] });
const deps: StaffHttp = {
  desk: async () =>
    createDesk({
      db,
      calendar,
      siteUrl: 'http://127.0.0.1:4321',
      publisher: fsPublisher('.bench/qa'),
    }),
  verifier: localVerifier(secret),
};
const get = (path: string) =>
  new Request(`http://bench/api/staff/appeals${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
const number = (i: number) => `MPS-2026-${String(i).padStart(6, '0')}`;

report(
  'queue (500 rows)',
  await measure(requests, concurrency, () => staffRead(get('?lang=ru'), undefined, deps)),
);
report(
  'queue, filtered',
  await measure(requests, concurrency, (i) =>
    staffRead(
      get(`?lang=ru&topic=${APPEAL_TOPICS[i % APPEAL_TOPICS.length]}&due=soon`),
      undefined,
      deps,
    ),
  ),
);
report(
  'one appeal',
  await measure(requests, concurrency, (i) =>
    staffRead(get(`/${number(1 + i)}`), number(1 + i), deps),
  ),
);
// Take into work: appeals 1, 6, 11 … are registered (n % 5 = 0 → 'registered' is n = 5k).
report(
  'take into work',
  await measure(requests, concurrency, (i) =>
    staffAction(
      new Request(`http://bench/api/staff/appeals/${number(5 * (i + 1))}/take`, {
        method: 'POST',
        body: '',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      }),
      number(5 * (i + 1)),
      'take',
      deps,
    ),
  ),
);

// The outbox: `mails` waiting mails, delivered to the local sink.
const sink = await startMailSink({ smtpPort: 0 });
await db.transaction(async (tx) => {
  for (let i = 0; i < mails; i++)
    await enqueueMail(
      tx,
      {
        dedupeKey: `bench:${i}`,
        kind: 'bench',
        recipient: `bench${i}@example.kz`,
        language: 'ru',
        subject: `Обращение MPS-2026-${i} зарегистрировано`,
        body: 'Текст письма. '.repeat(40),
      },
      new Date(),
    );
});
const outbox = createOutbox({
  db,
  transport: smtpTransport(`smtp://127.0.0.1:${sink.smtpPort}`),
  from: 'bench@mps.local',
});
const sendStarted = performance.now();
const delivered = await outbox.deliver();
const seconds = (performance.now() - sendStarted) / 1000;
console.log(
  `outbox                 ${delivered.sent} mails in ${seconds.toFixed(2)} s (${(delivered.sent / seconds).toFixed(0)} mails/s), ${sink.messages().length} received by the sink`,
);
outbox.close();
await sink.stop();
await db.close();
await target.stop();
