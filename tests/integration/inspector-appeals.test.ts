/**
 * Appeals to an area's inspector through the function handler (src/server/appeals/http.ts),
 * over the real service and both databases: the area and the point are stored with the
 * appeal, photos are re-encoded without their metadata, and a photo that is not a picture, too
 * many photos or a body over the platform's limit are refused with a message, storing nothing.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { submitAppeal, type AppealsHttp } from '../../src/server/appeals/http.ts';
import { createPages } from '../../src/server/appeals/pages.ts';
import { createAppeals } from '../../src/server/appeals/service.ts';
import { loadCalendar } from '../../src/server/calendar.ts';
import { HONEYPOT_FIELD } from '../../src/lib/appeal-fields.ts';
import { PHOTO_EDGE, PHOTO_REQUEST_LIMIT } from '../../src/lib/photo-limits.ts';
import { appealForm, FORM_PAGE } from '../helpers/appeals.ts';
import { countRows, TEST_SERVERS, useMigratedDatabase } from '../helpers/databases.ts';

const calendar = loadCalendar();

/** A camera's photo: 3000 × 2000, held upright (EXIF orientation 6), with its make and GPS. */
const cameraPhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#884422' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'DemoCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

const inspectorForm = (overrides: Record<string, string> = {}) =>
  appealForm({
    area: 'almaly-07',
    topic: 'neighbours-noise',
    text: 'Во дворе дома по ул. Толе би каждую ночь шумят автомобили с громкой музыкой.',
    latitude: '43.25123',
    longitude: '76.92345',
    lang: 'kk',
    ...overrides,
  });

/** The form as a browser sends it: multipart, with files under `photos`. */
function multipart(
  fields: Record<string, string>,
  photos: { bytes: Uint8Array; name: string; type: string }[] = [],
  headers: Record<string, string> = {},
) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const p of photos)
    data.append('photos', new File([new Uint8Array(p.bytes)], p.name, { type: p.type }));
  return new Request('http://site.test/api/appeals?lang=kk', {
    method: 'POST',
    headers,
    body: data,
  });
}

