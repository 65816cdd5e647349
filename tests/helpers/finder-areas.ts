/** Small areas of real streets for the finder's tests, in the form the index builder takes. */
import type { SourceArea } from '../../src/lib/finder/index.ts';

export const street = (kk: string, ru: string, en: string) => ({ kk, ru, en });
export const ABAY = street('Абай даңғылы', 'пр. Абая', 'Abay Ave');
export const TOLE_BI = street('Төле би көшесі', 'ул. Толе би', 'Tole Bi St');
export const SAMAL = (n: number) =>
  street(`Самал-${n} шағын ауданы`, `мкр. Самал-${n}`, `Samal-${n} Microdistrict`);
export const KARASAY = street('Қарасай батыр көшесі', 'ул. Карасай батыра', 'Karasay Batyr St');
export const ZHIBEK = street('Жібек жолы көшесі', 'ул. Жибек Жолы', 'Zhibek Zholy St');

export const AREAS: SourceArea[] = [
  {
    id: 'almaly-01',
    streets: [
      { name: ABAY, houses: 'odd', from: 1, to: 99 },
      { name: KARASAY, houses: 'all', to: 44 },
    ],
  },
  {
    id: 'almaly-02',
    streets: [
      { name: ABAY, houses: 'even', from: 2, to: 100 },
      { name: TOLE_BI, houses: 'all', from: 1, to: 60 },
    ],
  },
  { id: 'bostandyk-01', streets: [{ name: ABAY, houses: 'all', from: 101 }] },
  {
    id: 'medeu-01',
    streets: [
      { name: SAMAL(2), houses: 'all' },
      { name: ZHIBEK, houses: 'all' },
    ],
  },
  {
    id: 'medeu-02',
    streets: [
      { name: SAMAL(1), houses: 'all' },
      { name: SAMAL(3), houses: 'all' },
    ],
  },
];
