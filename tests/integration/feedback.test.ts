/**
 * "Was this answer helpful?" against both databases: the service (src/server/appeals/
 * feedback.ts) over the real status lookup and the desk's answer, the function's handler and
 * its pages, the public statistics' share, and the desk's view of the rating.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { HELPFUL_SHARE_MIN_RATINGS } from '../../src/lib/answer-feedback.ts';
import { createFeedback } from '../../src/server/appeals/feedback.ts';
import { answerFeedback, type FeedbackHttp } from '../../src/server/appeals/feedback-http.ts';
import { createPages } from '../../src/server/appeals/pages.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { appealStats } from '../../src/server/appeals/stats.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { createDb, type Db } from '../../src/server/db/index.ts';
import { createDesk } from '../../src/server/staff/desk.ts';
import { fsPublisher } from '../../src/server/staff/publisher.ts';
import { renderAppeal } from '../../src/views/staff/appeal.ts';
import { appealForm, CHIEF, FORM_PAGE } from '../helpers/appeals.ts';
import { TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();
const ANSWER = 'Светофор включён в план установки на весну; до этого у перехода дежурит инспектор.';
const ru = useTranslations('ru');

/** The stored rating of an appeal. */
const rating = async (db: Db, number: string) =>
  (
    await db.query<{ helpful: boolean | null; helpful_at: Date | null }>(
      'SELECT helpful, helpful_at FROM appeals WHERE number = $1',
      [number],
    )
  ).rows[0]!;

const feedbackForm = (fields: Record<string, string>, type = 'application/x-www-form-urlencoded') =>
  new Request('http://site.test/api/appeals/status/feedback', {
    method: 'POST',
    headers: { 'content-type': type },
    body: new URLSearchParams(fields).toString(),
  });

