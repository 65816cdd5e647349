import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { blogSchema } from '../../src/models/blog.ts';
import { districtSchema, streetRangeSchema } from '../../src/models/districts.ts';
import { imageStandIn } from '../../src/models/image.ts';
import { neighbourhoodSchema } from '../../src/models/neighbourhoods.ts';
import { newsSchema } from '../../src/models/news.ts';
import { officerSchema } from '../../src/models/officers.ts';
import { pageSchema } from '../../src/models/pages.ts';
import {
  alertSchema,
  calendarSchema,
  contactsSchema,
  finesSchema,
} from '../../src/models/settings.ts';

/** Astro's image() checks that the file exists; here a path string stands for the picture. */
const image = imageStandIn((path) => path.min(1));
const text = (s: string) => ({ kk: `${s} (kk)`, ru: `${s} (ru)`, en: `${s} (en)` });

/** The messages zod gives, as "path: message" lines. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const news = {
  title: 'Зимние шины: проверки на дорогах',
  translationKey: '2026-11-20-winter-tyres',
  date: new Date('2026-11-20'),
  summary: 'Инспекторы напоминают водителям о зимней резине и проверяют автобусы.',
  cover: '../_covers/road.svg',
  coverAlt: 'Дорога зимой',
  category: 'road-safety',
};

describe('news schema', () => {
  const schema = newsSchema({ image });
  it('accepts a complete item and fills defaults', () => {
    const parsed = schema.parse(news);
    expect(parsed.draft).toBe(false);
    expect(parsed.date).toBeInstanceOf(Date);
  });
  it('names each wrong field with what to do', () => {
    expect(
      problems(schema, {
        ...news,
        title: 'Hi',
        coverAlt: '',
        category: 'gossip',
        district: 'Almaly District',
      }),
    ).toEqual([
      'title: The title is too short: write at least 5 characters.',
      'coverAlt: Describe the cover picture for people who cannot see it.',
      'category: Choose one of the categories: prevention, road-safety, public-order, appeals, events.',
      'district: Use lowercase Latin letters, digits and single hyphens, e.g. "almaly-07".',
    ]);
  });
  it('requires the cover and its description', () => {
    const { cover: _cover, coverAlt: _alt, ...rest } = news;
    expect(problems(schema, rest).map((p) => p.split(':')[0])).toEqual(['cover', 'coverAlt']);
  });
  it('rejects a date that is not a date', () => {
    expect(problems(schema, { ...news, date: 'yesterday' })).toEqual([
      'date: Write the date as YYYY-MM-DD.',
    ]);
  });
});

describe('blog schema', () => {
  const post = {
    title: 'Открываем блог',
    translationKey: 'hello',
    date: '2026-10-01',
    summary: 'Зачем этот блог и как мы будем отвечать.',
  };
  it('accepts a post without a picture', () => {
    expect(problems(blogSchema({ image }), post)).toEqual([]);
  });
  it('requires a description when there is a picture', () => {
    expect(problems(blogSchema({ image }), { ...post, cover: 'x.jpg' })).toEqual([
      'coverAlt: Describe the picture for people who cannot see it (coverAlt).',
    ]);
  });
});

const officer = {
  name: text('Нурланов Арман Серикович'),
  rank: 'captain',
  photo: './photos/nurlanov-arman.svg',
  photoAlt: text('Portrait'),
  phones: ['+7 727 000 12 34'],
  receptionHours: text('Tue 18:00–20:00'),
  policePoint: { number: 12, address: text('ул. Толе би, 100') },
  district: 'almaly',
  areas: ['almaly-01'],
};

describe('officer schema', () => {
  const schema = officerSchema({ image });
  it('accepts a complete officer', () => {
    expect(problems(schema, officer)).toEqual([]);
  });
  it('explains the phone format and a missing translation', () => {
    expect(
      problems(schema, {
        ...officer,
        phones: ['8 (727) 000-12-34'],
        name: { kk: 'Нұрланов Арман', ru: 'Нурланов Арман' },
        email: 'not-an-email',
      }),
    ).toEqual([
      'name.en: Invalid input: expected string, received undefined',
      'phones.0: Write the phone as +7 XXX XXX XX XX, e.g. "+7 727 254 40 02".',
      'email: Write a valid e-mail address or leave the field empty.',
    ]);
  });
  it('needs at least one area and one phone', () => {
    expect(problems(schema, { ...officer, areas: [], phones: [] })).toEqual([
      'phones: Give at least one work phone number.',
      'areas: Name at least one inspector area the officer serves.',
    ]);
  });
});

const square = (x: number, y: number, d = 0.01) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const district = {
  type: 'FeatureCollection',
  name: text('Алмалы'),
  department: {
    name: text('УП Алмалинского района'),
    address: text('ул. Толе би, 1'),
    phone: '+7 727 000 00 01',
  },
  features: [
    { type: 'Feature', properties: { kind: 'district' }, geometry: square(76.9, 43.25, 0.02) },
    {
      type: 'Feature',
      properties: {
        kind: 'area',
        id: 'almaly-01',
        number: 1,
        streets: [{ name: text('ул. Толе би'), houses: 'odd', from: 1, to: 99 }],
      },
      // The only area covers the whole district (src/lib/area-geometry.ts).
      geometry: square(76.9, 43.25, 0.02),
    },
  ],
};

describe('district schema', () => {
  it('accepts a district with its boundary and one area', () => {
    expect(problems(districtSchema, district)).toEqual([]);
  });
  it('rejects an open ring, a reversed house range and a duplicate area id', () => {
    const area = district.features[1]!;
    const broken = {
      ...district,
      features: [
        district.features[0],
        {
          ...area,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [76.9, 43.25],
                [76.91, 43.25],
                [76.91, 43.26],
                [76.9, 43.26],
              ],
            ],
          },
          properties: {
            ...area.properties,
            streets: [{ name: text('ул. Абая'), houses: 'all', from: 50, to: 10 }],
          },
        },
        area,
      ],
    };
    expect(problems(districtSchema, broken)).toEqual([
      'features.1.properties.streets.0.to: The first house number must not be greater than the last.',
      'features.1.geometry.coordinates.0: A polygon ring must end where it starts.',
      'features.2.properties.id: The area id "almaly-01" is used twice.',
    ]);
  });
  it('takes an emptied language of another name as left out, and wants one language', () => {
    const range = (name: Record<string, string>) =>
      streetRangeSchema.safeParse({ name: text('ул. Абая'), otherNames: [{ name }] });
    expect(range({ kk: '', ru: 'ул. Ленина', en: '' }).data?.otherNames).toEqual([
      { name: { ru: 'ул. Ленина' }, kind: 'former' },
    ]);
    expect(range({ kk: '', ru: '', en: '' }).error?.issues.map((i) => i.message)).toEqual([
      'Write it in at least one language.',
    ]);
  });
  it('needs exactly one district boundary', () => {
    expect(
      problems(districtSchema, {
        ...district,
        features: [district.features[1], district.features[1]],
      }),
    ).toContain('features: Give exactly one feature with kind "district" (found 0).');
  });
});

describe('pages schema', () => {
  it('accepts an organisation chart three levels deep', () => {
    const page = {
      title: 'Структура',
      summary: 'Как устроена Местная полицейская служба.',
      order: 1,
      orgChart: {
        name: 'Начальник',
        children: [{ name: 'Заместитель', children: [{ name: 'Отдел' }] }],
      },
    };
    expect(pageSchema.parse(page).orgChart?.children[0]?.children[0]?.name).toBe('Отдел');
  });
});

describe('settings schemas', () => {
  it('keeps the alert banner off by default and refuses an enabled one without text', () => {
    expect(alertSchema.parse({ message: { kk: '', ru: '', en: '' } }).enabled).toBe(false);
    expect(
      problems(alertSchema, { enabled: true, message: { kk: '', ru: 'Внимание', en: '' } }),
    ).toEqual(['message: An enabled banner needs its message in kk, ru and en.']);
  });
  it('only accepts https links for fine portals', () => {
    const portal = {
      id: 'egov',
      name: text('eGov'),
      url: 'http://egov.kz',
      needs: text('ИИН и ЭЦП'),
      how: text('Войдите и выберите услугу оплаты.'),
    };
    expect(problems(finesSchema, { portals: [portal] })).toEqual([
      'portals.0.url: The address must start with https://',
    ]);
  });
  it('reads YAML dates in the calendar as ISO days', () => {
    const calendar = calendarSchema.parse({
      timezone: 'Asia/Almaty',
      workingHours: { start: '09:00', end: '18:00' },
      years: [{ year: 2026, holidays: [{ date: new Date('2026-03-23'), name: text('Наурыз') }] }],
    });
    expect(calendar.years[0]?.holidays[0]?.date).toBe('2026-03-23');
    expect(
      problems(calendarSchema, {
        ...calendar,
        years: [{ year: 2026, holidays: [{ date: '2026-02-30', name: text('x') }] }],
      }),
    ).toEqual(['years.0.holidays.0.date: This is not a real date.']);
  });
  it('requires emergency numbers to be short numbers', () => {
    const contacts = {
      emergency: [{ number: '1O2', label: text('Полиция') }],
      service: {
        name: text('МПС Алматы'),
        address: text('ул. Демо, 1'),
        phone: '+7 727 000 00 00',
        email: 'info@mps-demo.example',
        hours: text('09:00–18:00'),
      },
    };
    expect(problems(contactsSchema, contacts)).toEqual([
      'emergency.0.number: An emergency number is 3 or 4 digits, e.g. "102".',
    ]);
  });
});

describe('neighbourhood schema', () => {
  const meeting = {
    id: 'almaly-01-2027-01-15',
    start: '2027-01-15T18:30',
    place: text('Police point No. 21'),
    agenda: text('Quarterly report'),
  };
  const priority = {
    title: text('Parking'),
    action: text('Patrols'),
    status: 'in-progress',
    reviewed: new Date('2026-11-20'),
  };

  it('accepts an area with priorities and meetings; an emptied place or minutes is left out', () => {
    const result = neighbourhoodSchema.parse({
      area: 'almaly-01',
      priorities: [priority],
      meetings: [
        { ...meeting, minutes: { kk: '', ru: '', en: '' } },
        { ...meeting, id: 'b', place: { kk: '', ru: '', en: '' }, link: 'https://meet.example/a' },
      ],
    });
    expect(result.priorities[0]!.reviewed).toBe('2026-11-20');
    expect(result.meetings[0]!.duration).toBe(60);
    expect(result.meetings[0]!.minutes).toBeUndefined();
    expect(result.meetings[1]!.place).toBeUndefined();
  });

  it('refuses a fourth priority, a wrong time, no place nor link, an http link, a repeated id', () => {
    expect(
      problems(neighbourhoodSchema, {
        area: 'almaly-01',
        priorities: [priority, priority, priority, priority],
        meetings: [
          { ...meeting, start: '2027-01-15 18:30' },
          { ...meeting, start: '2027-02-30T10:00' },
          { ...meeting, place: undefined },
          { ...meeting, id: 'c', place: undefined, link: 'http://meet.example/a' },
        ],
      }),
    ).toEqual([
      'priorities: Name at most 3 current priorities.',
      'meetings.0.start: Write the start as YYYY-MM-DDTHH:MM, Almaty time.',
      'meetings.1.start: This is not a real date.',
      'meetings.2.place: Give the place of the meeting, or the link of an online one.',
      'meetings.3.link: The address must start with https://',
    ]);
    expect(
      problems(neighbourhoodSchema, { area: 'almaly-01', meetings: [meeting, meeting] }),
    ).toEqual(['meetings.1.id: The meeting id "almaly-01-2027-01-15" is used twice.']);
  });
});