describe.each(TEST_SERVERS)('appeals to an inspector on %s', (_name, start) => {
  const database = useMigratedDatabase(start);
  let deps: AppealsHttp;
  const count = (table: string) => countRows(database.db, table);

  beforeAll(() => {
    if (database.skip) return;
    const appeals = createAppeals({ db: database.db, calendar, salt: 's', perHour: 1_000_000 });
    deps = { appeals: async () => appeals, pages: createPages(async () => FORM_PAGE) };
  });

  it('stores the area, the point and the photo, re-encoded without metadata', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const photo = await cameraPhoto();
    expect((await sharp(photo).metadata()).exif?.toString('latin1')).toContain('DemoCam');
    const response = await submitAppeal(
      multipart(inspectorForm(), [{ bytes: photo, name: 'IMG_0001.jpg', type: 'image/jpeg' }]),
      '192.0.2.10',
      deps,
    );
    expect(response.status).toBe(201);
    const html = await response.text();
    const number = /MPS-\d{4}-\d{6}/.exec(html)![0];
    const { rows } = await database.db.query<{
      id: string;
      area: string;
      latitude: number;
      longitude: number;
      district: string;
    }>('SELECT id, area, latitude, longitude, district FROM appeals WHERE number = $1', [number]);
    expect(rows[0]).toMatchObject({ area: 'almaly-07', district: 'almaly' });
    expect(rows[0]!.latitude).toBeCloseTo(43.25123, 6);
    expect(rows[0]!.longitude).toBeCloseTo(76.92345, 6);
    const photos = await database.db.query<{
      position: number;
      width: number;
      height: number;
      bytes: Buffer;
    }>('SELECT position, width, height, bytes FROM appeal_photos WHERE appeal_id = $1', [
      rows[0]!.id,
    ]);
    expect(photos.rows).toHaveLength(1);
    const stored = photos.rows[0]!;
    const meta = await sharp(Buffer.from(stored.bytes)).metadata();
    // Turned upright, at most PHOTO_EDGE, a JPEG with no EXIF (so no GPS), XMP or orientation.
    expect(meta).toMatchObject({ format: 'jpeg', width: 1067, height: PHOTO_EDGE });
    expect([stored.width, stored.height]).toEqual([1067, PHOTO_EDGE]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(Buffer.from(stored.bytes).toString('latin1')).not.toContain('DemoCam');
  });

  it('answers the script with JSON when it asks for it', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const png = await sharp({
      create: { width: 40, height: 30, channels: 4, background: '#00000080' },
    })
      .png()
      .toBuffer();
    const response = await submitAppeal(
      multipart(inspectorForm(), [{ bytes: png, name: 'a.png', type: 'image/png' }], {
        accept: 'application/json',
      }),
      '192.0.2.11',
      deps,
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { number: string };
    const { rows } = await database.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM appeal_photos p JOIN appeals a ON a.id = p.appeal_id
        WHERE a.number = $1`,
      [body.number],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('refuses a file that is not a picture with a message, keeps the text, stores nothing', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const before = [await count('appeals'), await count('appeal_photos')];
    const response = await submitAppeal(
      multipart(inspectorForm(), [
        {
          bytes: new TextEncoder().encode('%PDF-1.4 not a photo'),
          name: 'a.jpg',
          type: 'image/jpeg',
        },
      ]),
      '192.0.2.12',
      deps,
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('JPEG, PNG немесе WebP');
    expect(html).toContain('Толе би каждую ночь');
    expect(html).toContain('name="area" value="almaly-07"');
    expect([await count('appeals'), await count('appeal_photos')]).toEqual(before);
  });

  it('refuses a fourth photo, and a body over the limit, storing nothing', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const before = [await count('appeals'), await count('appeal_photos')];
    const small = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const four = Array.from({ length: 4 }, (_, i) => ({
      bytes: small,
      name: `${i}.jpg`,
      type: 'image/jpeg',
    }));
    const tooMany = await submitAppeal(
      multipart(inspectorForm(), four, { accept: 'application/json' }),
      '192.0.2.13',
      deps,
    );
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toEqual({ errors: { photos: 'appeal.error.photoCount' } });

    const huge = new Uint8Array(PHOTO_REQUEST_LIMIT + 1);
    const tooLarge = await submitAppeal(
      multipart(inspectorForm(), [{ bytes: huge, name: 'big.jpg', type: 'image/jpeg' }]),
      '192.0.2.13',
      deps,
    );
    expect(tooLarge.status).toBe(413);
    const page = await tooLarge.text();
    expect(page).toContain('Фотосуреттер тым үлкен');
    expect([await count('appeals'), await count('appeal_photos')]).toEqual(before);
  });

  it('refuses a point outside the city and an area id that is not one', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const before = await count('appeals');
    for (const [fields, error] of [
      [{ latitude: '51.1605', longitude: '71.4704' }, 'latitude'],
      [{ latitude: '43.25', longitude: '' }, 'latitude'],
      [{ latitude: '43.25.1', longitude: '76.9' }, 'latitude'],
      [{ latitude: '43.25', longitude: 'восток' }, 'latitude'],
      [{ area: 'almaly' }, 'area'],
      [{ area: '../../etc/passwd-01' }, 'area'],
    ] as const) {
      const response = await submitAppeal(
        multipart(inspectorForm(fields), [], { accept: 'application/json' }),
        '192.0.2.14',
        deps,
      );
      expect(response.status, JSON.stringify(fields)).toBe(422);
      const body = (await response.json()) as { errors: Record<string, string> };
      expect(Object.keys(body.errors), JSON.stringify(fields)).toContain(error);
    }
    expect(await count('appeals')).toBe(before);
  });

  it('decodes no photo before the cheap checks: a robot, an invalid form, a client over its limit', async ({
    skip: s,
  }) => {
    if (database.skip) return s(database.skip);
    const notAPhoto = [
      { bytes: new TextEncoder().encode('not a picture'), name: 'a.jpg', type: 'image/jpeg' },
    ];
    const ask = (fields: Record<string, string>, client: string, d = deps) =>
      submitAppeal(multipart(fields, notAPhoto, { accept: 'application/json' }), client, d);
    // A robot's submission is set apart as such, whatever its files.
    expect(
      (await ask(inspectorForm({ [HONEYPOT_FIELD]: 'http://spam.example' }), '192.0.2.20')).status,
    ).toBe(202);
    // An invalid form gets its fields' errors, not yet the photo's.
    const invalid = await ask(inspectorForm({ text: 'коротко' }), '192.0.2.21');
    expect(invalid.status).toBe(422);
    expect(Object.keys(((await invalid.json()) as { errors: object }).errors)).toEqual(['text']);
    // A client over its limit is told so before anything is decoded.
    const limited = createAppeals({ db: database.db, calendar, salt: 's', perHour: 1 });
    const strict = { ...deps, appeals: async () => limited };
    expect((await ask(inspectorForm(), '192.0.2.22', strict)).status).toBe(422);
    expect((await ask(inspectorForm(), '192.0.2.22', strict)).status).toBe(429);
  });

  it('does not store photos sent with an appeal to the chief', async ({ skip: s }) => {
    if (database.skip) return s(database.skip);
    const before = await count('appeal_photos');
    const small = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const fields = inspectorForm({ area: '', latitude: '', longitude: '' });
    const response = await submitAppeal(
      multipart(fields, [{ bytes: small, name: 'a.jpg', type: 'image/jpeg' }]),
      '192.0.2.15',
      deps,
    );
    expect(response.status).toBe(201);
    expect(await count('appeal_photos')).toBe(before);
  });
});
