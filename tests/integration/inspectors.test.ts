/**
 * Appeals to an area's inspector at the staff desk, against both databases (PGlite over the
 * Postgres protocol, and PostgreSQL): the `inspector` role sees and answers the appeals of its
 * areas only (the queue, an appeal, every action, the photos), an appeal outside them is not
 * found, and moderators and the chief see all and reassign an appeal to another area.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { DeskAction } from '../../src/lib/appeal-lifecycle.ts';
import { api } from '../../src/lib/routes.ts';
import { scopeOf } from '../../src/lib/staff-roles.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { issueLocalToken, localVerifier, type StaffUser } from '../../src/server/staff/auth.ts';
import { createDesk } from '../../src/server/staff/desk.ts';
import { staffAction, staffPhoto, staffRead, type StaffHttp } from '../../src/server/staff/http.ts';
import { fsPublisher } from '../../src/server/staff/publisher.ts';
import { appealForm, CHIEF, MODERATOR } from '../helpers/appeals.ts';
import { TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();
const SECRET = 'integration-secret-of-inspectors-32+';
const SITE = 'https://mps.example';

/** Demonstration staff (invented people). */
const inspector = (area: string, name: string): StaffUser => ({
  id: `local:${area}@mps.example`,
  email: `${area}@mps.example`,
  name,
  roles: ['inspector'],
  areas: [area],
});
const INSPECTOR_07 = inspector('almaly-07', 'Демо Инспектор Седьмого');
const INSPECTOR_08 = inspector('almaly-08', 'Демо Инспектор Восьмого');

/** A small real JPEG, as the server's re-encoding stores it. */
const jpeg = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 80 })
    .toBuffer();

