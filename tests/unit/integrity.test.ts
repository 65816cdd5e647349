import { describe, expect, it } from 'vitest';
import {
  ContentIntegrityError,
  checkContentIntegrity,
  type IntegrityInput,
} from '../../src/lib/integrity.ts';

const base = (): IntegrityInput => ({
  districts: [
    { id: 'almaly', file: 'content/districts/almaly.geojson', areaIds: ['almaly-01', 'almaly-02'] },
    { id: 'medeu', file: 'content/districts/medeu.geojson', areaIds: ['medeu-01'] },
  ],
  officers: [
    { id: 'a', file: 'content/officers/a.yaml', district: 'almaly', areas: ['almaly-02'] },
  ],
  localized: [
    {
      collection: 'news',
      file: 'content/news/ru/x.md',
      lang: 'ru',
      translationKey: 'x',
      district: 'medeu',
    },
    { collection: 'news', file: 'content/news/kk/x.md', lang: 'kk', translationKey: 'x' },
    { collection: 'blog', file: 'content/blog/ru/x.md', lang: 'ru', translationKey: 'x' },
  ],
});

describe('content integrity', () => {
  it('accepts consistent content', () => {
    expect(checkContentIntegrity(base())).toEqual([]);
  });

  it('names the file and field of an officer pointing to a missing area', () => {
    const input = base();
    input.officers[0]!.areas = ['almaly-02', 'almaly-99'];
    expect(checkContentIntegrity(input)).toEqual([
      {
        file: 'content/officers/a.yaml',
        field: 'areas[1]',
        message: 'area "almaly-99" does not exist in district "almaly".',
      },
    ]);
  });

  it('says when an area belongs to another district', () => {
    const input = base();
    input.officers[0]!.areas = ['medeu-01'];
    const [problem] = checkContentIntegrity(input);
    expect(problem?.message).toBe('area "medeu-01" belongs to district "medeu", not "almaly".');
  });

  it('reports a missing district of an officer and of a news item', () => {
    const input = base();
    input.officers[0]!.district = 'atlantis';
    input.localized[0]!.district = 'atlantis';
    const problems = checkContentIntegrity(input);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/officers/a.yaml: district',
      'content/news/ru/x.md: district',
    ]);
    expect(problems[0]?.message).toMatch(/known: almaly, medeu/);
  });

  it('reports an area defined in two districts and a duplicate translation', () => {
    const input = base();
    input.districts[1]!.areaIds.push('almaly-01');
    input.localized.push({
      collection: 'news',
      file: 'content/news/ru/y.md',
      lang: 'ru',
      translationKey: 'x',
    });
    const problems = checkContentIntegrity(input);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({
      file: 'content/districts/medeu.geojson',
      field: 'features[1].properties.id',
    });
    expect(problems[1]).toMatchObject({ file: 'content/news/ru/y.md', field: 'translationKey' });
  });

  it('turns problems into one error listing each of them', () => {
    const error = new ContentIntegrityError([{ file: 'f.yaml', field: 'areas[0]', message: 'm' }]);
    expect(error.name).toBe('ContentIntegrityError');
    expect(error.message).toContain('f.yaml: areas[0]: m');
  });
});

describe('neighbourhood files', () => {
  const file = (over: Partial<NonNullable<IntegrityInput['neighbourhoods']>[number]>) => ({
    id: 'almaly-01',
    file: 'content/neighbourhoods/almaly-01.yaml',
    area: 'almaly-01',
    meetingIds: ['almaly-01-2027-01-15'],
    ...over,
  });

  it('accepts a file named after a real area', () => {
    expect(checkContentIntegrity({ ...base(), neighbourhoods: [file({})] })).toEqual([]);
  });

  it('refuses an unknown area, a file named after another area and a meeting id used twice', () => {
    const input = {
      ...base(),
      neighbourhoods: [
        file({}),
        file({ id: 'almaly-09', file: 'n/almaly-09.yaml', area: 'almaly-09', meetingIds: [] }),
        file({
          id: 'x',
          file: 'n/x.yaml',
          area: 'almaly-02',
          meetingIds: ['m', 'almaly-01-2027-01-15'],
        }),
      ],
    };
    expect(checkContentIntegrity(input)).toEqual([
      { file: 'n/almaly-09.yaml', field: 'area', message: 'area "almaly-09" does not exist.' },
      {
        file: 'n/x.yaml',
        field: 'area',
        message: 'the file of area "almaly-02" must be named almaly-02.yaml.',
      },
      {
        file: 'n/x.yaml',
        field: 'meetings[1].id',
        message:
          'meeting id "almaly-01-2027-01-15" is already used by content/neighbourhoods/almaly-01.yaml.',
      },
    ]);
  });
});
