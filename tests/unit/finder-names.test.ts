/**
 * Other names of streets (former names, other spellings) and corners of two streets in the
 * finder: on small areas written here, and on every former name of the demo city typed in kk,
 * ru and Latin letters with each one-letter typo after the first letter; and, as a property, corners of any
 * two of its streets typed in any language and form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCity } from '../../scripts/demo/city.ts';
import { streetName } from '../../scripts/demo/streets.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { buildFinder, lookup, matchStreets, type SourceArea } from '../../src/lib/finder/index.ts';
import { streetLabel, withOtherNames } from '../../src/lib/finder/names.ts';
import { transliterate } from '../../src/lib/finder/normalize.ts';
import { parseCorner } from '../../src/lib/finder/parse.ts';
import { ABAY, AREAS as BASE_AREAS, TOLE_BI, ZHIBEK } from '../helpers/finder-areas.ts';

const KOMSOMOLSKAYA = {
  name: { kk: 'Комсомол көшесі', ru: 'ул. Комсомольская', en: 'Komsomolskaya St' },
  kind: 'former' as const,
};
/** The shared areas, with Tole Bi's former name, and a former name that is another street's. */
const AREAS: SourceArea[] = BASE_AREAS.map((area) => ({
  id: area.id,
  streets: area.streets.map((range) =>
    range.name === TOLE_BI
      ? { ...range, otherNames: [KOMSOMOLSKAYA] }
      : range.name === ZHIBEK
        ? { ...range, otherNames: [{ name: { ru: 'ул. Толе би' }, kind: 'former' }] }
        : range,
  ),
}));
const built = buildFinder(AREAS, 'ru');
const index = built.names;
const shards = new Map(built.shards.map((s) => [s.id, s]));
const ru = useTranslations('ru');

/** The answer's kind, its street's label and its areas. */
function answer(input: string) {
  const r = lookup(index, shards, input);
  const label = (s: number, other?: number) => {
    const [current, , , , others] = index.s[s]!;
    const by = other === undefined ? undefined : others![other]!;
    return by ? `${current} (${by[0]})` : current;
  };
  if (r.kind === 'found' || r.kind === 'street' || r.kind === 'no-house')
    return {
      kind: r.kind,
      street: label(r.street, r.other),
      areas: r.areas.map((a) => index.a[a]),
    };
  if (r.kind === 'corner')
    return {
      kind: r.kind,
      streets: r.streets.map((s, i) => label(s, r.others[i])),
      areas: r.areas.map((a) => index.a[a]),
      along: r.along.map((a) => index.a[a]).sort(),
    };
  return { kind: r.kind };
}

describe('other names of a street', () => {
  it('finds a street by its former name in every language, and says which name matched', () => {
    for (const typed of ['Комсомольская 12', 'Комсомол көшесі 12', 'Komsomolskaya st 12'])
      expect(answer(typed), typed).toEqual({
        kind: 'found',
        street: 'ул. Толе би (ул. Комсомольская)',
        areas: ['almaly-02'],
      });
    expect(answer('ул. Толе би 12')).toEqual({
      kind: 'found',
      street: 'ул. Толе би',
      areas: ['almaly-02'],
    });
  });

  it('prefers a current name to a former name written the same way', () => {
    expect(answer('Толе би 12')).toMatchObject({ street: 'ул. Толе би', areas: ['almaly-02'] });
  });

  it('shows a street with its other names in the words of each language', () => {
    const range = { name: TOLE_BI, otherNames: [KOMSOMOLSKAYA] };
    expect(streetLabel(range, 'ru', ru)).toBe('ул. Толе би (бывш. ул. Комсомольская)');
    expect(streetLabel(range, 'kk', useTranslations('kk'))).toBe(
      'Төле би көшесі (бұрынғы Комсомол көшесі)',
    );
    expect(streetLabel(range, 'en', useTranslations('en'))).toBe(
      'Tole Bi St (formerly Komsomolskaya St)',
    );
    // A name that exists only in Russian is shown in Russian on every page.
    const mira = { name: { ru: 'ул. Мира' }, kind: 'former' as const };
    expect(streetLabel({ name: TOLE_BI, otherNames: [mira] }, 'en', useTranslations('en'))).toBe(
      'Tole Bi St (formerly ул. Мира)',
    );
    expect(
      withOtherNames(ru, 'ул. Абая', [
        { name: 'ул. А', kind: 'former' },
        { name: 'Abaya', kind: 'spelling' },
      ]),
    ).toBe('ул. Абая (бывш. ул. А) (также Abaya)');
    expect(streetLabel({ name: ABAY }, 'ru', ru)).toBe('пр. Абая');
  });
});