describe.each(TEST_SERVERS)('inspectors at the staff desk on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  // Tuesday 1 December 2026, 11:00 in Almaty.
  const now = () => new Date('2026-12-01T06:00:00Z');
  const appeals = () =>
    createAppeals({ db: database.db, calendar, salt: 's', now, perHour: 1000, siteUrl: SITE });
  const desk = () =>
    createDesk({
      db: database.db,
      calendar,
      siteUrl: SITE,
      publisher: fsPublisher('/nonexistent-inspectors-test'),
      now,
    });
  let seq = 0;
  /** An appeal to `area`'s inspector (or to the chief), from an address of its own. */
  const submit = async (area: string | null, overrides: Record<string, string> = {}) => {
    seq++;
    const r = await appeals().submit(
      appealForm({
        email: `inspectors-${seq}@example.kz`,
        text: `Во дворе дома ${seq} по ночам шумят машины, прошу участкового проверить.`,
        ...(area ? { area } : {}),
        ...overrides,
      }),
      { client: `c${seq}`, pageLanguage: 'ru' },
    );
    if (r.kind !== 'registered') throw new Error(`not registered: ${JSON.stringify(r)}`);
    return r.number;
  };
  const act = (user: StaffUser, number: string, action: DeskAction) =>
    desk().act(user, number, action);
  const numbers = (items: { number: string }[]) => items.map((i) => i.number);

  it('stores the area of an appeal to an inspector, and none of one to the chief', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const toArea = await submit('almaly-07');
    const toChief = await submit(null);
    expect((await desk().appeal(toArea))!.area).toBe('almaly-07');
    expect((await desk().appeal(toChief))!.area).toBeNull();
  });

  it('shows an inspector the appeals of its areas only, in the queue and one by one', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const mine = await submit('almaly-07');
    const other = await submit('almaly-08');
    const toChief = await submit(null);

    const queue = await desk().queue({}, scopeOf(INSPECTOR_07));
    expect(numbers(queue.items)).toContain(mine);
    expect(numbers(queue.items)).not.toContain(other);
    expect(numbers(queue.items)).not.toContain(toChief);
    expect(queue.items.every((i) => i.area === 'almaly-07')).toBe(true);
    // The counts are of its appeals too, and what robots sent is not its business.
    expect(queue.counts.open).toBe(queue.items.length);
    expect(queue.counts.spam).toBe(0);
    expect(queue.scope).toEqual({ all: false, areas: ['almaly-07'] });

    // A moderator sees all, and filters by area or the appeals to the chief.
    const all = await desk().queue({}, scopeOf(MODERATOR));
    expect(numbers(all.items)).toEqual(expect.arrayContaining([mine, other, toChief]));
    expect(all.counts.open).toBeGreaterThan(queue.counts.open);
    expect(numbers((await desk().queue({ area: 'almaly-08' }, scopeOf(CHIEF))).items)).toEqual([
      other,
    ]);
    const chiefs = numbers((await desk().queue({ area: 'none' }, scopeOf(CHIEF))).items);
    expect(chiefs).toContain(toChief);
    expect(chiefs).not.toContain(mine);
    // An inspector's own filter cannot reach past its scope.
    expect((await desk().queue({ area: 'almaly-08' }, scopeOf(INSPECTOR_07))).items).toEqual([]);

    expect(await desk().appeal(mine, scopeOf(INSPECTOR_07))).toMatchObject({ number: mine });
    expect(await desk().appeal(other, scopeOf(INSPECTOR_07))).toBeUndefined();
    expect(await desk().appeal(toChief, scopeOf(INSPECTOR_07))).toBeUndefined();
    // An inspector with no area sees nothing.
    const none = scopeOf({ roles: ['inspector'], areas: [] });
    expect((await desk().queue({}, none)).items).toEqual([]);
    expect(await desk().appeal(mine, none)).toBeUndefined();
  });

  it('lets an inspector take and answer its own appeal, and finds no other', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const mine = await submit('almaly-07');
    const other = await submit('almaly-08');
    const toChief = await submit(null);
    const answer =
      'Проверил двор: машины ставят у выезда, владельцам вынесено предупреждение. Ночью буду заезжать.';
    for (const number of [other, toChief]) {
      expect(await act(INSPECTOR_07, number, { type: 'take' })).toEqual({
        ok: false,
        kind: 'not-found',
      });
      expect(await act(INSPECTOR_07, number, { type: 'answer', text: answer })).toEqual({
        ok: false,
        kind: 'not-found',
      });
      expect((await desk().appeal(number))!.status).toBe('registered');
    }
    expect(await act(INSPECTOR_07, mine, { type: 'take' })).toEqual({
      ok: true,
      status: 'in-progress',
    });
    expect(await act(INSPECTOR_07, mine, { type: 'answer', text: answer })).toEqual({
      ok: true,
      status: 'answered',
    });
    const detail = (await desk().appeal(mine))!;
    expect(detail).toMatchObject({ status: 'answered', answer });
    expect(detail.events.map((e) => [e.type, e.actor, e.actorName])).toEqual([
      ['registered', 'system', null],
      ['taken', 'almaly-07@mps.example', 'Демо Инспектор Седьмого'],
      ['answered', 'almaly-07@mps.example', 'Демо Инспектор Седьмого'],
    ]);
    // The applicant is mailed the answer, as for any other.
    const mail = await database.db.query<{ kind: string }>(
      `SELECT o.kind FROM outbox o JOIN appeals a ON a.id = o.appeal_id WHERE a.number = $1 ORDER BY o.id`,
      [mine],
    );
    expect(mail.rows.map((r) => r.kind)).toEqual(['registered', 'answered']);
  });

  it('reassigns to another area, recording who and from where, without mail', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const number = await submit('almaly-07');
    await act(INSPECTOR_07, number, { type: 'take' });
    expect(await act(MODERATOR, number, { type: 'reassign', area: 'almaly-07' })).toMatchObject({
      ok: false,
      errors: { area: 'staff.error.sameArea' },
    });
    expect(await act(MODERATOR, number, { type: 'reassign', area: 'Алмалы 8' })).toMatchObject({
      ok: false,
      errors: { area: 'staff.error.area' },
    });
    expect(await act(MODERATOR, number, { type: 'reassign', area: 'almaly-08' })).toEqual({
      ok: true,
      status: 'in-progress',
    });
    expect(numbers((await desk().queue({}, scopeOf(INSPECTOR_08))).items)).toContain(number);
    expect(numbers((await desk().queue({}, scopeOf(INSPECTOR_07))).items)).not.toContain(number);
    expect(await desk().appeal(number, scopeOf(INSPECTOR_07))).toBeUndefined();
    expect(
      await act(INSPECTOR_07, number, { type: 'reject', reason: 'spam', note: 'Не моё.' }),
    ).toEqual({ ok: false, kind: 'not-found' });

    // The chief takes it to its own desk, and gives it back to an area.
    expect(await act(CHIEF, number, { type: 'reassign', area: '' })).toEqual({
      ok: true,
      status: 'in-progress',
    });
    expect(await desk().appeal(number, scopeOf(INSPECTOR_08))).toBeUndefined();
    expect(await act(CHIEF, number, { type: 'reassign', area: 'almaly-07' })).toMatchObject({
      ok: true,
    });
    const detail = (await desk().appeal(number, scopeOf(INSPECTOR_07)))!;
    expect(detail.area).toBe('almaly-07');
    expect(
      detail.events.filter((e) => e.type === 'reassigned').map((e) => [e.status, e.actor, e.note]),
    ).toEqual([
      ['in-progress', 'moderator@mps.example', 'almaly-07 → almaly-08'],
      ['in-progress', 'chief@mps.example', 'almaly-08 → —'],
      ['in-progress', 'chief@mps.example', '— → almaly-07'],
    ]);
    const mail = await database.db.query(
      `SELECT 1 FROM outbox o JOIN appeals a ON a.id = o.appeal_id
        WHERE a.number = $1 AND o.kind <> 'registered'`,
      [number],
    );
    expect(mail.rows).toHaveLength(0);
  });

  it('checks token, role and scope over HTTP, photos included', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const mine = await submit('almaly-07', { latitude: '43.25123', longitude: '76.94567' });
    const other = await submit('almaly-08');
    const { rows } = await database.db.query<{ id: string; number: string }>(
      'SELECT id, number FROM appeals WHERE number = ANY($1::text[])',
      [[mine, other]],
    );
    const idOf = (n: string) => rows.find((r) => r.number === n)!.id;
    const photos = [await jpeg(40, 30, '#336699'), await jpeg(30, 40, '#996633')];
    for (const [i, bytes] of photos.entries())
      await database.db.query(
        `INSERT INTO appeal_photos (appeal_id, position, content_type, width, height, bytes)
         VALUES ($1, $2, 'image/jpeg', $3, $4, $5)`,
        [idOf(mine), i + 1, i ? 30 : 40, i ? 40 : 30, bytes],
      );
    await database.db.query(
      `INSERT INTO appeal_photos (appeal_id, position, content_type, width, height, bytes)
       VALUES ($1, 1, 'image/jpeg', 40, 30, $2)`,
      [idOf(other), photos[0]],
    );

    const deps: StaffHttp = { desk: async () => desk(), verifier: localVerifier(SECRET) };
    const inspector07 = await issueLocalToken(SECRET, {
      roles: ['inspector'],
      areas: ['almaly-07'],
      email: 'almaly-07@mps.example',
    });
    const moderator = await issueLocalToken(SECRET, { roles: ['moderator'] });
    const base = 'http://desk.test';
    const get = (path: string, jwt?: string) =>
      new Request(`${base}${path}`, jwt ? { headers: { Authorization: `Bearer ${jwt}` } } : {});
    const post = (path: string, jwt: string, body: string) =>
      new Request(`${base}${path}`, {
        method: 'POST',
        body,
        headers: {
          Authorization: `Bearer ${jwt}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      });

    // The queue: its own appeal, named by area, and not the other area's.
    const queue = await staffRead(get(`${api.staffAppeals}?lang=ru`, inspector07), undefined, deps);
    expect(queue.status).toBe(200);
    const queueHtml = await queue.text();
    expect(queueHtml).toContain(`data-appeal="${mine}"`);
    expect(queueHtml).not.toContain(other);
    expect(queueHtml).toContain('data-area="almaly-07"');
    // The spam list is not an inspector's.
    const spam = await staffRead(
      get(`${api.staffAppeals}?list=spam`, inspector07),
      undefined,
      deps,
    );
    expect(spam.status).toBe(403);

    // One appeal: its own shows the point and the photos; the other area's is not found.
    const page = await staffRead(get(`${api.staffAppeal(mine)}?lang=en`, inspector07), mine, deps);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="geo:43.25123,76.94567"');
    expect(html).toContain('43.25123, 76.94567');
    expect(html).toContain(`data-photo="${api.staffPhoto(mine, 1)}"`);
    expect(html).toContain('alt="Photo 2 of 2 sent by the applicant"');
    expect(html).toContain('data-desk-action="answer"');
    expect(html).not.toContain('data-desk-action="reassign"');
    const hidden = await staffRead(get(api.staffAppeal(other), inspector07), other, deps);
    expect(hidden.status).toBe(404);
    // A moderator gets the reassign form, with the page's list of areas.
    const moderated = await (
      await staffRead(get(api.staffAppeal(mine), moderator), mine, deps)
    ).text();
    expect(moderated).toMatch(/<form[^>]+data-desk-action="reassign"/);
    expect(moderated).toMatch(/<input[^>]+name="area"[^>]+list="staff-areas"/);

    // Actions: another area's appeal is not found; reassigning is not an inspector's (403).
    const action = (number: string, name: string, jwt: string, body = '') =>
      staffAction(post(api.staffAction(number, name), jwt, body), number, name, deps);
    expect((await action(other, 'take', inspector07)).status).toBe(404);
    expect((await action(mine, 'reassign', inspector07, 'area=almaly-08')).status).toBe(403);
    expect((await action(mine, 'extend', inspector07)).status).toBe(403);
    expect((await action(mine, 'take', inspector07)).status).toBe(200);
    const invalid = await action(mine, 'reassign', moderator, 'area=nowhere');
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('almaly-07');
    expect((await desk().appeal(other))!.status).toBe('registered');

    // Photos: the bytes to whoever may read the appeal, never cached or sniffed.
    const photo = (number: string, position: string, jwt?: string) =>
      staffPhoto(get(api.staffPhoto(number, position), jwt), number, position, deps);
    const own = await photo(mine, '2', inspector07);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/jpeg');
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-disposition')).toBe('inline');
    expect(Buffer.from(await own.arrayBuffer()).equals(photos[1]!)).toBe(true);
    expect(await sharp(Buffer.from(photos[1]!)).metadata()).toMatchObject({
      format: 'jpeg',
      width: 30,
      height: 40,
    });
    expect((await photo(other, '1', inspector07)).status).toBe(404);
    expect((await photo(other, '1', moderator)).status).toBe(200);
    expect((await photo(mine, '1')).status).toBe(401);
    expect((await photo(mine, '3', moderator)).status).toBe(404);
    expect((await photo(mine, '0', moderator)).status).toBe(404);
    expect((await photo(mine, '1x', moderator)).status).toBe(404);
    expect((await photo('MPS-2026-999999', '1', moderator)).status).toBe(404);
    const posted = await staffPhoto(
      new Request(`${base}${api.staffPhoto(mine, 1)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${moderator}` },
      }),
      mine,
      '1',
      deps,
    );
    expect(posted.status).toBe(405);
  });
});
