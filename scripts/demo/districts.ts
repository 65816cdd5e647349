/**
 * The eight districts of the demo city: names, a rough bounding box and the streets their areas
 * are made of; and the forms of a district's (or the city's) name for running text.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import type { Box } from './geometry.ts';

export interface DistrictDef {
  id: string;
  /** ru adjective stem: "Алмалинск" → Алмалинский район / Алмалинского района / в Алмалинском районе. */
  ruStem: string;
  kk: string;
  en: string;
  /** [west, south, east, north] in degrees; placed roughly where the district is. */
  bbox: Box;
  /** Streets the district's areas are made of (a street may cross several districts). */
  streets: string[];
}

export const DISTRICTS: readonly DistrictDef[] = [
  {
    id: 'alatau',
    ruStem: 'Алатауск',
    kk: 'Алатау',
    en: 'Alatau',
    bbox: [76.8, 43.26, 76.87, 43.32],
    streets: [
      'raiymbek',
      'momyshuly',
      'sain',
      'ryskulov',
      'aigerim-1',
      'aigerim-2',
      'shanyrak-1',
      'shanyrak-2',
      'algabas',
      'akbulak',
      'sayaly',
    ],
  },
  {
    id: 'almaly',
    ruStem: 'Алмалинск',
    kk: 'Алмалы',
    en: 'Almaly',
    bbox: [76.87, 43.24, 76.95, 43.27],
    streets: [
      'abay',
      'tole-bi',
      'gogol',
      'zhibek-zholy',
      'raiymbek',
      'seifullin',
      'baitursynuly',
      'rozybakiev',
      'tolebayev',
      'kabanbay',
      'bogenbay',
      'karasay',
      'shevchenko',
      'kurmangazy',
      'zheltoksan',
      'mukanov',
      'auezov',
    ],
  },
  {
    id: 'auezov',
    ruStem: 'Ауэзовск',
    kk: 'Әуезов',
    en: 'Auezov',
    bbox: [76.82, 43.2, 76.87, 43.26],
    streets: [
      'abay',
      'tole-bi',
      'satpayev',
      'zhandosov',
      'momyshuly',
      'sain',
      'zhubanov',
      'shalyapin',
      'aksai-2',
      'aksai-3',
      'aksai-4',
      'aksai-5',
      'mamyr-4',
      'zhetysu-2',
      'taugul',
      'sairan',
    ],
  },
  {
    id: 'bostandyk',
    ruStem: 'Бостандыкск',
    kk: 'Бостандық',
    en: 'Bostandyk',
    bbox: [76.87, 43.18, 76.95, 43.24],
    streets: [
      'abay',
      'dostyk',
      'satpayev',
      'seifullin',
      'baitursynuly',
      'zhandosov',
      'timiryazev',
      'al-farabi',
      'rozybakiev',
      'auezov',
      'bukhar-zhyrau',
      'utepov',
      'navoi',
      'manas',
      'khodzhanov',
      'shashkin',
      'orbita-1',
      'orbita-2',
      'orbita-3',
      'koktem-1',
      'koktem-2',
      'kazakhfilm',
    ],
  },
  {
    id: 'zhetysu',
    ruStem: 'Жетысуск',
    kk: 'Жетісу',
    en: 'Zhetysu',
    bbox: [76.87, 43.27, 76.95, 43.32],
    streets: [
      'raiymbek',
      'seifullin',
      'ryskulov',
      'suyunbay',
      'bokeikhanov',
      'kazybayev',
      'ainabulak-1',
      'ainabulak-2',
      'ainabulak-3',
      'kulager',
      'akan-sery',
    ],
  },
  {
    id: 'medeu',
    ruStem: 'Медеуск',
    kk: 'Медеу',
    en: 'Medeu',
    bbox: [76.95, 43.2, 77.05, 43.27],
    streets: [
      'dostyk',
      'al-farabi',
      'gogol',
      'zhibek-zholy',
      'kabanbay',
      'bogenbay',
      'karasay',
      'shevchenko',
      'kurmangazy',
      'kunayev',
      'pushkin',
      'zenkov',
      'kaldayakov',
      'begalin',
      'samal-1',
      'samal-2',
      'samal-3',
      'koktobe',
    ],
  },
  {
    id: 'nauryzbay',
    ruStem: 'Наурызбайск',
    kk: 'Наурызбай',
    en: 'Nauryzbay',
    bbox: [76.74, 43.17, 76.82, 43.24],
    streets: [
      'zhandosov',
      'al-farabi',
      'kalkaman-1',
      'kalkaman-2',
      'shugyla',
      'akzhar',
      'tausamaly',
      'karagaily',
      'kuramys',
    ],
  },
  {
    id: 'turksib',
    ruStem: 'Турксибск',
    kk: 'Түрксіб',
    en: 'Turksib',
    bbox: [76.95, 43.27, 77.03, 43.36],
    streets: [
      'seifullin',
      'ryskulov',
      'suyunbay',
      'bekmakhanov',
      'mailin',
      'akan-sery',
      'khaliullin',
      'zhuldyz-1',
      'zhuldyz-2',
      'dorozhnik',
    ],
  },
];

export interface PlaceForms {
  nom: string;
  gen: string;
  /** ru "в Алмалинском районе", kk "Алмалы ауданында", en "in Almaly District". */
  loc: string;
}
export function districtForms(d: DistrictDef): Record<Locale, PlaceForms> {
  return {
    kk: { nom: `${d.kk} ауданы`, gen: `${d.kk} ауданының`, loc: `${d.kk} ауданында` },
    ru: { nom: `${d.ruStem}ий район`, gen: `${d.ruStem}ого района`, loc: `в ${d.ruStem}ом районе` },
    en: { nom: `${d.en} District`, gen: `${d.en} District`, loc: `in ${d.en} District` },
  };
}
export const CITY_FORMS: Record<Locale, PlaceForms> = {
  kk: { nom: 'Алматы', gen: 'Алматының', loc: 'Алматыда' },
  ru: { nom: 'Алматы', gen: 'Алматы', loc: 'в Алматы' },
  en: { nom: 'Almaty', gen: 'Almaty', loc: 'in Almaty' },
};