describe('corners', () => {
  it.each([
    'Абая и Толе би',
    'угол Абая и Толе би',
    'на углу улиц Абая и Толе би',
    'Абая/Толе би',
    'Абая – Толе би',
    'Абая - Толе би',
    'Абая угол Толе би',
    'Абай мен Төле би қиылысы',
    'Абай және Төле би көшелерінің қиылысы',
    'corner of Abay and Tole Bi',
    'Abay & Tole bi',
  ])('%s → the area serving both', (typed) => {
    expect(answer(typed)).toEqual({
      kind: 'corner',
      streets: ['пр. Абая', 'ул. Толе би'],
      areas: ['almaly-02'],
      along: ['almaly-01', 'almaly-02', 'bostandyk-01'],
    });
  });

  it('finds a corner by a former name too', () => {
    expect(answer('угол Абая и Комсомольской')).toMatchObject({
      streets: ['пр. Абая', 'ул. Толе би (ул. Комсомольская)'],
      areas: ['almaly-02'],
    });
  });

  it('says when two streets do not meet in any area, with the areas along each', () => {
    expect(answer('Карасай батыра и Жибек Жолы')).toEqual({
      kind: 'corner',
      streets: ['ул. Карасай батыра', 'ул. Жибек Жолы'],
      areas: [],
      along: ['almaly-01', 'medeu-01'],
    });
  });

  it('leaves houses, hyphenated names and unknown streets to the address lookup', () => {
    expect(parseCorner('пр. Абая 13/2')).toBeUndefined();
    expect(parseCorner('мкр Самал-2 58')).toBeUndefined();
    expect(parseCorner('аль-Фараби 5')).toBeUndefined();
    expect(parseCorner('Абая 12 и Толе би')).toBeUndefined();
    expect(answer('Абая и Фурманова')).toEqual({ kind: 'not-found' });
    // One street on both sides is a name, not a corner.
    expect(answer('Жибек - Жолы 7')).toMatchObject({ kind: 'found', street: 'ул. Жибек Жолы' });
    expect(answer('Абая и Абая').kind).not.toBe('corner');
  });
});

describe('the demo city’s former names', () => {
  const city = buildCity({ seed: '1', newsPerLocale: 0, addresses: 0 });
  const areas = city.districts.flatMap((d) => d.areas);
  const cityBuilt = buildFinder(areas, 'ru');
  const cityIndex = cityBuilt.names;
  const cityShards = new Map(cityBuilt.shards.map((s) => [s.id, s]));
  const renamed = [...city.streets.values()].filter((s) => s.former?.length);
  /** Each former name as residents type it: in each language it has, and in Latin letters. */
  const spellings = renamed.flatMap((street) =>
    street.former!.flatMap((f) => [
      ...LOCALES.flatMap((l) => (f.base[l] ? [{ street, typed: f.base[l] }] : [])),
      { street, typed: transliterate(f.base.ru ?? f.base.en!) },
    ]),
  );

  it('has the real former names of renamed streets', () => {
    expect(renamed.map((s) => s.key).sort()).toEqual(
      expect.arrayContaining(['dostyk', 'tole-bi', 'zhibek-zholy', 'kabanbay', 'bogenbay']),
    );
  });

  it('finds every former name from kk, ru and Latin spellings with a letter swapped, a vowel changed or a letter dropped (after the first letter)', () => {
    const missed: string[] = [];
    for (const { street, typed } of spellings)
      for (let i = 1; i < typed.length - 1; i++) {
        if (typed[i] === ' ' || typed[i + 1] === ' ') continue;
        const typos = [
          typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2),
          // A letter typed for its neighbour on the keyboard row is too many cases; a vowel
          // written for another is the common one.
          typed.slice(0, i) +
            (/[аоеиыуэяюё]/i.test(typed[i]!) ? 'а' : typed[i]) +
            typed.slice(i + 1),
          // Dropping a letter of a short name leaves too few letters for any typo.
          ...(typed.length >= 6 ? [typed.slice(0, i) + typed.slice(i + 1)] : []),
        ];
        for (const typo of typos) {
          const r = lookup(cityIndex, cityShards, typo);
          const found = r.kind === 'street' ? [r.street] : r.kind === 'choose' ? r.streets : [];
          if (!found.some((s) => cityIndex.s[s]![0] === streetName(street).ru))
            missed.push(`${typo} (${typed})`);
        }
      }
    expect(spellings.length).toBeGreaterThan(25);
    expect(missed).toEqual([]);
  });

  it('property: a corner of any two streets, typed in any language and form, gives the areas serving both', () => {
    const names = new Map<string, { name: Record<Locale, string>; areas: Set<string> }>();
    for (const area of areas)
      for (const range of area.streets) {
        const street = names.get(range.name.ru) ?? { name: range.name, areas: new Set<string>() };
        street.areas.add(area.id);
        names.set(range.name.ru, street);
      }
    // Streets whose name is the only one with its key (мкр. Акжар and ул. Акжар share one).
    const streets = [...names.values()].filter(
      (s) => matchStreets(cityIndex, s.name.ru, 3).filter((m) => m.score === 0).length === 1,
    );
    const FORMS: Record<Locale, ((a: string, b: string) => string)[]> = {
      ru: [
        (a, b) => `${a} и ${b}`,
        (a, b) => `угол ${a} и ${b}`,
        (a, b) => `${a}/${b}`,
        (a, b) => `${a} – ${b}`,
      ],
      kk: [(a, b) => `${a} мен ${b} қиылысы`, (a, b) => `${a} және ${b}`],
      en: [(a, b) => `corner of ${a} and ${b}`, (a, b) => `${a} & ${b}`],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...streets),
        fc.constantFrom(...streets),
        fc.constantFrom(...LOCALES),
        fc.nat(),
        (a, b, lang, form) => {
          fc.pre(a !== b);
          const forms = FORMS[lang];
          const typed = forms[form % forms.length]!(a.name[lang], b.name[lang]);
          const r = lookup(cityIndex, cityShards, typed);
          expect(r.kind, typed).toBe('corner');
          if (r.kind !== 'corner') return;
          expect(
            r.streets.map((s) => cityIndex.s[s]![0]),
            typed,
          ).toEqual([a.name.ru, b.name.ru]);
          const both = [...a.areas].filter((id) => b.areas.has(id)).sort();
          expect(r.areas.map((i) => cityIndex.a[i]).sort(), typed).toEqual(both);
        },
      ),
      { numRuns: 400, seed: 20261203 },
    );
  });
});
