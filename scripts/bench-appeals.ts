/**
 * `npm run bench:appeals [-- --seconds 10 --connections 16 --database postgres,pglite]`: appeal
 * intake over HTTP, measured with autocannon against the functions served by one long-lived
 * local process (scripts/lib/functions-server.ts: the handlers the platform runs), on real
 * PostgreSQL ($BENCH_POSTGRES_URL, default the local server's `test` database: a fresh database
 * is made and dropped) and on PGlite (scripts/db.ts, in memory, as `npm start` serves it).
 *
 * For each database it prints, in one run: the baseline — the registration's own inserts sent
 * straight to the database over as many connections (the limit the code can approach) — then
 * registrations (POST /api/appeals, JSON) as fast as they go and at a steady 300 a second (the
 * issue's target: p99 ≤ 100 ms at that rate; the baseline at the same rate beside it), and
 * status lookups (GET /api/appeals/{n} with the
 * code), each with requests per second, p50/p95/p99 and the ratio to the baseline; then
 * registrations to an inspector with one and three photos (multipart, 1600 × 1200 JPEGs as the
 * form's script sends them). Every acknowledged registration is checked to be stored: the
 * count of rows added equals the 201s answered, or the bench fails.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import pg from 'pg';
import sharp from 'sharp';
import { createDb } from '../src/server/db/index.ts';
import { migrate } from '../src/server/db/migrations.ts';
import { embeddedDatabaseUrl } from './lib/embedded-db.ts';
import {
  HEADER,
  cannon,
  child,
  drive,
  freePort,
  post,
  row,
  stop,
  type Figures,
} from './lib/load.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    database: { type: 'string', default: 'postgres,pglite' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
/** The issue's target: registrations per second a resident should not notice (p99 ≤ 100 ms). */
const TARGET_RATE = 300;
const POSTGRES = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const LOAD = { connections: CONNECTIONS, seconds: SECONDS };
/** An autocannon run of CONNECTIONS for SECONDS unless `options` say otherwise. */
const load = (label: string, options: autocannon.Options, expected: number) =>
  cannon(label, { connections: CONNECTIONS, duration: SECONDS, ...options }, expected);

/** The registration's form (to the chief, with a phone: no mail is sent), unique per `i`. */
const form = (i: number) => ({
  kind: 'question',
  topic: 'road-safety',
  text: `Демонстрационное обращение ${i}: на перекрёстке у школы не работает светофор.`,
  name: 'Демо Бенчмарк',
  phone: '+7 701 555 12 34',
  answerLanguage: 'ru',
  consent: 'on',
  lang: 'ru',
});

/** The same inserts as a registration, straight to the database (year 2099: its own counter). */
function baselineInserts(pool: pg.Pool) {
  return async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ n: number }>(
        `INSERT INTO appeal_counters (year, last_number) VALUES (2099, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = appeal_counters.last_number + 1
         RETURNING last_number AS n`,
      );
      const n = rows[0]!.n;
      const f = form(n);
      const appeal = await client.query<{ id: string }>(
        `INSERT INTO appeals (number, year, seq, kind, topic, body, applicant_name, phone,
           answer_language, page_language, publish_consent, status, access_code_hash,
           received_at, registered_on, deadline)
         VALUES ($1, 2099, $2, $3, $4, $5, $6, $7, 'ru', 'ru', false, 'registered', $8, now(),
           '2099-01-05', '2099-01-26') RETURNING id`,
        [
          `MPS-2099-${String(n).padStart(6, '0')}`,
          n,
          f.kind,
          f.topic,
          f.text,
          f.name,
          f.phone,
          `hmac$${randomBytes(32).toString('base64url')}`,
        ],
      );
      await client.query(
        `INSERT INTO appeal_events (appeal_id, type, status, actor, created_at)
         VALUES ($1, 'registered', 'registered', 'system', now())`,
        [appeal.rows[0]!.id],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

/** The inspector's form with `count` photos, as the browser sends it (one body, reused). */
async function photoForm(count: number) {
  const photo = await sharp(randomBytes(1600 * 1200 * 3), {
    raw: { width: 1600, height: 1200, channels: 3 },
  })
    .blur(1.2)
    .jpeg({ quality: 85 })
    .toBuffer();
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...form(0), area: 'almaly-01' }))
    data.append(name, value);
  for (let p = 0; p < count; p++)
    data.append('photos', new File([new Uint8Array(photo)], `${p}.jpg`, { type: 'image/jpeg' }));
  const request = new Request('http://bench/', { method: 'POST', body: data });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    type: request.headers.get('content-type')!,
    kb: photo.length / 1024,
  };
}