describe.each(TEST_SERVERS)('was the answer helpful, on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  // Monday 30 November 2026, 11:00 in Almaty.
  const clock = new Date('2026-11-30T06:00:00Z');
  const now = () => clock;
  const contentDir = mkdtempSync(join(tmpdir(), 'mps-feedback-'));
  const appeals = (lookupsPerHour = 1000) =>
    createAppeals({ db: database.db, calendar, salt: 's', now, perHour: 1000, lookupsPerHour });
  const feedback = (lookupsPerHour?: number) =>
    createFeedback({ appeals: appeals(lookupsPerHour), db: database.db, now });
  const desk = () =>
    createDesk({
      db: database.db,
      calendar,
      siteUrl: 'https://mps.example',
      publisher: fsPublisher(contentDir),
      now,
    });
  /** A registered appeal: its number and code, answered by the chief when `answer`. */
  const appeal = async (answer: boolean) => {
    const r = await appeals().submit(appealForm(), { client: 'c', pageLanguage: 'ru' });
    if (r.kind !== 'registered') throw new Error(`not registered: ${JSON.stringify(r)}`);
    if (answer)
      expect(await desk().act(CHIEF, r.number, { type: 'answer', text: ANSWER })).toEqual({
        ok: true,
        status: 'answered',
      });
    return { number: r.number, code: r.accessCode };
  };
  let deps: FeedbackHttp;
  beforeAll(() => {
    deps = {
      feedback: async () => feedback(),
      pages: createPages(async () => FORM_PAGE),
    };
  });
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  it('records the first rating of an answer once; a second changes nothing', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });
    // The code as the resident may type it: lower case, without dashes.
    const typed = code.toLowerCase().replace(/-/g, '');
    const first = await feedback().rate(number, typed, true, 'c');
    expect(first).toMatchObject({ kind: 'recorded', view: { number, helpful: true } });
    expect(await rating(database.db, number)).toEqual({ helpful: true, helpful_at: clock });
    const second = await feedback().rate(number, code, false, 'c');
    expect(second).toMatchObject({ kind: 'already-rated', view: { helpful: true } });
    expect(await rating(database.db, number)).toEqual({ helpful: true, helpful_at: clock });
    // The status lookup shows it too.
    expect(await appeals().status(number, code, 'c')).toMatchObject({
      kind: 'found',
      view: { status: 'answered', helpful: true, answer: ANSWER },
    });
  });

  it('keeps exactly one of two ratings sent at the same moment', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    const results = await Promise.all([
      feedback().rate(number, code, true, 'c'),
      feedback().rate(number, code, false, 'c'),
    ]);
    const recorded = results.filter((r) => r.kind === 'recorded');
    expect(recorded).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'already-rated')).toHaveLength(1);
    const stored = await rating(database.db, number);
    const kept = (recorded[0] as { view: { helpful: boolean } }).view.helpful;
    expect(stored.helpful).toBe(kept);
    for (const r of results) expect(r).toMatchObject({ view: { helpful: kept } });
  });

  it('refuses a rating before the answer and writes nothing', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(false);
    expect(await feedback().rate(number, code, true, 'c')).toMatchObject({
      kind: 'not-answered',
      view: { status: 'registered', helpful: null },
    });
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });
    // Taken into work: still not answered.
    await desk().act(CHIEF, number, { type: 'take' });
    expect((await feedback().rate(number, code, false, 'c')).kind).toBe('not-answered');
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });
  });

  it('finds nothing for a wrong code or number and writes nothing', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    const other = await appeal(true);
    for (const [n, c] of [
      [number, other.code],
      [number, ''],
      [number, 'ABCD-EFGH-JKMN'],
      [other.number.replace(/\d$/, (d) => String((Number(d) + 5) % 10)), code],
      ['not a number', code],
    ] as const)
      expect(await feedback().rate(n, c, true, 'c'), `${n} ${c}`).toEqual({ kind: 'not-found' });
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });
    expect(await rating(database.db, other.number)).toEqual({ helpful: null, helpful_at: null });
  });

  it('counts each rating as a lookup of the client, and writes nothing over the limit', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    const limited = () => createFeedback({ appeals: appeals(2), db: database.db, now });
    expect((await limited().rate(number, 'ABCD-EFGH-JKMN', true, '198.51.100.7')).kind).toBe(
      'not-found',
    );
    expect((await limited().rate(number, 'ABCD-EFGH-JKMN', true, '198.51.100.7')).kind).toBe(
      'not-found',
    );
    expect(await limited().rate(number, code, true, '198.51.100.7')).toMatchObject({
      kind: 'rate-limited',
    });
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });
  });

  it('answers the status page’s form with pages: the form, thanks, refusals', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    const early = await appeal(false);

    // The status page with the code offers the form; without it, none.
    const view = await appeals().status(number, code, 'c');
    if (view.kind !== 'found') throw new Error('not found');
    const page = await deps.pages.status('ru', view.view, number, { code });
    expect(page).toContain('action="/api/appeals/status/feedback"');
    expect(page).toContain(`name="code" value="${code}"`);
    expect(page).toContain(ru('feedback.legend'));
    expect(await deps.pages.status('ru', view.view, number)).not.toContain('<form');

    const send = (fields: Record<string, string>) =>
      answerFeedback(feedbackForm({ lang: 'ru', ...fields }), 'c', deps);

    // Not answered yet: 409, the status page saying so, nothing written.
    const refused = await send({ number: early.number, code: early.code, helpful: 'yes' });
    expect(refused.status).toBe(409);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain(ru('feedback.notAnswered'));
    expect(refusedPage).toContain('data-status="registered"');
    expect(await rating(database.db, early.number)).toEqual({ helpful: null, helpful_at: null });

    // A wrong code: 404 like the status page.
    const missing = await send({ number, code: early.code, helpful: 'yes' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain(ru('status.notFound'));

    // Neither yes nor no: 422, nothing written.
    const odd = await send({ number, code, helpful: 'maybe' });
    expect(odd.status).toBe(422);
    expect(await odd.text()).toContain(ru('feedback.error.choice'));
    expect(await rating(database.db, number)).toEqual({ helpful: null, helpful_at: null });

    // No: recorded, the status page with thanks and without the form.
    const recorded = await send({ number: number.toLowerCase(), code, helpful: 'no' });
    expect(recorded.status).toBe(200);
    expect(recorded.headers.get('cache-control')).toBe('no-store');
    const thanks = await recorded.text();
    expect(thanks).toContain('<header>МПС</header>');
    expect(thanks).toContain(ru('feedback.thanks.no'));
    expect(thanks).toContain(ANSWER);
    expect(thanks).not.toContain(ru('feedback.already'));
    expect(thanks).not.toContain('<form');

    // Again, yes: the first rating stands and the page says so.
    const again = await send({ number, code, helpful: 'yes' });
    expect(again.status).toBe(200);
    const againPage = await again.text();
    expect(againPage).toContain(ru('feedback.thanks.no'));
    expect(againPage).toContain(ru('feedback.already'));
    expect(await rating(database.db, number)).toMatchObject({ helpful: false });

    // In Kazakh, by the form's language.
    const kk = await answerFeedback(
      feedbackForm({ lang: 'kk', number, code, helpful: 'yes' }),
      'c',
      deps,
    );
    expect(await kk.text()).toContain(useTranslations('kk')('feedback.already'));
  });

  it('refuses what no form sends', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const get = new Request('http://site.test/api/appeals/status/feedback');
    expect((await answerFeedback(get, 'c', deps)).status).toBe(405);
    const asJson = feedbackForm({ helpful: 'yes' }, 'application/json');
    expect((await answerFeedback(asJson, 'c', deps)).status).toBe(415);
    const big = feedbackForm({ helpful: 'yes', code: 'x'.repeat(5000) });
    expect((await answerFeedback(big, 'c', deps)).status).toBe(413);
  });

  it('shows the desk the applicant’s rating of the answer', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const { number, code } = await appeal(true);
    const shown = async () => {
      const detail = (await desk().appeal(number))!;
      return renderAppeal('ru', detail, CHIEF);
    };
    const label = `${ru('staff.appeal.rating')}:</strong> `;
    expect(await shown()).toContain(`${label}${ru('staff.rating.none')}`);
    await feedback().rate(number, code, true, 'c');
    expect(await shown()).toContain(`${label}${ru('staff.rating.helpful')}`);
  });

  it('gives the share found helpful over rated answers, from the minimum up', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    // 2027, a year no other test of this file answers in.
    let seq = 0;
    const add = async (
      helpful: boolean | null,
      answeredAt: string | null = '2027-02-10T05:00:00Z',
    ) => {
      seq++;
      await database.db.query(
        `INSERT INTO appeals (number, year, seq, kind, topic, body, applicant_name, email,
           answer_language, page_language, publish_consent, status, access_code_hash,
           received_at, registered_on, deadline, answered_at, answer, helpful, helpful_at)
         VALUES ($1, 2027, $2, 'question', 'other', 'Текст обращения для статистики.', 'X',
           'x@x.kz', 'ru', 'ru', false, $3, 'scrypt$x$y', '2027-02-01T05:00:00Z', '2027-02-01',
           '2027-02-22', $4, $5, $6, $7)`,
        [
          `MPS-2027-${String(900_000 + seq)}`,
          900_000 + seq,
          answeredAt ? 'answered' : 'registered',
          answeredAt,
          answeredAt ? 'Ответ.' : null,
          helpful,
          helpful === null ? null : '2027-02-11T05:00:00Z',
        ],
      );
    };
    const stats = async () =>
      (await appealStats(database.db, calendar, new Date('2027-03-01T06:00:00Z'))).year;
    // 9 ratings (6 yes), 2 answers not rated, 1 appeal not answered: too few for a share.
    for (const h of [true, true, true, true, true, true, false, false, false]) await add(h);
    await add(null);
    await add(null);
    await add(null, null);
    expect(await stats()).toMatchObject({ answered: 11, rated: 9, helpfulShare: null });
    expect(HELPFUL_SHARE_MIN_RATINGS).toBe(10);
    // The 10th rating: 7 of 10 rated answers found helpful.
    await add(true);
    const year = await stats();
    expect(year).toMatchObject({ answered: 12, rated: 10 });
    expect(year.helpfulShare).toBeCloseTo(0.7);
  });
});

describe('a database outage', () => {
  it('answers the rating with 503 and Retry-After', async () => {
    const db = createDb('postgres://postgres@127.0.0.1:1/none');
    const appeals = createAppeals({ db, calendar, salt: 's' });
    const deps: FeedbackHttp = {
      feedback: async () => createFeedback({ appeals, db }),
      pages: createPages(async () => FORM_PAGE),
    };
    const response = await answerFeedback(
      feedbackForm({
        lang: 'en',
        number: 'MPS-2026-000001',
        code: 'ABCD-EFGH-JKMN',
        helpful: 'yes',
      }),
      'c',
      deps,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.text()).toContain(useTranslations('en')('appeal.unavailable.title'));
    await db.close();
  });
});
