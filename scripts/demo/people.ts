/**
 * Invented people for the demo officers: a name in each language and a Latin id, a rank and
 * reception hours, all drawn from the PRNG stream they are given.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import type { Rank } from '../../src/models/officers.ts';
import {
  KAZAKH_FATHERS,
  KAZAKH_FEMALE,
  KAZAKH_MALE,
  KAZAKH_SURNAMES,
  type NamePart,
  RUSSIAN_FEMALE,
  RUSSIAN_MALE,
  RUSSIAN_PATRONYMICS,
  RUSSIAN_SURNAMES,
} from './names.ts';
import type { Rng } from './rng.ts';
import type { Text } from './text.ts';

export interface Person {
  id: string;
  name: Text;
  initials: string;
}

/** A new person: one whose id is not yet in `taken` (the id is then added to it). */
export function inventPerson(rng: Rng, taken: Set<string>): Person {
  for (;;) {
    const female = rng.chance(0.2);
    const kazakh = rng.chance(0.85);
    const fem = (s: string, ending = 'а') => (female ? `${s}${ending}` : s);
    let surname: NamePart;
    let first: NamePart;
    let patronymic: { kk: string; ru: string };
    if (kazakh) {
      surname = rng.pick(KAZAKH_SURNAMES);
      first = rng.pick(female ? KAZAKH_FEMALE : KAZAKH_MALE);
      const father = rng.pick(KAZAKH_FATHERS);
      patronymic = {
        kk: `${father.kk}${female ? 'қызы' : 'ұлы'}`,
        ru: `${father.ru}${female ? 'овна' : 'ович'}`,
      };
    } else {
      surname = rng.pick(RUSSIAN_SURNAMES);
      first = rng.pick(female ? RUSSIAN_FEMALE : RUSSIAN_MALE);
      const p = rng.pick(RUSSIAN_PATRONYMICS)[female ? 1 : 0];
      patronymic = { kk: p, ru: p };
    }
    const sn = { kk: fem(surname.kk), ru: fem(surname.ru), en: fem(surname.en, 'a') };
    const id = `${sn.en}-${first.en}`.toLowerCase();
    if (!/^[a-z]+-[a-z]+$/.test(id)) throw new Error(`officer id "${id}" is not a Latin slug`);
    if (taken.has(id)) continue;
    taken.add(id);
    return {
      id,
      name: {
        kk: `${sn.kk} ${first.kk} ${patronymic.kk}`,
        ru: `${sn.ru} ${first.ru} ${patronymic.ru}`,
        en: `${first.en} ${sn.en}`,
      },
      initials: `${first.en[0]}${sn.en[0]}`,
    };
  }
}

const RANK_WEIGHTS: [Rank, number][] = [
  ['lieutenant', 15],
  ['senior-lieutenant', 30],
  ['captain', 35],
  ['major', 15],
  ['lieutenant-colonel', 5],
];
/** A rank, captains and senior lieutenants the most common. */
export function pickRank(rng: Rng): Rank {
  let x = rng() * 100;
  for (const [rank, w] of RANK_WEIGHTS) {
    if ((x -= w) < 0) return rank;
  }
  return 'captain';
}

const WEEKDAYS: Record<Locale, string[]> = {
  kk: ['Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Жұма', 'Сенбі'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
/** Two weekday evenings and a Saturday morning, e.g. "Пн, Ср 18:00–20:00; Сб 10:00–13:00". */
export function receptionHours(rng: Rng): Text {
  const [d1, d2] = rng.pick([
    [0, 2],
    [1, 3],
    [2, 4],
    [0, 3],
    [1, 4],
  ] as const);
  const evening = rng.pick(['18:00–20:00', '17:00–19:00', '18:30–20:30']);
  const saturday = rng.pick(['10:00–13:00', '11:00–13:00', '09:00–12:00']);
  const day = (l: Locale, i: number, lower = false) => {
    const w = WEEKDAYS[l][i] as string;
    return lower && l === 'kk' ? w.toLowerCase() : w;
  };
  const text = (l: Locale) =>
    `${day(l, d1)}, ${day(l, d2, true)} ${evening}; ${day(l, 5, true)} ${saturday}`;
  return { kk: text('kk'), ru: text('ru'), en: text('en') };
}