async function benchDatabase(kind: 'postgres' | 'pglite') {
  let url: string;
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    const name = `mps_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: POSTGRES });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(POSTGRES);
    target.pathname = `/${name}`;
    url = target.href;
    cleanup = async () => {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const port = await freePort();
    const db = await child(
      ['scripts/db.ts', '--memory', '--port', String(port)],
      process.env,
      /Embedded database/,
    );
    url = embeddedDatabaseUrl(port);
    cleanup = () => stop(db);
  }
  const db = createDb(url, { poolSize: 1 });
  await migrate(db);
  const count = async () =>
    Number(
      (await db.query<{ n: string }>('SELECT count(*) AS n FROM appeals WHERE year < 2099'))
        .rows[0]!.n,
    );

  const port = await freePort();
  const server = await child(
    ['scripts/lib/functions-server.ts', '--port', String(port), '--only', 'appeals,appeal-status'],
    {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      DATABASE_URL: url,
      // A connection per concurrent request on PostgreSQL; PGlite answers one at a time.
      DATABASE_POOL_SIZE: kind === 'postgres' ? String(CONNECTIONS) : '1',
      APPEALS_PER_HOUR: '100000000',
      APPEAL_LOOKUPS_PER_HOUR: '100000000',
    },
    /functions on/,
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    const base = await drive(
      'baseline: the inserts straight to the database',
      baselineInserts(pool),
      LOAD,
    );
    const steadyBase = await drive(`baseline at a steady ${TARGET_RATE}/s`, baselineInserts(pool), {
      ...LOAD,
      rate: TARGET_RATE,
    });
    await pool.end();
    // Warm-up (connections opened, code compiled); not counted in the figures.
    let i = 0;
    const register: autocannon.Request = {
      method: 'POST',
      path: '/api/appeals',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify(form(++i)) }),
    };
    await load('warm-up', { url: origin, duration: 2, requests: [register] }, 201);
    const before = await count();
    const pairs: { number: string; code: string }[] = [];
    /** Keeps the number and the code a registration answered with, for the lookups. */
    const remember = (body: string) => {
      const { number, accessCode } = JSON.parse(body) as { number: string; accessCode: string };
      pairs.push({ number, code: accessCode });
    };
    const registering: autocannon.Request = {
      ...register,
      onResponse: (_status, body) => remember(body),
    };
    // As fast as the connections go (the throughput), then at the target's steady rate (the
    // latency a resident sees while the service takes that many).
    const registered = await load(
      'POST /api/appeals (registration), all out',
      { url: origin, requests: [registering] },
      201,
    );
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const steady = await drive(
      `POST /api/appeals at a steady ${TARGET_RATE}/s`,
      async () => {
        const { status, text } = await post(
          agent,
          origin,
          '/api/appeals',
          JSON.stringify(form(++i)),
        );
        if (status !== 201) throw new Error(`registration at a steady rate: ${status} ${text}`);
        remember(text);
      },
      { ...LOAD, rate: TARGET_RATE },
    );
    agent.destroy();
    // Every number answered with 201 is in the table (requests still running when the run
    // ended may have registered too: they were not acknowledged to anyone).
    const acknowledged = registered.requests + steady.requests;
    const { rows } = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM appeals WHERE number = ANY($1)',
      [pairs.map((p) => p.number)],
    );
    const stored = Number(rows[0]!.n);
    if (stored !== acknowledged || pairs.length !== acknowledged)
      throw new Error(`${acknowledged} registrations acknowledged, ${stored} of them stored`);
    const added = (await count()) - before;
    let j = 0;
    const lookups = await load(
      'GET /api/appeals/{n} (status)',
      {
        url: origin,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const { number, code } = pairs[j++ % pairs.length]!;
              return {
                ...request,
                path: `/api/appeals/${number}`,
                headers: { ...request.headers, 'x-access-code': code },
              };
            },
          },
        ],
      },
      200,
    );
    const photoRows: Figures[] = [];
    let kb = 0;
    for (const photos of [1, 3]) {
      const sent = await photoForm(photos);
      kb = sent.kb;
      photoRows.push(
        await load(
          `POST, inspector, ${photos} photo${photos > 1 ? 's' : ''} (${(sent.body.length / 1024).toFixed(0)} KB)`,
          {
            url: origin,
            connections: 4,
            duration: Math.max(3, Math.round(SECONDS / 2)),
            requests: [
              {
                method: 'POST',
                path: '/api/appeals?lang=ru',
                headers: { 'content-type': sent.type, accept: 'application/json' },
                body: sent.body,
              },
            ],
          },
          201,
        ),
      );
    }
    console.log(
      `\n${kind === 'postgres' ? `PostgreSQL (${new URL(url).host})` : 'PGlite (scripts/db.ts, in memory)'}: ${CONNECTIONS} connections, ${SECONDS} s each; ${acknowledged} registrations acknowledged, every one stored (${added} rows added in all)`,
    );
    console.log(HEADER);
    console.log(row(base));
    console.log(row(registered, base));
    console.log(row(steadyBase));
    console.log(row(steady));
    console.log(row(lookups, base));
    console.log(`photos: 1600 × 1200 JPEG of ${kb.toFixed(0)} KB each, 4 connections:`);
    for (const r of photoRows) console.log(row(r));
  } finally {
    await stop(server);
    await db.close();
    await cleanup();
  }
}

for (const kind of values.database.split(',') as ('postgres' | 'pglite')[])
  await benchDatabase(kind);
