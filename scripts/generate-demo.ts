/**
 * Demo content generator for the MPS Almaty site (deterministic: seeded PRNG, no network).
 *
 *   node scripts/generate-demo.ts [--out DIR] [--news-per-locale N] [--addresses N] [--seed S]
 *
 *   --out DIR            content tree to write (default: the repository’s content/)
 *   --news-per-locale N  news stories per language (default: 30)
 *   --addresses N        add invented streets until the city has N houses (default: none;
 *                        `npm run bench:lookup` makes a city of 50,000)
 *   --seed S             seed of the PRNG; the same seed gives the same files (default: 1)
 *
 * The generator OWNS these folders of DIR, clears them and writes them anew:
 *   districts/<id>.geojson       8 districts, 6 inspector areas each (grid cells of the district)
 *   officers/<id>.yaml           one district inspector per area (+ photos/<id>.svg placeholders)
 *   news/{kk,ru,en}/<key>.md     N stories per language, same file name = translationKey
 *   news/_covers/*.svg           abstract cover illustrations
 * It never touches DIR/pages, DIR/blog, DIR/settings, DIR/qa. When DIR is not the repository's content/
 * folder, those four are copied from content/ so that DIR is a complete content tree
 * (`MPS_CONTENT_DIR=DIR npm run build`).
 *
 * Everything is invented: people, events, phone numbers (+7 727 000 .. .. — the 000 block marks
 * them as fictitious) and e-mail addresses (@mps-demo.example). Street names are the real public
 * names of Almaty streets, placed in roughly the right districts; house ranges are invented.
 *
 * Before writing, every district, officer and news frontmatter object is validated with the zod
 * schemas of src/models, and the address invariant is checked: any (street, house number) belongs
 * to at most one inspector area. Any failure stops the script before a file is written.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import { kazakhToRussian, transliterate } from '../src/lib/finder/normalize.ts';
import type { ImageFn } from '../src/models/common.ts';
import { districtSchema, type StreetRange } from '../src/models/districts.ts';
import { type NewsCategory, newsSchema } from '../src/models/news.ts';
import { type Rank, officerSchema } from '../src/models/officers.ts';

type Text = Record<Locale, string>;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_CONTENT = join(REPO_ROOT, 'content');
/** The newest demo story is dated this day. */
const LAST_NEWS_DAY = Date.UTC(2026, 10, 27);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

function parseCli() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'news-per-locale': { type: 'string', default: '30' },
      addresses: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: node scripts/generate-demo.ts [--out DIR] [--news-per-locale N] [--addresses N] [--seed S]',
    );
    process.exit(0);
  }
  const n = Number(values['news-per-locale']);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(
      `--news-per-locale must be a whole number >= 0, got "${values['news-per-locale']}"`,
    );
  }
  const addresses = Number(values.addresses);
  if (!Number.isInteger(addresses) || addresses < 0)
    throw new Error(`--addresses must be a whole number >= 0, got "${values.addresses}"`);
  // Without --out: the repository's content/ folder, wherever the script is started from.
  return {
    out: values.out ? resolve(values.out) : REPO_CONTENT,
    newsPerLocale: n,
    addresses,
    seed: values.seed,
  };
}

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32); one independent stream per section, so that e.g. changing the
// number of news does not change the officers.
// ---------------------------------------------------------------------------------------------

type Rng = {
  (): number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  shuffle: <T>(items: readonly T[]) => T[];
};

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function makeRng(seed: string, stream: string): Rng {
  let a = hashString(`${seed}:${stream}`);
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  next.chance = (p) => next() < p;
  next.shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
    }
    return copy;
  };
  return next;
}

// ---------------------------------------------------------------------------------------------
// Streets: real public names of Almaty streets, with the type word per language.
// ---------------------------------------------------------------------------------------------

type StreetKind = 'st' | 'ave' | 'mkr';
interface Street {
  key: string;
  kind: StreetKind;
  /** The bare name as it follows the type word: ru "Абая" (пр. Абая), kk "Абай", en "Abay". */
  base: Text;
  /** Highest house number used for the demo house ranges. */
  maxHouse: number;
}

const S = (key: string, kind: StreetKind, ru: string, kk: string, en: string, maxHouse: number) =>
  ({ key, kind, base: { kk, ru, en }, maxHouse }) satisfies Street;

const STREETS: readonly Street[] = [
  S('abay', 'ave', 'Абая', 'Абай', 'Abay', 400),
  S('tole-bi', 'st', 'Толе би', 'Төле би', 'Tole Bi', 360),
  S('dostyk', 'ave', 'Достык', 'Достық', 'Dostyk', 300),
  S('satpayev', 'st', 'Сатпаева', 'Сәтбаев', 'Satpayev', 220),
  S('gogol', 'st', 'Гоголя', 'Гоголь', 'Gogol', 220),
  S('zhibek-zholy', 'st', 'Жибек Жолы', 'Жібек жолы', 'Zhibek Zholy', 200),
  S('raiymbek', 'ave', 'Райымбека', 'Райымбек', 'Raiymbek', 520),
  S('seifullin', 'ave', 'Сейфуллина', 'Сейфуллин', 'Seifullin', 600),
  S('baitursynuly', 'st', 'Байтурсынова', 'Байтұрсынұлы', 'Baitursynuly', 200),
  S('zhandosov', 'st', 'Жандосова', 'Жандосов', 'Zhandosov', 260),
  S('timiryazev', 'st', 'Тимирязева', 'Тимирязев', 'Timiryazev', 120),
  S('al-farabi', 'ave', 'аль-Фараби', 'Әл-Фараби', 'Al-Farabi', 320),
  S('rozybakiev', 'st', 'Розыбакиева', 'Розыбакиев', 'Rozybakiev', 300),
  S('momyshuly', 'st', 'Момышулы', 'Момышұлы', 'Momyshuly', 300),
  S('tolebayev', 'st', 'Толебаева', 'Төлебаев', 'Tolebayev', 200),
  S('kabanbay', 'st', 'Кабанбай батыра', 'Қабанбай батыр', 'Kabanbay Batyr', 300),
  S('bogenbay', 'st', 'Богенбай батыра', 'Бөгенбай батыр', 'Bogenbay Batyr', 300),
  S('karasay', 'st', 'Карасай батыра', 'Қарасай батыр', 'Karasay Batyr', 200),
  S('shevchenko', 'st', 'Шевченко', 'Шевченко', 'Shevchenko', 200),
  S('kurmangazy', 'st', 'Курмангазы', 'Құрманғазы', 'Kurmangazy', 200),
  S('zheltoksan', 'st', 'Желтоксан', 'Желтоқсан', 'Zheltoksan', 200),
  S('mukanov', 'st', 'Муканова', 'Мұқанов', 'Mukanov', 300),
  S('auezov', 'st', 'Ауэзова', 'Әуезов', 'Auezov', 200),
  S('bukhar-zhyrau', 'st', 'Бухар жырау', 'Бұқар жырау', 'Bukhar Zhyrau', 100),
  S('utepov', 'st', 'Утепова', 'Өтепов', 'Utepov', 60),
  S('sain', 'st', 'Саина', 'Саин', 'Sain', 300),
  S('ryskulov', 'ave', 'Рыскулова', 'Рысқұлов', 'Ryskulov', 400),
  S('suyunbay', 'ave', 'Суюнбая', 'Сүйінбай', 'Suyunbay', 500),
  S('kunayev', 'st', 'Кунаева', 'Қонаев', 'Kunayev', 200),
  S('pushkin', 'st', 'Пушкина', 'Пушкин', 'Pushkin', 150),
  S('zenkov', 'st', 'Зенкова', 'Зеньков', 'Zenkov', 100),
  S('kaldayakov', 'st', 'Калдаякова', 'Қалдаяқов', 'Kaldayakov', 100),
  S('begalin', 'st', 'Бегалина', 'Бегалин', 'Begalin', 150),
  S('navoi', 'st', 'Навои', 'Науаи', 'Navoi', 300),
  S('manas', 'st', 'Манаса', 'Манас', 'Manas', 100),
  S('khodzhanov', 'st', 'Ходжанова', 'Қожанов', 'Khodzhanov', 100),
  S('shashkin', 'st', 'Шашкина', 'Шашкин', 'Shashkin', 60),
  S('zhubanov', 'st', 'Жубанова', 'Жұбанов', 'Zhubanov', 60),
  S('shalyapin', 'st', 'Шаляпина', 'Шаляпин', 'Shalyapin', 120),
  S('bokeikhanov', 'st', 'Бокейханова', 'Бөкейханов', 'Bokeikhanov', 120),
  S('kazybayev', 'st', 'Казыбаева', 'Қазыбаев', 'Kazybayev', 300),
  S('bekmakhanov', 'st', 'Бекмаханова', 'Бекмаханов', 'Bekmakhanov', 120),
  S('mailin', 'st', 'Майлина', 'Майлин', 'Mailin', 250),
  S('akan-sery', 'st', 'Акан серы', 'Ақан сері', 'Akan Sery', 200),
  S('khaliullin', 'st', 'Халиуллина', 'Халиуллин', 'Khaliullin', 200),
  S('samal-1', 'mkr', 'Самал-1', 'Самал-1', 'Samal-1', 40),
  S('samal-2', 'mkr', 'Самал-2', 'Самал-2', 'Samal-2', 120),
  S('samal-3', 'mkr', 'Самал-3', 'Самал-3', 'Samal-3', 30),
  S('koktobe', 'mkr', 'Коктобе', 'Көктөбе', 'Koktobe', 80),
  S('orbita-1', 'mkr', 'Орбита-1', 'Орбита-1', 'Orbita-1', 50),
  S('orbita-2', 'mkr', 'Орбита-2', 'Орбита-2', 'Orbita-2', 50),
  S('orbita-3', 'mkr', 'Орбита-3', 'Орбита-3', 'Orbita-3', 60),
  S('koktem-1', 'mkr', 'Коктем-1', 'Көктем-1', 'Koktem-1', 40),
  S('koktem-2', 'mkr', 'Коктем-2', 'Көктем-2', 'Koktem-2', 40),
  S('kazakhfilm', 'mkr', 'Казахфильм', 'Қазақфильм', 'Kazakhfilm', 50),
  S('aksai-2', 'mkr', 'Аксай-2', 'Ақсай-2', 'Aksai-2', 80),
  S('aksai-3', 'mkr', 'Аксай-3', 'Ақсай-3', 'Aksai-3', 60),
  S('aksai-4', 'mkr', 'Аксай-4', 'Ақсай-4', 'Aksai-4', 100),
  S('aksai-5', 'mkr', 'Аксай-5', 'Ақсай-5', 'Aksai-5', 40),
  S('mamyr-4', 'mkr', 'Мамыр-4', 'Мамыр-4', 'Mamyr-4', 300),
  S('zhetysu-2', 'mkr', 'Жетысу-2', 'Жетісу-2', 'Zhetysu-2', 80),
  S('taugul', 'mkr', 'Таугуль', 'Таугүл', 'Taugul', 60),
  S('sairan', 'mkr', 'Сайран', 'Сайран', 'Sairan', 30),
  S('aigerim-1', 'mkr', 'Айгерим-1', 'Айгерім-1', 'Aigerim-1', 150),
  S('aigerim-2', 'mkr', 'Айгерим-2', 'Айгерім-2', 'Aigerim-2', 120),
  S('shanyrak-1', 'mkr', 'Шанырак-1', 'Шаңырақ-1', 'Shanyrak-1', 200),
  S('shanyrak-2', 'mkr', 'Шанырак-2', 'Шаңырақ-2', 'Shanyrak-2', 200),
  S('algabas', 'mkr', 'Алгабас', 'Алғабас', 'Algabas', 150),
  S('akbulak', 'mkr', 'Акбулак', 'Ақбұлақ', 'Akbulak', 150),
  S('sayaly', 'mkr', 'Саялы', 'Саялы', 'Sayaly', 120),
  S('ainabulak-1', 'mkr', 'Айнабулак-1', 'Айнабұлақ-1', 'Ainabulak-1', 50),
  S('ainabulak-2', 'mkr', 'Айнабулак-2', 'Айнабұлақ-2', 'Ainabulak-2', 50),
  S('ainabulak-3', 'mkr', 'Айнабулак-3', 'Айнабұлақ-3', 'Ainabulak-3', 160),
  S('kulager', 'mkr', 'Кулагер', 'Құлагер', 'Kulager', 80),
  S('zhuldyz-1', 'mkr', 'Жулдыз-1', 'Жұлдыз-1', 'Zhuldyz-1', 60),
  S('zhuldyz-2', 'mkr', 'Жулдыз-2', 'Жұлдыз-2', 'Zhuldyz-2', 60),
  S('dorozhnik', 'mkr', 'Дорожник', 'Дорожник', 'Dorozhnik', 60),
  S('kalkaman-1', 'mkr', 'Калкаман-1', 'Қалқаман-1', 'Kalkaman-1', 120),
  S('kalkaman-2', 'mkr', 'Калкаман-2', 'Қалқаман-2', 'Kalkaman-2', 120),
  S('shugyla', 'mkr', 'Шугыла', 'Шұғыла', 'Shugyla', 350),
  S('akzhar', 'mkr', 'Акжар', 'Ақжар', 'Akzhar', 200),
  S('tausamaly', 'mkr', 'Таусамалы', 'Таусамалы', 'Tausamaly', 200),
  S('karagaily', 'mkr', 'Карагайлы', 'Қарағайлы', 'Karagaily', 150),
  S('kuramys', 'mkr', 'Курамыс', 'Құрамыс', 'Kuramys', 100),
];
const STREET_BY_KEY = new Map<string, Street>(STREETS.map((s) => [s.key, s]));

/** Houses on the streets: the number of addresses of the city. */
const addressCount = (streets: Iterable<Street>) =>
  [...streets].reduce((sum, s) => sum + s.maxHouse, 0);

// Parts of invented street names for a larger city (--addresses), in the manner of Kazakh
// place names: Ақтас, Көкбұлақ, Сарыжол…
const NAME_HEADS = [
  'Ақ',
  'Қара',
  'Көк',
  'Сары',
  'Ала',
  'Жаңа',
  'Алтын',
  'Күміс',
  'Жасыл',
  'Ұзын',
  'Биік',
  'Шұғыл',
];
const NAME_TAILS = [
  'тас',
  'бұлақ',
  'сай',
  'тау',
  'жол',
  'қайың',
  'терек',
  'дала',
  'көл',
  'бақ',
  'арал',
  'шоқы',
  'құдық',
  'тоғай',
  'жар',
  'қыр',
];
/**
 * Invented streets, added to the districts in turn until the city has `addresses` houses;
 * for `npm run bench:lookup`. Their names are clearly not Almaty's real ones.
 */
function syntheticStreets(addresses: number, seed: string): Map<string, string[]> {
  const rng = makeRng(seed, 'synthetic-streets');
  const extra = new Map<string, string[]>(DISTRICTS.map((d) => [d.id, []]));
  let total = addressCount(STREET_BY_KEY.values());
  for (let i = 0; total < addresses; i++) {
    const head = NAME_HEADS[i % NAME_HEADS.length] as string;
    const tail = NAME_TAILS[Math.floor(i / NAME_HEADS.length) % NAME_TAILS.length] as string;
    const round = Math.floor(i / (NAME_HEADS.length * NAME_TAILS.length));
    const kk = `${head}${tail}${round ? `-${round + 1}` : ''}`;
    const ru = kazakhToRussian(kk);
    const en = transliterate(ru);
    const street: Street = {
      key: `synthetic-${i}`,
      kind: round ? 'mkr' : i % 5 === 0 ? 'ave' : 'st',
      base: { kk, ru, en: en.charAt(0).toUpperCase() + en.slice(1) },
      maxHouse: rng.int(60, 300),
    };
    STREET_BY_KEY.set(street.key, street);
    extra.get((DISTRICTS[i % DISTRICTS.length] as DistrictDef).id)!.push(street.key);
    total += street.maxHouse;
  }
  return extra;
}

/** The street's name with its type word, as shown in lists and addresses. */
function streetName(s: Street): Text {
  const { kk, ru, en } = s.base;
  switch (s.kind) {
    case 'st':
      return { kk: `${kk} көшесі`, ru: `ул. ${ru}`, en: `${en} St` };
    case 'ave':
      return { kk: `${kk} даңғылы`, ru: `пр. ${ru}`, en: `${en} Ave` };
    case 'mkr':
      return { kk: `${kk} шағын ауданы`, ru: `мкр. ${ru}`, en: `${en} Microdistrict` };
  }
}

/** Forms for running text: "на улице Толе би" / "Төле би көшесінде" / "on Tole Bi Street". */
interface StreetProse {
  /** Where: ru "на улице Абая", kk "Абай көшесінде", en "on Abay Street". */
  loc: string;
  /** Attribute before a noun (kk "Абай көшесіндегі үй"); ru and en the same as loc. */
  attr: string;
}
function streetProse(s: Street): Record<Locale, StreetProse> {
  const { kk, ru, en } = s.base;
  const forms = {
    st: { kk: ['көшесінде', 'көшесіндегі'], ru: 'на улице', en: `on ${en} Street` },
    ave: { kk: ['даңғылында', 'даңғылындағы'], ru: 'на проспекте', en: `on ${en} Avenue` },
    mkr: {
      kk: ['шағын ауданында', 'шағын ауданындағы'],
      ru: 'в микрорайоне',
      en: `in the ${en} microdistrict`,
    },
  }[s.kind];
  return {
    kk: { loc: `${kk} ${forms.kk[0]}`, attr: `${kk} ${forms.kk[1]}` },
    ru: { loc: `${forms.ru} ${ru}`, attr: `${forms.ru} ${ru}` },
    en: { loc: forms.en, attr: forms.en },
  };
}

// ---------------------------------------------------------------------------------------------
// Districts
// ---------------------------------------------------------------------------------------------

interface DistrictDef {
  id: string;
  /** ru adjective stem: "Алмалинск" → Алмалинский район / Алмалинского района / в Алмалинском районе. */
  ruStem: string;
  kk: string;
  en: string;
  /** [west, south, east, north] in degrees; placed roughly where the district is. */
  bbox: [number, number, number, number];
  /** Streets the district's areas are made of (a street may cross several districts). */
  streets: string[];
}

const DISTRICTS: readonly DistrictDef[] = [
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

interface PlaceForms {
  nom: string;
  gen: string;
  /** ru "в Алмалинском районе", kk "Алмалы ауданында", en "in Almaly District". */
  loc: string;
}
function districtForms(d: DistrictDef): Record<Locale, PlaceForms> {
  return {
    kk: { nom: `${d.kk} ауданы`, gen: `${d.kk} ауданының`, loc: `${d.kk} ауданында` },
    ru: { nom: `${d.ruStem}ий район`, gen: `${d.ruStem}ого района`, loc: `в ${d.ruStem}ом районе` },
    en: { nom: `${d.en} District`, gen: `${d.en} District`, loc: `in ${d.en} District` },
  };
}
const CITY_FORMS: Record<Locale, PlaceForms> = {
  kk: { nom: 'Алматы', gen: 'Алматының', loc: 'Алматыда' },
  ru: { nom: 'Алматы', gen: 'Алматы', loc: 'в Алматы' },
  en: { nom: 'Almaty', gen: 'Almaty', loc: 'in Almaty' },
};

const AREAS_PER_DISTRICT = 6;
/** Coordinates are computed in integer units of 1e-5 degree, so shared edges are identical. */
const UNIT = 1e5;

type Position = [number, number];
interface Cell {
  number: number;
  row: number;
  col: number;
  /** [west, south, east, north] in integer units. */
  box: [number, number, number, number];
}

function rectRing([w, s, e, n]: [number, number, number, number]): Position[] {
  const p = (x: number, y: number): Position => [x / UNIT, y / UNIT];
  // Counter-clockwise exterior ring, closed (RFC 7946).
  return [p(w, s), p(e, s), p(e, n), p(w, n), p(w, s)];
}

/** Splits the district rectangle into a grid of 6 cells: rows share cuts, columns jitter per row. */
function gridCells(d: DistrictDef, rng: Rng): { cols: number; rows: number; cells: Cell[] } {
  const [w, s, e, n] = d.bbox.map((v) => Math.round(v * UNIT)) as [number, number, number, number];
  const wide = (e - w) * 81 >= (n - s) * 111; // km per degree at Almaty's latitude
  const cols = wide ? 3 : 2;
  const rows = AREAS_PER_DISTRICT / cols;
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    const top = n - Math.round(((n - s) * r) / rows);
    const bottom = n - Math.round(((n - s) * (r + 1)) / rows);
    const xs = [w];
    for (let c = 1; c < cols; c++)
      xs.push(w + Math.round(((e - w) * (c + (rng() - 0.5) * 0.3)) / cols));
    xs.push(e);
    for (let c = 0; c < cols; c++) {
      cells.push({
        number: r * cols + c + 1,
        row: r,
        col: c,
        box: [xs[c] as number, bottom, xs[c + 1] as number, top],
      });
    }
  }
  return { cols, rows, cells };
}

/** Fails unless the cells lie inside the district, do not overlap and cover it exactly. */
function checkTiling(id: string, bbox: [number, number, number, number], cells: Cell[]) {
  const [w, s, e, n] = bbox.map((v) => Math.round(v * UNIT)) as [number, number, number, number];
  const area = (b: number[]) =>
    ((b[2] as number) - (b[0] as number)) * ((b[3] as number) - (b[1] as number));
  let sum = 0;
  for (const c of cells) {
    const [cw, cs, ce, cn] = c.box;
    if (cw < w || ce > e || cs < s || cn > n || cw >= ce || cs >= cn) {
      throw new Error(`${id}: area ${c.number} lies outside the district or is empty`);
    }
    sum += area(c.box);
    for (const o of cells) {
      if (o === c) continue;
      const ix = Math.min(ce, o.box[2]) - Math.max(cw, o.box[0]);
      const iy = Math.min(cn, o.box[3]) - Math.max(cs, o.box[1]);
      if (ix > 0 && iy > 0) throw new Error(`${id}: areas ${c.number} and ${o.number} overlap`);
    }
  }
  if (sum !== area([w, s, e, n]))
    throw new Error(`${id}: the areas do not cover the district exactly`);
}

// ---------------------------------------------------------------------------------------------
// House ranges: each area claims some streets; the claims on one street (across all districts)
// share its house numbers out in consecutive ranges, sometimes as odd/even sides.
// ---------------------------------------------------------------------------------------------

interface Claim {
  areaId: string;
  order: number;
  street: Street;
  range?: { houses: 'all' | 'odd' | 'even'; from?: number; to?: number };
}

function allocateHouses(claims: Claim[], rng: Rng) {
  const byStreet = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byStreet.get(c.street.key) ?? [];
    list.push(c);
    byStreet.set(c.street.key, list);
  }
  for (const [, list] of [...byStreet].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a.order - b.order);
    const max = (list[0] as Claim).street.maxHouse;
    // Group consecutive claims: a group of two takes the odd and the even side of one range.
    const groups: Claim[][] = [];
    for (let i = 0; i < list.length; i++) {
      const next = list[i + 1];
      if (next && rng.chance(0.3)) {
        groups.push([list[i] as Claim, next]);
        i++;
      } else {
        groups.push([list[i] as Claim]);
      }
    }
    const g = groups.length;
    const cuts: number[] = [];
    for (let j = 1; j < g; j++) {
      const ideal = (max * (j + (rng() - 0.5) * 0.4)) / g;
      const prev = cuts[cuts.length - 1] ?? 0;
      cuts.push(Math.max(prev + 1, Math.min(max - (g - j), Math.round(ideal))));
    }
    groups.forEach((group, j) => {
      const from = j === 0 ? undefined : (cuts[j - 1] as number) + 1;
      const to = j === g - 1 ? undefined : cuts[j];
      const withRange = (houses: 'all' | 'odd' | 'even') => ({
        houses,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
      if (group.length === 2) {
        const oddFirst = rng.chance(0.5);
        (group[0] as Claim).range = withRange(oddFirst ? 'odd' : 'even');
        (group[1] as Claim).range = withRange(oddFirst ? 'even' : 'odd');
      } else {
        (group[0] as Claim).range = withRange('all');
      }
    });
  }
}

/**
 * THE ADDRESS INVARIANT (the address finder relies on it): any (street, house number) belongs to
 * at most one inspector area. Checked on the final data, independently of how it was built.
 * Also checks that one street name has one spelling per language.
 */
function checkAddressInvariant(areas: { id: string; streets: StreetRange[] }[]) {
  const problems: string[] = [];
  const byStreet = new Map<string, { area: string; r: StreetRange }[]>();
  const spelling = new Map<string, string>();
  for (const a of areas) {
    for (const r of a.streets) {
      const key = r.name.ru;
      const names = JSON.stringify(r.name);
      const known = spelling.get(key);
      if (known && known !== names) problems.push(`${key}: spelled differently in ${a.id}`);
      spelling.set(key, names);
      const list = byStreet.get(key) ?? [];
      list.push({ area: a.id, r });
      byStreet.set(key, list);
    }
  }
  for (const [street, list] of byStreet) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as { area: string; r: StreetRange };
        const b = list[j] as { area: string; r: StreetRange };
        const house = firstSharedHouse(a.r, b.r);
        if (house !== undefined) {
          problems.push(`${street} ${house}: served by both ${a.area} and ${b.area}`);
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Address invariant violated (a house may belong to one area only):\n  ${problems.join('\n  ')}`,
    );
  }
}

/** The smallest house number that both ranges serve, or undefined. */
function firstSharedHouse(a: StreetRange, b: StreetRange): number | undefined {
  const lo = Math.max(a.from ?? 1, b.from ?? 1);
  const hi = Math.min(a.to ?? Infinity, b.to ?? Infinity);
  if (lo > hi) return undefined;
  const parities = [a.houses, b.houses].filter((h) => h !== 'all');
  if (parities.includes('odd') && parities.includes('even')) return undefined;
  if (parities.length === 0) return lo;
  const want = parities[0] === 'odd' ? 1 : 0;
  const first = lo % 2 === want ? lo : lo + 1;
  return first <= hi ? first : undefined;
}

/** A house number inside a range, for police point addresses. */
function houseIn(r: StreetRange, maxHouse: number, rng: Rng): number {
  const lo = r.from ?? 1;
  const hi = r.to ?? maxHouse;
  let h = rng.int(lo, Math.max(lo, hi));
  if (r.houses === 'odd' && h % 2 === 0) h = h + 1 <= hi ? h + 1 : h - 1;
  if (r.houses === 'even' && h % 2 === 1) h = h + 1 <= hi ? h + 1 : h - 1;
  return Math.max(1, h);
}

// ---------------------------------------------------------------------------------------------
// People (invented): Kazakh and Russian names written per language.
// ---------------------------------------------------------------------------------------------

interface NamePart {
  kk: string;
  ru: string;
  en: string;
}
const N = (kk: string, ru: string, en: string): NamePart => ({ kk, ru, en });

const KAZAKH_SURNAMES = [
  N('Нұрланов', 'Нурланов', 'Nurlanov'),
  N('Сейітов', 'Сеитов', 'Seitov'),
  N('Жақсыбеков', 'Жаксыбеков', 'Zhaksybekov'),
  N('Омаров', 'Омаров', 'Omarov'),
  N('Қасымов', 'Касымов', 'Kassymov'),
  N('Әбдірахманов', 'Абдрахманов', 'Abdrakhmanov'),
  N('Тұрсынов', 'Турсынов', 'Tursynov'),
  N('Ержанов', 'Ержанов', 'Yerzhanov'),
  N('Бейсенов', 'Бейсенов', 'Beisenov'),
  N('Жұмабаев', 'Жумабаев', 'Zhumabayev'),
  N('Сәрсенбаев', 'Сарсенбаев', 'Sarsenbayev'),
  N('Иманғалиев', 'Имангалиев', 'Imangaliyev'),
  N('Досмағамбетов', 'Досмагамбетов', 'Dosmagambetov'),
  N('Қуанышев', 'Куанышев', 'Kuanyshev'),
  N('Әлібеков', 'Алибеков', 'Alibekov'),
  N('Сұлтанов', 'Султанов', 'Sultanov'),
  N('Төлеуов', 'Тулеуов', 'Tuleuov'),
  N('Байжанов', 'Байжанов', 'Baizhanov'),
  N('Оспанов', 'Оспанов', 'Ospanov'),
  N('Рахымжанов', 'Рахимжанов', 'Rakhimzhanov'),
  N('Қалиев', 'Калиев', 'Kaliyev'),
  N('Мұратов', 'Муратов', 'Muratov'),
  N('Серікбаев', 'Серикбаев', 'Serikbayev'),
  N('Есенов', 'Есенов', 'Yessenov'),
  N('Төлегенов', 'Тулегенов', 'Tulegenov'),
  N('Кенжебеков', 'Кенжебеков', 'Kenzhebekov'),
  N('Шәкенов', 'Шакенов', 'Shakenov'),
  N('Әбенов', 'Абенов', 'Abenov'),
  N('Жанұзақов', 'Жанузаков', 'Zhanuzakov'),
  N('Бекмұратов', 'Бекмуратов', 'Bekmuratov'),
];
const KAZAKH_MALE = [
  N('Арман', 'Арман', 'Arman'),
  N('Ерлан', 'Ерлан', 'Yerlan'),
  N('Дәурен', 'Даурен', 'Dauren'),
  N('Нұрлан', 'Нурлан', 'Nurlan'),
  N('Асқар', 'Аскар', 'Askar'),
  N('Бауыржан', 'Бауыржан', 'Baurzhan'),
  N('Ержан', 'Ержан', 'Yerzhan'),
  N('Қайрат', 'Кайрат', 'Kairat'),
  N('Руслан', 'Руслан', 'Ruslan'),
  N('Мақсат', 'Максат', 'Maksat'),
  N('Ақжол', 'Акжол', 'Akzhol'),
  N('Тимур', 'Тимур', 'Timur'),
  N('Азамат', 'Азамат', 'Azamat'),
  N('Санжар', 'Санжар', 'Sanzhar'),
  N('Дархан', 'Дархан', 'Darkhan'),
  N('Жандос', 'Жандос', 'Zhandos'),
  N('Олжас', 'Олжас', 'Olzhas'),
  N('Мирас', 'Мирас', 'Miras'),
  N('Әділет', 'Адилет', 'Adilet'),
  N('Бекзат', 'Бекзат', 'Bekzat'),
];
const KAZAKH_FEMALE = [
  N('Айгерім', 'Айгерим', 'Aigerim'),
  N('Динара', 'Динара', 'Dinara'),
  N('Жанар', 'Жанар', 'Zhanar'),
  N('Гүлназ', 'Гульназ', 'Gulnaz'),
  N('Мадина', 'Мадина', 'Madina'),
  N('Әсел', 'Асель', 'Assel'),
  N('Сәуле', 'Сауле', 'Saule'),
  N('Ақмарал', 'Акмарал', 'Akmaral'),
  N('Аружан', 'Аружан', 'Aruzhan'),
  N('Назерке', 'Назерке', 'Nazerke'),
];
/** Fathers' names for Kazakh patronymics: kk Серікұлы / Серікқызы, ru Серикович / Сериковна. */
const KAZAKH_FATHERS = [
  N('Серік', 'Серик', ''),
  N('Болат', 'Болат', ''),
  N('Марат', 'Марат', ''),
  N('Нұрлан', 'Нурлан', ''),
  N('Ерлан', 'Ерлан', ''),
  N('Қайрат', 'Кайрат', ''),
  N('Талғат', 'Талгат', ''),
  N('Бақыт', 'Бакыт', ''),
  N('Асхат', 'Асхат', ''),
  N('Жанат', 'Жанат', ''),
  N('Мұрат', 'Мурат', ''),
  N('Ғалым', 'Галым', ''),
  N('Ермек', 'Ермек', ''),
  N('Қанат', 'Канат', ''),
];
const RUSSIAN_SURNAMES = [
  N('Петров', 'Петров', 'Petrov'),
  N('Иванов', 'Иванов', 'Ivanov'),
  N('Кузнецов', 'Кузнецов', 'Kuznetsov'),
  N('Соколов', 'Соколов', 'Sokolov'),
  N('Лебедев', 'Лебедев', 'Lebedev'),
  N('Новиков', 'Новиков', 'Novikov'),
  N('Морозов', 'Морозов', 'Morozov'),
  N('Волков', 'Волков', 'Volkov'),
  N('Павлов', 'Павлов', 'Pavlov'),
  N('Семенов', 'Семенов', 'Semenov'),
  N('Егоров', 'Егоров', 'Yegorov'),
  N('Никитин', 'Никитин', 'Nikitin'),
];
const RUSSIAN_MALE = [
  N('Алексей', 'Алексей', 'Alexey'),
  N('Дмитрий', 'Дмитрий', 'Dmitry'),
  N('Сергей', 'Сергей', 'Sergey'),
  N('Андрей', 'Андрей', 'Andrey'),
  N('Максим', 'Максим', 'Maxim'),
  N('Игорь', 'Игорь', 'Igor'),
  N('Денис', 'Денис', 'Denis'),
  N('Виталий', 'Виталий', 'Vitaly'),
  N('Евгений', 'Евгений', 'Yevgeny'),
  N('Роман', 'Роман', 'Roman'),
];
const RUSSIAN_FEMALE = [
  N('Ольга', 'Ольга', 'Olga'),
  N('Елена', 'Елена', 'Yelena'),
  N('Наталья', 'Наталья', 'Natalya'),
  N('Ирина', 'Ирина', 'Irina'),
  N('Анна', 'Анна', 'Anna'),
  N('Татьяна', 'Татьяна', 'Tatyana'),
];
/** Russian patronymics [male, female]; Kazakh texts write them the same way. */
const RUSSIAN_PATRONYMICS: [string, string][] = [
  ['Александрович', 'Александровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Викторович', 'Викторовна'],
  ['Николаевич', 'Николаевна'],
  ['Владимирович', 'Владимировна'],
  ['Юрьевич', 'Юрьевна'],
  ['Олегович', 'Олеговна'],
  ['Игоревич', 'Игоревна'],
];

interface Person {
  id: string;
  name: Text;
  initials: string;
}

function inventPerson(rng: Rng, taken: Set<string>): Person {
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
function pickRank(rng: Rng): Rank {
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
function receptionHours(rng: Rng): Text {
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

const pad2 = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// SVG placeholders
// ---------------------------------------------------------------------------------------------

function hsl(h: number, s: number, l: number): string {
  s /= 100;
  l /= 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

function portraitSvg(p: Person, rng: Rng): string {
  const hue = rng.int(0, 359);
  const bg = hsl(hue, rng.int(25, 45), rng.int(86, 91));
  const body = hsl((hue + rng.int(150, 210)) % 360, rng.int(15, 30), rng.int(38, 48));
  const head = hsl((hue + rng.int(150, 210)) % 360, rng.int(10, 25), rng.int(55, 62));
  const title = `Placeholder portrait (demo): ${p.name.en}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 300" width="240" height="300" role="img">` +
    `<title>${title}</title>` +
    `<rect width="240" height="300" fill="${bg}"/>` +
    `<path d="M28 300c0-62 36-98 92-98s92 36 92 98z" fill="${body}"/>` +
    `<rect x="104" y="160" width="32" height="40" rx="10" fill="${head}"/>` +
    `<circle cx="120" cy="122" r="50" fill="${head}"/>` +
    `<text x="120" y="272" text-anchor="middle" font-family="sans-serif" font-size="34" ` +
    `font-weight="600" fill="#ffffff" fill-opacity="0.9">${p.initials}</text>` +
    `</svg>\n`
  );
}

interface Cover {
  id: string;
  title: string;
  alt: Text;
  body: string;
}
const svgCover = (c: Cover) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630" role="img">` +
  `<title>${c.title}</title>${c.body}</svg>\n`;

const COVERS: readonly Cover[] = [
  {
    id: 'road-lines',
    title: 'Demo illustration: a road with lane markings',
    alt: {
      kk: 'Иллюстрация: көкжиекке қарай созылған ақ белгілері бар жол',
      ru: 'Иллюстрация: дорога с белой разметкой, уходящая к горизонту',
      en: 'Illustration: a road with white lane markings stretching to the horizon',
    },
    body:
      '<rect width="1200" height="630" fill="#dbe7f0"/><rect y="300" width="1200" height="330" fill="#b9d3a8"/>' +
      '<path d="M520 300h160l420 330H100z" fill="#5e6a73"/>' +
      '<path d="M596 320h8l4 40h-16zM592 390h16l8 70h-32zM586 500h28l12 130h-52z" fill="#f4f4ef"/>' +
      '<path d="M520 300l-420 330h30l400-330zM680 300l420 330h-30L670 300z" fill="#e9e3c4"/>',
  },
  {
    id: 'shield',
    title: 'Demo illustration: a shield with a star',
    alt: {
      kk: 'Иллюстрация: жұлдызы бар көк қалқан — полиция символы',
      ru: 'Иллюстрация: синий щит со звездой — символ полиции',
      en: 'Illustration: a blue shield with a star, a symbol of the police',
    },
    body:
      '<rect width="1200" height="630" fill="#e3ebf5"/><circle cx="600" cy="315" r="250" fill="#d3dfee"/>' +
      '<path d="M600 110l190 60v140c0 120-80 190-190 230-110-40-190-110-190-230V170z" fill="#2f5d8a"/>' +
      '<path d="M600 140l160 50v120c0 100-66 160-160 196-94-36-160-96-160-196V190z" fill="#3d73a8"/>' +
      '<path d="M600 225l24 50 55 7-40 38 10 55-49-27-49 27 10-55-40-38 55-7z" fill="#f2c85b"/>',
  },
  {
    id: 'house',
    title: 'Demo illustration: a house with lit windows',
    alt: {
      kk: 'Иллюстрация: терезелерінде жарық жанған тұрғын үй және аулада өскен ағаш',
      ru: 'Иллюстрация: жилой дом с освещёнными окнами и деревом во дворе',
      en: 'Illustration: a house with lit windows and a tree in the yard',
    },
    body:
      '<rect width="1200" height="630" fill="#f2eee4"/><rect y="520" width="1200" height="110" fill="#c9d8b6"/>' +
      '<path d="M400 260l200-140 200 140z" fill="#b5654f"/><rect x="430" y="260" width="340" height="260" fill="#e8d9bd"/>' +
      '<rect x="470" y="300" width="80" height="70" fill="#f6d77a"/><rect x="650" y="300" width="80" height="70" fill="#f6d77a"/>' +
      '<rect x="560" y="400" width="80" height="120" fill="#7a5a45"/><rect x="470" y="410" width="60" height="60" fill="#f6d77a"/>' +
      '<rect x="918" y="400" width="24" height="120" fill="#7a5a45"/><circle cx="930" cy="360" r="80" fill="#7fa36b"/>',
  },
  {
    id: 'school-crossing',
    title: 'Demo illustration: a zebra crossing and two children',
    alt: {
      kk: 'Иллюстрация: «зебра» жаяу жүргінші өткелі және жол жиегіндегі екі бала',
      ru: 'Иллюстрация: пешеходный переход «зебра» и двое детей у дороги',
      en: 'Illustration: a zebra crossing with two children at the kerb',
    },
    body:
      '<rect width="1200" height="630" fill="#e8f2e6"/><rect y="380" width="1200" height="190" fill="#666f76"/>' +
      '<path d="M380 400h60v150h-60zM480 400h60v150h-60zM580 400h60v150h-60zM680 400h60v150h-60zM780 400h60v150h-60z" fill="#f5f5f0"/>' +
      '<circle cx="250" cy="230" r="34" fill="#d9a37e"/><rect x="215" y="270" width="70" height="110" rx="30" fill="#e07a5f"/>' +
      '<circle cx="330" cy="255" r="28" fill="#c98f6b"/><rect x="302" y="288" width="56" height="92" rx="26" fill="#3d85c6"/>' +
      '<rect x="980" y="150" width="12" height="230" fill="#8a939a"/><rect x="936" y="110" width="100" height="100" rx="8" fill="#2f6fb0"/>' +
      '<path d="M986 130l34 62h-68z" fill="#fff"/>',
  },
  {
    id: 'traffic-light',
    title: 'Demo illustration: a traffic light',
    alt: {
      kk: 'Иллюстрация: қызыл, сары және жасыл белгілері бар бағдаршам',
      ru: 'Иллюстрация: светофор с красным, жёлтым и зелёным сигналами',
      en: 'Illustration: a traffic light with red, amber and green signals',
    },
    body:
      '<rect width="1200" height="630" fill="#e6edf1"/><circle cx="600" cy="315" r="270" fill="#d6e2e9"/>' +
      '<rect x="588" y="470" width="24" height="160" fill="#69737a"/><rect x="510" y="90" width="180" height="390" rx="40" fill="#37424a"/>' +
      '<circle cx="600" cy="170" r="48" fill="#d9675b"/><circle cx="600" cy="285" r="48" fill="#e8bf55"/>' +
      '<circle cx="600" cy="400" r="48" fill="#5fae7b"/>',
  },
  {
    id: 'winter-road',
    title: 'Demo illustration: snowy mountains and a road',
    alt: {
      kk: 'Иллюстрация: қарлы таулар, жол және жауып тұрған қар ұлпалары',
      ru: 'Иллюстрация: заснеженные горы, дорога и падающие снежинки',
      en: 'Illustration: snowy mountains, a road and falling snowflakes',
    },
    body:
      '<rect width="1200" height="630" fill="#dfe9f3"/><path d="M0 380l240-200 180 140 220-230 260 230 160-120 140 180z" fill="#9fb5cb"/>' +
      '<path d="M240 180l70 58-40 10-30-20-40 30-50-10zM640 90l80 72-50 0-30-25-35 30-45-8z" fill="#fff"/>' +
      '<rect y="380" width="1200" height="250" fill="#f4f7fa"/><path d="M540 380h120l300 250H240z" fill="#7c8a96"/>' +
      '<path d="M596 400h8v40h-8zM594 480h12v60h-12z" fill="#fff"/>' +
      '<g stroke="#fff" stroke-width="6" stroke-linecap="round"><path d="M150 80v40M130 100h40M1000 120v40M980 140h40M880 50v30M865 65h30M330 60v30M315 75h30"/></g>',
  },
  {
    id: 'phone-warning',
    title: 'Demo illustration: a smartphone with a warning sign',
    alt: {
      kk: 'Иллюстрация: экранында ескерту белгісі бар смартфон',
      ru: 'Иллюстрация: смартфон с предупреждающим знаком на экране',
      en: 'Illustration: a smartphone with a warning sign on its screen',
    },
    body:
      '<rect width="1200" height="630" fill="#f5ece2"/><circle cx="600" cy="315" r="260" fill="#efdcc8"/>' +
      '<rect x="470" y="70" width="260" height="490" rx="36" fill="#3b4750"/><rect x="490" y="120" width="220" height="380" rx="8" fill="#f7f4ef"/>' +
      '<path d="M600 200l90 160H510z" fill="#e3a53c"/><rect x="592" y="250" width="16" height="60" rx="6" fill="#3b4750"/>' +
      '<circle cx="600" cy="334" r="10" fill="#3b4750"/><circle cx="600" cy="530" r="14" fill="#5b6770"/>',
  },
  {
    id: 'meeting',
    title: 'Demo illustration: people around a table',
    alt: {
      kk: 'Иллюстрация: дөңгелек үстел басында отырған адамдар',
      ru: 'Иллюстрация: люди сидят за круглым столом',
      en: 'Illustration: people sitting around a round table',
    },
    body:
      '<rect width="1200" height="630" fill="#edf0f6"/>' +
      '<circle cx="380" cy="230" r="42" fill="#c98f6b"/><rect x="330" y="275" width="100" height="120" rx="40" fill="#6d8fb8"/>' +
      '<circle cx="600" cy="190" r="42" fill="#d9a37e"/><rect x="550" y="235" width="100" height="120" rx="40" fill="#2f5d8a"/>' +
      '<circle cx="820" cy="230" r="42" fill="#b88463"/><rect x="770" y="275" width="100" height="120" rx="40" fill="#8aa67a"/>' +
      '<ellipse cx="600" cy="420" rx="360" ry="90" fill="#c9a77f"/><ellipse cx="600" cy="410" rx="340" ry="76" fill="#dcbf98"/>' +
      '<rect x="470" y="385" width="80" height="50" rx="4" fill="#fff"/><rect x="650" y="380" width="80" height="50" rx="4" fill="#fff"/>',
  },
  {
    id: 'documents',
    title: 'Demo illustration: documents and a tick',
    alt: {
      kk: 'Иллюстрация: құжаттар және жасыл белгі',
      ru: 'Иллюстрация: документы и зелёная галочка',
      en: 'Illustration: documents and a green tick',
    },
    body:
      '<rect width="1200" height="630" fill="#eff3ea"/>' +
      '<rect x="400" y="110" width="300" height="400" rx="12" fill="#d7dccf" transform="rotate(-6 550 310)"/>' +
      '<rect x="460" y="100" width="300" height="400" rx="12" fill="#fff"/>' +
      '<path d="M500 170h220M500 210h220M500 250h180M500 290h220M500 330h140" stroke="#b8c0c8" stroke-width="12" stroke-linecap="round"/>' +
      '<circle cx="760" cy="450" r="80" fill="#5fae7b"/><path d="M720 450l28 30 52-60" fill="none" stroke="#fff" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  {
    id: 'fireworks',
    title: 'Demo illustration: fireworks in the evening sky',
    alt: {
      kk: 'Иллюстрация: кешкі аспандағы мерекелік отшашу',
      ru: 'Иллюстрация: праздничный салют в вечернем небе',
      en: 'Illustration: fireworks in the evening sky',
    },
    body:
      '<rect width="1200" height="630" fill="#2f3b5c"/><rect y="520" width="1200" height="110" fill="#222b44"/>' +
      '<g stroke-width="8" stroke-linecap="round">' +
      '<path d="M400 140v-60M400 260v60M340 200h-60M460 200h60M358 158l-40-40M442 242l40 40M442 158l40-40M358 242l-40 40" stroke="#f2c85b"/>' +
      '<path d="M800 230v-50M800 330v50M750 280h-50M850 280h50M765 245l-35-35M835 315l35 35M835 245l35-35M765 315l-35 35" stroke="#e58f84"/>' +
      '<path d="M600 90v-30M600 150v30M570 120h-30M630 120h30" stroke="#9ad1c0"/></g>' +
      '<path d="M100 520v-80h80v80zM220 520v-120h60v120zM900 520v-100h90v100zM1020 520v-60h70v60z" fill="#3a4670"/>',
  },
  {
    id: 'city-mountains',
    title: 'Demo illustration: a city skyline against mountains',
    alt: {
      kk: 'Иллюстрация: Іле Алатауы тауларының аясындағы қала сұлбасы',
      ru: 'Иллюстрация: силуэт города на фоне гор Заилийского Алатау',
      en: 'Illustration: a city skyline against the Trans-Ili Alatau mountains',
    },
    body:
      '<rect width="1200" height="630" fill="#dae7f1"/><path d="M0 400l200-210 150 120 250-230 230 210 170-130 200 240z" fill="#a9bccf"/>' +
      '<path d="M520 150l80-70 60 55-40 5-25-20-35 35z" fill="#fff"/>' +
      '<path d="M0 630V430h90v-60h70v60h60V330h80v300zM340 630V390h100v-40h60v280zM560 630V300h70v330zM680 630V410h120v220zM840 630V360h80v-50h50v320zM1010 630V420h190v210z" fill="#5d7387"/>',
  },
  {
    id: 'scooter',
    title: 'Demo illustration: an electric scooter',
    alt: {
      kk: 'Иллюстрация: тротуардағы электросамокат',
      ru: 'Иллюстрация: электросамокат на тротуаре',
      en: 'Illustration: an electric scooter on a pavement',
    },
    body:
      '<rect width="1200" height="630" fill="#eaf3ee"/><rect y="500" width="1200" height="130" fill="#c7ccc9"/>' +
      '<path d="M0 500h1200" stroke="#a5aca8" stroke-width="8"/>' +
      '<circle cx="420" cy="450" r="50" fill="#37424a"/><circle cx="800" cy="450" r="50" fill="#37424a"/>' +
      '<circle cx="420" cy="450" r="20" fill="#c7ccc9"/><circle cx="800" cy="450" r="20" fill="#c7ccc9"/>' +
      '<rect x="420" y="410" width="330" height="26" rx="12" fill="#3d85c6"/>' +
      '<path d="M790 450l-60-300" stroke="#37424a" stroke-width="22" stroke-linecap="round"/>' +
      '<path d="M680 150h110" stroke="#37424a" stroke-width="20" stroke-linecap="round"/>',
  },
];
const COVER_BY_ID = new Map(COVERS.map((c) => [c.id, c]));

// ---------------------------------------------------------------------------------------------
// News templates
// ---------------------------------------------------------------------------------------------

const DEMO_NOTE: Text = {
  kk: 'Демонстрациялық жаңалық: адамдар мен оқиғалар ойдан шығарылған.',
  ru: 'Демонстрационная новость: люди и события вымышлены.',
  en: 'This is a demonstration news item: the people and events are fictitious.',
};

/** Russian noun after a number: ruN(5, 'нарушение', 'нарушения', 'нарушений') → "5 нарушений". */
function ruN(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  const form = dd >= 11 && dd <= 14 ? many : d === 1 ? one : d >= 2 && d <= 4 ? few : many;
  return `${n} ${form}`;
}
const enN = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const MONTHS: Record<Locale, string[]> = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ru: [
    'январе',
    'феврале',
    'марте',
    'апреле',
    'мае',
    'июне',
    'июле',
    'августе',
    'сентябре',
    'октябре',
    'ноябре',
    'декабре',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const PLACES: Record<Locale, string>[] = [
  { kk: 'саябақта', ru: 'в парке', en: 'in a park' },
  { kk: 'сауда орталығында', ru: 'в торговом центре', en: 'in a shopping centre' },
  { kk: 'базарда', ru: 'на рынке', en: 'at a market' },
];

interface Ctx {
  d: Record<Locale, PlaceForms>;
  s: Record<Locale, StreetProse>;
  s2: Record<Locale, StreetProse>;
  /** Counts; none ends in 1 (except 11), so Russian verbs agree in the neuter ("выявлено"). */
  n: [number, number, number];
  school: number;
  point: number;
  girl: boolean;
  age: number;
  place: Record<Locale, string>;
  /** The month before the story's date, 0–11. */
  prevMonth: number;
  pct: [number, number, number];
}

interface Story {
  title: string;
  summary: string;
  body: string[];
}
interface Template {
  slug: string;
  category: NewsCategory;
  covers: string[];
  /** Months (1–12) in which the story makes sense; all months if absent. */
  months?: number[];
  citywide?: boolean;
  /** A monthly summary: only in the first ten days of a month, once a month. */
  monthly?: boolean;
  text: Record<Locale, (c: Ctx) => Story>;
}

const WINTER = [11, 12, 1, 2, 3];
const SCHOOL_YEAR = [9, 10, 11, 12, 1, 2, 3, 4, 5];

const TEMPLATES: readonly Template[] = [
  {
    slug: 'winter-tyres',
    category: 'road-safety',
    covers: ['winter-road', 'traffic-light'],
    months: [10, ...WINTER],
    text: {
      ru: ({ d, s, s2, n }) => ({
        title: `Рейд «Зимняя дорога» ${d.ru.loc}: проверены шины и световые приборы`,
        summary: `Инспекторы проверили ${ruN(n[0], 'автомобиль', 'автомобиля', 'автомобилей')} и напомнили водителям: в гололёд тормозной путь увеличивается в несколько раз.`,
        body: [
          `С наступлением холодов сотрудники местной полицейской службы провели ${d.ru.loc} рейд «Зимняя дорога». Вместе с дорожной полицией они проверяли, как водители подготовили машины к снегу и гололёду: состояние шин, работу фар и стоп-сигналов, чистоту стёкол.`,
          `Посты работали ${s.ru.loc} и ${s2.ru.loc}. Всего проверено ${ruN(n[0], 'автомобиль', 'автомобиля', 'автомобилей')}, выявлено ${ruN(n[1], 'нарушение', 'нарушения', 'нарушений')}: чаще всего это летняя резина, неработающие фары и стёкла, покрытые наледью. Каждому водителю объяснили, чем опасна неподготовленная машина зимой.`,
          'Полиция напоминает: в снег и гололёд увеличивайте дистанцию, заранее снижайте скорость перед перекрёстками и пешеходными переходами, не тормозите резко. Пешеходам лучше переходить дорогу только по переходам и носить одежду со световозвращающими элементами.',
        ],
      }),
      kk: ({ d, s, s2, n }) => ({
        title: `${d.kk.loc} «Қысқы жол» рейді өтті: шиналар мен жарық құралдары тексерілді`,
        summary: `Инспекторлар ${n[0]} көлікті тексеріп, жүргізушілерге көктайғақта тежелу жолы бірнеше есе ұзаратынын ескертті.`,
        body: [
          `Күн суытуына байланысты жергілікті полиция қызметінің қызметкерлері ${d.kk.loc} «Қысқы жол» рейдін өткізді. Жол полициясымен бірге олар жүргізушілердің көліктерін қар мен көктайғаққа қалай дайындағанын тексерді: шиналардың жай-күйін, шамдар мен стоп-сигналдардың жұмысын, әйнектердің тазалығын.`,
          `Бекеттер ${s.kk.loc} және ${s2.kk.loc} жұмыс істеді. Барлығы ${n[0]} көлік тексеріліп, ${n[1]} құқықбұзушылық анықталды: көбіне жазғы шиналар, істемейтін шамдар және мұз басқан әйнектер. Әр жүргізушіге қыста дайындалмаған көліктің қаупі түсіндірілді.`,
          'Полиция еске салады: қар жауғанда және көктайғақта арақашықтықты ұлғайтыңыз, қиылыстар мен жаяу жүргінші өткелдерінің алдында жылдамдықты алдын ала азайтыңыз, кенеттен тежемеңіз. Жаяу жүргіншілерге жолды тек өткел арқылы кесіп өтіп, жарық шағылыстыратын элементтері бар киім киген жөн.',
        ],
      }),
      en: ({ d, s, s2, n }) => ({
        title: `“Winter Road” check ${d.en.loc}: tyres and lights inspected`,
        summary: `Officers checked ${enN(n[0], 'vehicle', 'vehicles')} and reminded drivers that on icy roads the braking distance grows several times over.`,
        body: [
          `As the cold weather set in, officers of the Local Police Service ran the “Winter Road” check ${d.en.loc}. Together with the road police, they looked at how drivers had prepared their cars for snow and ice: the state of the tyres, working headlights and brake lights, clean windows.`,
          `Checkpoints were set up ${s.en.loc} and ${s2.en.loc}. In total, ${enN(n[0], 'vehicle was', 'vehicles were')} checked and ${enN(n[1], 'offence', 'offences')} found, most often summer tyres, broken lights and iced-over windows. Each driver was told why an unprepared car is dangerous in winter.`,
          'The police remind you: in snow and ice, keep a longer distance, slow down well before junctions and pedestrian crossings, and avoid braking hard. Pedestrians should cross only at crossings and wear clothes with reflective elements.',
        ],
      }),
    },
  },
  {
    slug: 'safe-way-to-school',
    category: 'road-safety',
    covers: ['school-crossing'],
    months: [8, ...SCHOOL_YEAR],
    text: {
      ru: ({ d, s, school }) => ({
        title: `«Безопасный путь в школу»: инспекторы дежурят у переходов ${d.ru.gen}`,
        summary: `Утром и после уроков полицейские следят за порядком у школы № ${school} ${s.ru.loc} и учат детей правильно переходить дорогу.`,
        body: [
          `Сотрудники местной полицейской службы ${d.ru.loc} продолжают акцию «Безопасный путь в школу». В часы, когда дети идут на занятия и возвращаются домой, инспекторы дежурят у пешеходных переходов рядом со школами.`,
          `Особое внимание уделяют переходу у школы № ${school} ${s.ru.loc}: в часы пик здесь особенно много машин. Вместе с учителями полицейские провели для учеников младших классов урок о правилах дорожного движения, а родителям раздали памятки.`,
          'Водителей просят снижать скорость возле школ и всегда пропускать детей на переходах. Родителям стоит вместе с ребёнком пройти его маршрут до школы и показать самые безопасные места для перехода.',
        ],
      }),
      kk: ({ d, s, school }) => ({
        title: `«Мектепке қауіпсіз жол»: инспекторлар ${d.kk.gen} өткелдерінде кезекшілік атқаруда`,
        summary: `Полицейлер таңертең және сабақтан кейін ${s.kk.loc} орналасқан № ${school} мектептің маңында тәртіп сақтап, балаларға жолдан дұрыс өтуді үйретеді.`,
        body: [
          `${cap(d.kk.loc)} жергілікті полиция қызметінің қызметкерлері «Мектепке қауіпсіз жол» акциясын жалғастыруда. Балалар сабаққа баратын және үйге қайтатын уақытта инспекторлар мектептер маңындағы жаяу жүргінші өткелдерінде кезекшілік атқарады.`,
          `Ерекше назар ${s.kk.loc} орналасқан № ${school} мектептің жанындағы өткелге аударылған: қарбалас уақытта мұнда көлік өте көп. Мұғалімдермен бірге полицейлер бастауыш сынып оқушыларына жол жүру ережелері туралы сабақ өткізіп, ата-аналарға жадынама таратты.`,
          'Жүргізушілерден мектептер маңында жылдамдықты азайтып, өткелдерде балаларға әрдайым жол беруді сұраймыз. Ата-аналарға баламен бірге мектепке баратын жолын жүріп өтіп, жолдан өтуге ең қауіпсіз жерлерді көрсету ұсынылады.',
        ],
      }),
      en: ({ d, s, school }) => ({
        title: `“Safe Way to School”: officers on duty at crossings in ${d.en.nom}`,
        summary: `Before and after lessons, officers keep order near School No. ${school} ${s.en.loc} and teach children to cross the road safely.`,
        body: [
          `Officers of the Local Police Service ${d.en.loc} are continuing the “Safe Way to School” campaign. At the times when children walk to lessons and back home, officers are on duty at the pedestrian crossings next to schools.`,
          `Special attention goes to the crossing at School No. ${school} ${s.en.loc}, where traffic is especially heavy at rush hour. Together with teachers, the officers gave the younger pupils a lesson on the rules of the road and handed out leaflets to parents.`,
          'Drivers are asked to slow down near schools and always let children cross. Parents are advised to walk their child’s route to school together and point out the safest places to cross.',
        ],
      }),
    },
  },
  {
    slug: 'preventive-raid',
    category: 'prevention',
    covers: ['shield', 'house'],
    text: {
      ru: ({ d, n }) => ({
        title: `Профилактический рейд ${d.ru.loc}: проверены дворы, магазины и места отдыха`,
        summary: `Участковые инспекторы и инспекторы по делам несовершеннолетних за один вечер выявили ${ruN(n[0], 'нарушение', 'нарушения', 'нарушений')} общественного порядка.`,
        body: [
          `Участковые инспекторы полиции ${d.ru.gen} вместе с инспекторами по делам несовершеннолетних и патрульной полицией провели вечерний профилактический рейд. Проверялись дворы, детские площадки, магазины и места, где обычно собирается молодёжь.`,
          `Итог вечера — ${ruN(n[0], 'нарушение', 'нарушения', 'нарушений')} общественного порядка. В ${n[1]} магазинах продавцы не проверяли возраст покупателей алкоголя и табака: на них составлены административные протоколы. ${ruN(n[2], 'подросток', 'подростка', 'подростков')} находились на улице в ночное время без сопровождения взрослых — детей передали родителям, с семьями провели беседы.`,
          `Такие рейды ${d.ru.loc} проходят регулярно. Если вы знаете магазин, где продают алкоголь и сигареты детям, или место, где по ночам собираются подростки, сообщите об этом участковому инспектору: его телефон есть на странице вашего участка на этом сайте. В экстренных случаях звоните 102.`,
        ],
      }),
      kk: ({ d, n }) => ({
        title: `${cap(d.kk.loc)} профилактикалық рейд өтті: аулалар, дүкендер мен демалыс орындары тексерілді`,
        summary: `Учаскелік инспекторлар мен кәмелетке толмағандардың істері жөніндегі инспекторлар бір кеште қоғамдық тәртіп бұзушылықтың ${n[0]} фактісін анықтады.`,
        body: [
          `${d.kk.gen} учаскелік полиция инспекторлары кәмелетке толмағандардың істері жөніндегі инспекторлармен және патрульдік полициямен бірге кешкі профилактикалық рейд өткізді. Аулалар, балалар алаңдары, дүкендер және жастар жиі жиналатын орындар тексерілді.`,
          `Кеш ішінде қоғамдық тәртіп бұзушылықтың ${n[0]} фактісі анықталды. ${n[1]} дүкенде сатушылар алкоголь мен темекі сатып алушылардың жасын тексермеген — оларға әкімшілік хаттамалар толтырылды. Түнгі уақытта ересектерсіз көшеде жүрген ${n[2]} жасөспірім ата-аналарына тапсырылып, отбасыларымен әңгіме жүргізілді.`,
          `Мұндай рейдтер ${d.kk.loc} тұрақты түрде өтеді. Балаларға алкоголь мен темекі сататын дүкенді немесе түнде жасөспірімдер жиналатын орынды білсеңіз, бұл туралы учаскелік инспекторға хабарлаңыз: оның телефоны осы сайттағы учаскеңіздің бетінде көрсетілген. Шұғыл жағдайда 102 нөміріне қоңырау шалыңыз.`,
        ],
      }),
      en: ({ d, n }) => ({
        title: `Prevention patrol ${d.en.loc}: yards, shops and leisure spots checked`,
        summary: `In a single evening, district inspectors and juvenile affairs officers found ${enN(n[0], 'breach', 'breaches')} of public order.`,
        body: [
          `District police inspectors of ${d.en.nom}, together with juvenile affairs officers and the patrol police, carried out an evening prevention patrol. They checked yards, playgrounds, shops and the places where young people usually gather.`,
          `The evening ended with ${enN(n[0], 'breach', 'breaches')} of public order recorded. In ${enN(n[1], 'shop', 'shops')}, staff sold alcohol and tobacco without checking the buyer’s age, and administrative reports were drawn up. ${n[2]} teenagers were found out late at night without an adult; they were taken home to their parents, and officers talked with the families.`,
          `Such patrols take place ${d.en.loc} regularly. If you know a shop that sells alcohol or cigarettes to children, or a place where teenagers gather at night, tell your district inspector: the phone number is on your area’s page on this site. In an emergency, call 102.`,
        ],
      }),
    },
  },
  {
    slug: 'lost-child-found',
    category: 'public-order',
    covers: ['city-mountains', 'shield'],
    text: {
      ru: ({ d, s, n, girl, age, place }) => ({
        title: `Потерявшегося ребёнка вернули родителям через ${ruN(n[1] + 20, 'минуту', 'минуты', 'минут')}`,
        summary: `${girl ? 'Девочка' : 'Мальчик'} ${ruN(age, 'год', 'года', 'лет')} ${girl ? 'отстала' : 'отстал'} от мамы ${place.ru} ${s.ru.loc}. Патрульные и участковый инспектор нашли ребёнка по описанию.`,
        body: [
          `В дежурную часть поступило сообщение от матери: её ${girl ? 'дочь' : 'сын'} ${ruN(age, 'год', 'года', 'лет')} ${girl ? 'потерялась' : 'потерялся'} ${place.ru} ${s.ru.loc}. Информацию сразу передали патрульным нарядам и участковому инспектору ${d.ru.gen}.`,
          `Полицейские получили описание ребёнка и приметы одежды и разделили территорию на участки поиска. Через ${ruN(n[1] + 20, 'минуту', 'минуты', 'минут')} ребёнка нашли в соседнем дворе: ${girl ? 'девочка сама пошла' : 'мальчик сам пошёл'} искать маму. ${girl ? 'Она не пострадала' : 'Он не пострадал'} и уже дома.`,
          'Полиция советует родителям: в людных местах держите ребёнка за руку, заранее договоритесь, где встретиться, если потеряетесь, и положите ему в карман записку с вашим телефоном. Если ребёнок пропал, звоните 102 сразу — не нужно ждать несколько часов.',
        ],
      }),
      kk: ({ d, s, n, girl, age, place }) => ({
        title: `Адасып кеткен бала ${n[1] + 20} минуттан кейін ата-анасына табысталды`,
        summary: `${age} жастағы ${girl ? 'қыз' : 'ұл'} бала ${s.kk.attr} ${place.kk} анасынан адасып қалды. Патрульдік полиция мен учаскелік инспектор баланы сипаттамасы бойынша тапты.`,
        body: [
          `Кезекші бөлімге анасынан хабарлама түсті: оның ${age} жастағы ${girl ? 'қызы' : 'ұлы'} ${s.kk.attr} ${place.kk} адасып кеткен. Ақпарат дереу патрульдік жасақтарға және ${d.kk.gen} учаскелік инспекторына жіберілді.`,
          `Полицейлер баланың сипаттамасы мен киімінің белгілерін алып, іздеу аумағын бөліктерге бөлді. ${n[1] + 20} минуттан кейін бала көрші аулада табылды: ол анасын өзі іздеуге шығып кеткен екен. Бала жарақат алған жоқ, ата-анасына аман-есен тапсырылды.`,
          'Полиция ата-аналарға кеңес береді: адам көп жерде баланың қолынан ұстаңыз, адасып қалсаңыз қай жерде кездесетініңізді алдын ала келісіп алыңыз, баланың қалтасына телефон нөміріңіз жазылған қағаз салып қойыңыз. Бала жоғалса, бірнеше сағат күтпей, бірден 102 нөміріне хабарласыңыз.',
        ],
      }),
      en: ({ d, s, n, girl, age, place }) => ({
        title: `Lost child back with parents within ${n[1] + 20} minutes`,
        summary: `A ${age}-year-old ${girl ? 'girl' : 'boy'} lost sight of ${girl ? 'her' : 'his'} mother ${place.en} ${s.en.loc}. Patrol officers and the district inspector found the child from a description.`,
        body: [
          `The duty unit received a call from a mother: her ${age}-year-old ${girl ? 'daughter' : 'son'} had gone missing ${place.en} ${s.en.loc}. The report was passed at once to the patrol crews and to the district inspector of ${d.en.nom}.`,
          `The officers took a description of the child and the clothes, and divided the neighbourhood into search sectors. After ${n[1] + 20} minutes the child was found in a nearby yard: ${girl ? 'she' : 'he'} had gone off alone to look for mum. The ${girl ? 'girl' : 'boy'} was unharmed and is now safely home.`,
          'Advice for parents: in crowded places hold your child’s hand, agree in advance where to meet if you lose each other, and put a note with your phone number in the child’s pocket. If a child goes missing, call 102 straight away — there is no need to wait several hours.',
        ],
      }),
    },
  },
  {
    slug: 'phone-fraud-warning',
    category: 'prevention',
    covers: ['phone-warning'],
    citywide: true,
    text: {
      ru: ({ n }) => ({
        title: 'Мошенники звонят от имени банков и полиции: как не потерять деньги',
        summary: `За последнюю неделю жители Алматы сообщили о ${n[0]} попытках телефонного мошенничества. Полиция напоминает простые правила защиты.`,
        body: [
          'Местная полицейская служба фиксирует новые случаи телефонного мошенничества. Злоумышленники представляются сотрудниками банка, полиции или службы поддержки и под разными предлогами просят назвать код из SMS, перевести деньги на «безопасный счёт» или установить приложение для удалённого доступа.',
          `Только за последнюю неделю поступили сообщения о ${n[0]} попытках обмана; в ${n[1]} случаях люди вовремя прервали разговор и сами позвонили в банк. Чаще всего жертвами становятся пожилые люди, поэтому участковые инспекторы проводят встречи с жителями в домах и поликлиниках.`,
          'Запомните: сотрудники банка и полиции никогда не просят назвать код из SMS, пароль или данные карты и не предлагают «перевести деньги в безопасное место». Если вам позвонили с такой просьбой, положите трубку и сами позвоните в банк по номеру на обороте карты. О попытке мошенничества сообщите по номеру 102.',
          'Расскажите об этих правилах пожилым родственникам и соседям — один разговор может сохранить чьи-то сбережения.',
        ],
      }),
      kk: ({ n }) => ({
        title: 'Алаяқтар банк пен полиция атынан қоңырау шалуда: ақшаны қалай сақтауға болады',
        summary: `Соңғы аптада алматылықтар телефон алаяқтығының ${n[0]} әрекеті туралы хабарлады. Полиция қорғанудың қарапайым ережелерін еске салады.`,
        body: [
          'Жергілікті полиция қызметі телефон алаяқтығының жаңа жағдайларын тіркеп отыр. Алаяқтар өздерін банк, полиция немесе қолдау қызметінің қызметкері ретінде таныстырып, түрлі сылтаумен SMS-кодты айтуды, ақшаны «қауіпсіз шотқа» аударуды немесе қашықтан басқару қосымшасын орнатуды сұрайды.',
          `Тек соңғы аптада алаяқтықтың ${n[0]} әрекеті туралы хабарлама түсті, оның ${n[1]} жағдайында адамдар әңгімені дер кезінде үзіп, банкке өздері хабарласқан. Алаяқтардың құрбаны көбіне егде жастағы адамдар болады, сондықтан учаскелік инспекторлар тұрғын үйлер мен емханаларда тұрғындармен кездесулер өткізіп жүр.`,
          'Есіңізде болсын: банк пен полиция қызметкерлері ешқашан SMS-кодты, құпиясөзді немесе карта деректерін сұрамайды және «ақшаны қауіпсіз жерге аударуды» ұсынбайды. Мұндай өтінішпен қоңырау шалса, телефонды қойып, банкке карта сыртындағы нөмір бойынша өзіңіз хабарласыңыз. Алаяқтық әрекеті туралы 102 нөміріне хабарлаңыз.',
          'Осы ережелерді егде туыстарыңыз бен көршілеріңізге айтып беріңіз — бір әңгіме біреудің жинағын сақтап қалуы мүмкін.',
        ],
      }),
      en: ({ n }) => ({
        title:
          'Fraudsters call pretending to be the bank or the police: how to keep your money safe',
        summary: `In the past week Almaty residents reported ${n[0]} attempts at phone fraud. The police repeat a few simple rules.`,
        body: [
          'The Local Police Service is recording new cases of phone fraud. Callers pose as bank staff, police officers or a support service and, on various pretexts, ask for the code from a text message, for money to be moved to a “safe account”, or for a remote-access app to be installed.',
          `In the past week alone, ${n[0]} attempts were reported; in ${n[1]} cases people ended the call in time and phoned their bank themselves. Older people are the most frequent victims, so district inspectors are holding meetings with residents in apartment blocks and clinics.`,
          'Remember: bank staff and police officers never ask for a text-message code, a password or card details, and never suggest “moving money somewhere safe”. If you get such a call, hang up and call your bank yourself on the number on the back of your card. Report the attempt by calling 102.',
          'Tell older relatives and neighbours about these rules — one conversation can save someone’s savings.',
        ],
      }),
    },
  },
  {
    slug: 'inspector-reception-hours',
    category: 'appeals',
    covers: ['house', 'shield'],
    text: {
      ru: ({ d, s, point }) => ({
        title: `Участковые инспекторы ${d.ru.gen} проводят вечерний приём граждан`,
        summary:
          'Прийти на приём можно в будни вечером и в субботу утром. Своего участкового легко найти на сайте по адресу дома.',
        body: [
          `Участковые инспекторы полиции ${d.ru.gen} напоминают о часах приёма граждан. Принимают в участковых пунктах полиции: по будням, как правило, с 18:00 до 20:00, по субботам — с 10:00 до 13:00. Точное время приёма каждого инспектора указано в его профиле.`,
          `На приём можно прийти с заявлением, жалобой или вопросом: о шуме у соседей, о машинах, припаркованных на газоне, о подозрительных людях в подъезде. Например, жители домов ${s.ru.loc} могут обратиться в участковый пункт полиции № ${point}.`,
          'Чтобы узнать, кто ваш участковый, откройте раздел «Участковые инспекторы» и введите адрес или выберите район на карте. Письменное обращение можно также подать через этот сайт или через портал e-Otinish — ответ придёт на языке обращения.',
        ],
      }),
      kk: ({ d, s, point }) => ({
        title: `${d.kk.gen} учаскелік инспекторлары азаматтарды кешкі уақытта қабылдайды`,
        summary:
          'Қабылдауға жұмыс күндері кешке және сенбі күні таңертең келуге болады. Учаскелік инспекторыңызды сайттан үйіңіздің мекенжайы бойынша оңай табасыз.',
        body: [
          `${d.kk.gen} учаскелік полиция инспекторлары азаматтарды қабылдау уақытын еске салады. Қабылдау учаскелік полиция пункттерінде өтеді: жұмыс күндері әдетте 18:00-ден 20:00-ге дейін, сенбі күндері 10:00-ден 13:00-ге дейін. Әр инспектордың нақты қабылдау уақыты оның профилінде көрсетілген.`,
          `Қабылдауға арызбен, шағыммен немесе сұрақпен келуге болады: көршілердің шуы, көгалға қойылған көліктер, кіреберістегі күдікті адамдар туралы. Мысалы, ${s.kk.attr} үйлердің тұрғындары № ${point} учаскелік полиция пунктіне жүгіне алады.`,
          'Учаскелік инспекторыңыздың кім екенін білу үшін «Учаскелік инспекторлар» бөлімін ашып, мекенжайды енгізіңіз немесе картадан ауданды таңдаңыз. Жазбаша өтінішті осы сайт немесе e-Otinish порталы арқылы да жіберуге болады — жауап өтініш жазылған тілде беріледі.',
        ],
      }),
      en: ({ d, s, point }) => ({
        title: `District inspectors of ${d.en.nom} hold evening office hours`,
        summary:
          'Residents can come on weekday evenings and on Saturday mornings. Find your own inspector on this site by your home address.',
        body: [
          `The district police inspectors of ${d.en.nom} remind residents of their office hours. They see people at the local police points: on weekdays usually from 18:00 to 20:00, and on Saturdays from 10:00 to 13:00. Each inspector’s exact hours are given in their profile.`,
          `You can come with a statement, a complaint or a question: noisy neighbours, cars parked on the grass, strangers hanging around the stairwell. For example, residents of the houses ${s.en.loc} can go to police point No. ${point}.`,
          'To find out who your inspector is, open the “District inspectors” section and type your address or pick your district on the map. You can also send a written appeal through this site or through the e-Otinish portal — the answer comes in the language of your appeal.',
        ],
      }),
    },
  },
  {
    slug: 'meeting-with-residents',
    category: 'events',
    covers: ['meeting'],
    text: {
      ru: ({ d, s, n }) => ({
        title: `Встреча с жителями ${d.ru.gen}: парковка, освещение дворов и безопасность детей`,
        summary: `Участковые инспекторы встретились с жителями домов ${s.ru.loc} и ответили на ${ruN(n[1], 'вопрос', 'вопроса', 'вопросов')}.`,
        body: [
          `В актовом зале школы ${s.ru.loc} участковые инспекторы полиции встретились с жителями ${d.ru.gen}. На встречу пришли ${ruN(n[0], 'человек', 'человека', 'человек')} — представители домовых комитетов, родители школьников, владельцы небольших магазинов.`,
          `Жители задали ${ruN(n[1], 'вопрос', 'вопроса', 'вопросов')}. Больше всего говорили о машинах, припаркованных на тротуарах и газонах, о тёмных дворах без освещения и о подростках, которые по вечерам собираются во дворах. Часть вопросов касалась работы акимата — их передадут по назначению, а заявителям сообщат, куда направлено обращение.`,
          'По итогам встречи инспекторы составили план: дополнительные вечерние обходы, совместная с акиматом проверка освещения дворов и профилактические беседы в школе. Следующая встреча — через месяц, о ней сообщат на сайте и в чатах домов.',
        ],
      }),
      kk: ({ d, s, n }) => ({
        title: `${d.kk.gen} тұрғындарымен кездесу: көлік қою, аулаларды жарықтандыру және балалар қауіпсіздігі`,
        summary: `Учаскелік инспекторлар ${s.kk.attr} үйлердің тұрғындарымен кездесіп, ${n[1]} сұраққа жауап берді.`,
        body: [
          `${cap(s.kk.attr)} мектептің мәжіліс залында учаскелік полиция инспекторлары ${d.kk.gen} тұрғындарымен кездесті. Кездесуге ${n[0]} адам келді — үй комитеттерінің өкілдері, оқушылардың ата-аналары, шағын дүкендердің иелері.`,
          `Тұрғындар ${n[1]} сұрақ қойды. Көбіне тротуарлар мен көгалдарға қойылған көліктер, жарығы жоқ қараңғы аулалар және кешке аулаларда жиналатын жасөспірімдер туралы айтылды. Сұрақтардың бір бөлігі әкімдіктің құзыретіне жатады — олар тиісті органға жіберіліп, өтініш берушілерге өтініштің қайда жолданғаны хабарланады.`,
          'Кездесу қорытындысы бойынша инспекторлар жоспар құрды: кешкі қосымша айналымдар, әкімдікпен бірлесіп аулалардың жарықтандырылуын тексеру және мектепте профилактикалық әңгімелер. Келесі кездесу бір айдан кейін өтеді, ол туралы сайтта және үй чаттарында хабарланады.',
        ],
      }),
      en: ({ d, s, n }) => ({
        title: `Meeting with residents of ${d.en.nom}: parking, yard lighting and children’s safety`,
        summary: `District inspectors met residents of the houses ${s.en.loc} and answered ${enN(n[1], 'question', 'questions')}.`,
        body: [
          `In the assembly hall of a school ${s.en.loc}, district police inspectors met residents of ${d.en.nom}. ${n[0]} people came: members of house committees, parents of schoolchildren and owners of small shops.`,
          `Residents asked ${enN(n[1], 'question', 'questions')}. Most were about cars parked on pavements and grass, dark yards without lighting, and teenagers gathering in the yards in the evenings. Some questions concern the akimat (city administration); they will be passed on, and the people who asked will be told where their question was sent.`,
          'After the meeting the inspectors drew up a plan: extra evening rounds, a joint check of yard lighting with the akimat, and prevention talks at the school. The next meeting is in a month and will be announced on this site and in the residents’ chats.',
        ],
      }),
    },
  },
  {
    slug: 'appeals-monthly-results',
    category: 'appeals',
    covers: ['documents'],
    citywide: true,
    monthly: true,
    text: {
      ru: ({ n, prevMonth, pct }) => ({
        title: `Обращения граждан в ${MONTHS.ru[prevMonth]}: итоги месяца`,
        summary: `Местная полицейская служба рассмотрела ${ruN(n[0], 'обращение', 'обращения', 'обращений')} жителей. Чаще всего писали о парковке во дворах, шуме и безопасности на дорогах.`,
        body: [
          `Местная полицейская служба подвела итоги работы с обращениями граждан в ${MONTHS.ru[prevMonth]}. Поступило ${ruN(n[0], 'обращение', 'обращения', 'обращений')}: через этот сайт, портал e-Otinish, на личных приёмах и по почте.`,
          `Больше всего обращений касалось неправильной парковки во дворах и на тротуарах (${pct[0]}%), шума в ночное время (${pct[1]}%) и безопасности на дорогах возле школ (${pct[2]}%). Ещё ${ruN(n[1], 'обращение', 'обращения', 'обращений')} касались вопросов, которые не относятся к полиции: они переданы в акимат и другие органы, а заявителей об этом уведомили.`,
          'Каждое обращение регистрируется, заявитель получает его номер, а ответ даётся на языке обращения. Задать вопрос руководителю службы можно в блоге на этом сайте; официальное обращение можно также подать через национальный портал e-Otinish.',
        ],
      }),
      kk: ({ n, prevMonth, pct }) => ({
        title: `${cap(MONTHS.kk[prevMonth] as string)} айындағы азаматтардың өтініштері: ай қорытындысы`,
        summary: `Жергілікті полиция қызметі тұрғындардың ${n[0]} өтінішін қарады. Көбіне аулалардағы көлік тұрағы, шу және жол қауіпсіздігі туралы жазған.`,
        body: [
          `Жергілікті полиция қызметі ${MONTHS.kk[prevMonth]} айында азаматтардың өтініштерімен жұмыс қорытындысын шығарды. Барлығы ${n[0]} өтініш түсті: осы сайт, e-Otinish порталы арқылы, жеке қабылдауларда және пошта арқылы.`,
          `Өтініштердің көбі аулалар мен тротуарлардағы дұрыс емес көлік қою (${pct[0]}%), түнгі шу (${pct[1]}%) және мектептер маңындағы жол қауіпсіздігі (${pct[2]}%) туралы болды. Тағы ${n[1]} өтініш полицияның құзыретіне жатпайтын мәселелерге қатысты: олар әкімдікке және басқа органдарға жіберіліп, бұл туралы өтініш берушілерге хабарланды.`,
          'Әр өтініш тіркеледі, өтініш берушіге оның нөмірі беріледі, ал жауап өтініш жазылған тілде дайындалады. Қызмет басшысына сұрақты осы сайттағы блогта қоюға болады; ресми өтінішті e-Otinish ұлттық порталы арқылы да беруге болады.',
        ],
      }),
      en: ({ n, prevMonth, pct }) => ({
        title: `Residents’ appeals in ${MONTHS.en[prevMonth]}: the month in figures`,
        summary: `The Local Police Service dealt with ${enN(n[0], 'appeal', 'appeals')} from residents. Most were about parking in yards, noise and road safety.`,
        body: [
          `The Local Police Service has summed up its work on residents’ appeals in ${MONTHS.en[prevMonth]}. ${n[0]} appeals came in: through this site, the e-Otinish portal, at office hours and by post.`,
          `Most appeals were about illegal parking in yards and on pavements (${pct[0]}%), noise at night (${pct[1]}%) and road safety near schools (${pct[2]}%). Another ${enN(n[1], 'appeal', 'appeals')} concerned matters outside the police’s remit; they were forwarded to the akimat and other bodies, and the applicants were told.`,
          'Every appeal is registered, the applicant receives its number, and the answer is given in the language of the appeal. You can put a question to the head of the service in the blog on this site; a formal appeal can also be filed through the national e-Otinish portal.',
        ],
      }),
    },
  },
  {
    slug: 'snowfall-duty',
    category: 'public-order',
    covers: ['winter-road'],
    months: WINTER,
    text: {
      ru: ({ d, s, s2, n }) => ({
        title: `Снегопад: полиция ${d.ru.gen} работает в усиленном режиме`,
        summary:
          'На сложных перекрёстках дежурят дополнительные наряды. Водителей просят без необходимости не выезжать на летней резине.',
        body: [
          `Из-за снегопада сотрудники местной полицейской службы ${d.ru.gen} переведены на усиленный режим работы. Дополнительные наряды дежурят на перекрёстках и подъёмах, где чаще всего образуются заторы, — в том числе ${s.ru.loc} и ${s2.ru.loc}.`,
          `За сутки полицейские ${ruN(n[0], 'раз', 'раза', 'раз')} помогали водителям, застрявшим на подъёмах, и оформили ${n[1]} ДТП без пострадавших. Коммунальные службы получают от полиции сведения об участках, где снег нужно убрать в первую очередь.`,
          'Если можно, оставьте машину дома и пользуйтесь общественным транспортом. Если едете — держите дистанцию, не обгоняйте снегоуборочную технику и включайте ближний свет. Пешеходам стоит помнить: на скользкой дороге машине нужно гораздо больше места, чтобы остановиться.',
        ],
      }),
      kk: ({ d, s, s2, n }) => ({
        title: `Қар жауып тұр: ${d.kk.gen} полициясы күшейтілген режимде жұмыс істеуде`,
        summary:
          'Күрделі қиылыстарда қосымша жасақтар кезекшілік атқаруда. Жүргізушілерден жазғы шинамен қажетсіз жолға шықпауды сұраймыз.',
        body: [
          `Қар жаууына байланысты ${d.kk.gen} жергілікті полиция қызметінің қызметкерлері күшейтілген жұмыс режиміне көшірілді. Қосымша жасақтар кептеліс жиі болатын қиылыстар мен өрлерде, оның ішінде ${s.kk.loc} және ${s2.kk.loc} кезекшілік атқаруда.`,
          `Бір тәулікте полицейлер өрлерде тұрып қалған жүргізушілерге ${n[0]} рет көмектесті және зардап шеккендер жоқ ${n[1]} жол-көлік оқиғасын рәсімдеді. Коммуналдық қызметтер полициядан қар бірінші кезекте тазалануы тиіс учаскелер туралы мәлімет алып отыр.`,
          'Мүмкіндік болса, көлікті үйде қалдырып, қоғамдық көлікті пайдаланыңыз. Жолға шықсаңыз — арақашықтықты сақтаңыз, қар тазалайтын техниканы басып озбаңыз және жақын жарықты қосыңыз. Жаяу жүргіншілер есте сақтасын: тайғақ жолда көлікке тоқтау үшін әлдеқайда көп орын қажет.',
        ],
      }),
      en: ({ d, s, s2, n }) => ({
        title: `Snowfall: police in ${d.en.nom} on heightened duty`,
        summary:
          'Extra crews are on duty at difficult junctions. Drivers on summer tyres are asked not to travel unless they must.',
        body: [
          `Because of the snowfall, Local Police Service officers in ${d.en.nom} have moved to heightened duty. Extra crews are posted at junctions and on uphill stretches where jams form most often, including ${s.en.loc} and ${s2.en.loc}.`,
          `In 24 hours officers helped drivers stuck on slopes ${n[0]} times and recorded ${n[1]} collisions with no injuries. The police pass the city services a list of the stretches that need clearing first.`,
          'If you can, leave the car at home and take public transport. If you drive, keep your distance, do not overtake snow ploughs and keep dipped headlights on. Pedestrians should remember that on a slippery road a car needs far more room to stop.',
        ],
      }),
    },
  },
  {
    slug: 'pyrotechnics-checks',
    category: 'prevention',
    covers: ['fireworks'],
    months: [11, 12, 1],
    text: {
      ru: ({ d, n }) => ({
        title: `Пиротехника перед Новым годом: полиция проверила торговые точки ${d.ru.gen}`,
        summary: `Изъято ${ruN(n[0], 'упаковка', 'упаковки', 'упаковок')} петард, продававшихся без документов. Полиция напоминает, как обращаться с фейерверками безопасно.`,
        body: [
          `В преддверии новогодних праздников участковые инспекторы ${d.ru.gen} вместе с инспекторами по делам несовершеннолетних проверяют рынки, киоски и магазины, где продают пиротехнику. Особое внимание — продаже петард детям и торговле без сертификатов.`,
          `В ходе проверок изъято ${ruN(n[0], 'упаковка', 'упаковки', 'упаковок')} пиротехнических изделий, продававшихся без документов, на продавцов составлены протоколы. Ещё в ${n[1]} торговых точках продавцам разъяснили требования к хранению и продаже.`,
          'Запускайте фейерверки только в безопасных местах — вдали от жилых домов, деревьев и машин — и строго по инструкции. Не давайте пиротехнику детям и не держите петарды в руках. О продаже пиротехники детям сообщайте участковому инспектору или по номеру 102.',
        ],
      }),
      kk: ({ d, n }) => ({
        title: `Жаңа жыл алдындағы пиротехника: полиция ${d.kk.gen} сауда нүктелерін тексерді`,
        summary: `Құжатсыз сатылған петардалардың ${n[0]} қорабы алып қойылды. Полиция отшашумен қауіпсіз жұмыс істеу ережелерін еске салады.`,
        body: [
          `Жаңа жыл мерекелері қарсаңында ${d.kk.gen} учаскелік инспекторлары кәмелетке толмағандардың істері жөніндегі инспекторлармен бірге пиротехника сататын базарларды, дүңгіршектер мен дүкендерді тексеруде. Ерекше назар балаларға петарда сатуға және сертификатсыз саудаға аударылады.`,
          `Тексеру барысында құжатсыз сатылған пиротехникалық бұйымдардың ${n[0]} қорабы алып қойылып, сатушыларға хаттамалар толтырылды. Тағы ${n[1]} сауда нүктесінде сатушыларға сақтау мен сату талаптары түсіндірілді.`,
          'Отшашуды тек қауіпсіз жерде — тұрғын үйлерден, ағаштар мен көліктерден алыс жерде — және нұсқаулыққа қатаң сәйкес атыңыз. Пиротехниканы балаларға бермеңіз және петарданы қолда ұстамаңыз. Балаларға пиротехника сатылғаны туралы учаскелік инспекторға немесе 102 нөміріне хабарлаңыз.',
        ],
      }),
      en: ({ d, n }) => ({
        title: `Fireworks before New Year: police check sellers in ${d.en.nom}`,
        summary: `${n[0]} packs of firecrackers sold without papers were seized. The police repeat how to handle fireworks safely.`,
        body: [
          `Ahead of the New Year holidays, district inspectors of ${d.en.nom} and juvenile affairs officers are checking the markets, kiosks and shops that sell fireworks. They are looking especially at sales of firecrackers to children and at goods sold without certificates.`,
          `During the checks, ${n[0]} packs of fireworks sold without papers were seized and reports drawn up on the sellers. At ${n[1]} more sales points, staff were briefed on the rules for storing and selling them.`,
          'Set off fireworks only in safe places, away from houses, trees and cars, and strictly as the instructions say. Do not give fireworks to children and never hold a firecracker in your hand. Report sales of fireworks to children to your district inspector or by calling 102.',
        ],
      }),
    },
  },
  {
    slug: 'e-scooters-on-pavements',
    category: 'road-safety',
    covers: ['scooter'],
    months: [4, 5, 6, 7, 8, 9, 10],
    text: {
      ru: ({ d, s, n }) => ({
        title: `Электросамокаты на тротуарах: профилактическая акция ${d.ru.loc}`,
        summary:
          'Полицейские побеседовали с водителями электросамокатов и напомнили, где и с какой скоростью можно ездить.',
        body: [
          `Сотрудники местной полицейской службы ${d.ru.gen} провели профилактическую акцию для водителей электросамокатов. Поводом стали жалобы жителей: самокаты на большой скорости едут по тротуарам, а брошенные прокатные самокаты мешают пройти людям с колясками.`,
          `Рейд прошёл ${s.ru.loc} и в соседних парках. Полицейские провели ${ruN(n[0], 'беседу', 'беседы', 'бесед')} с водителями самокатов и выявили ${ruN(n[1], 'нарушение', 'нарушения', 'нарушений')}: езда вдвоём, быстрая езда по тротуару, езда без шлема в тёмное время. Родителей несовершеннолетних водителей пригласили на профилактическую беседу.`,
          'Помните: на тротуаре пешеход всегда главный. Снижайте скорость рядом с людьми, не ездите вдвоём и не оставляйте самокат посреди тротуара. Родителям стоит объяснить детям эти правила, прежде чем отпускать их кататься.',
        ],
      }),
      kk: ({ d, s, n }) => ({
        title: `Тротуардағы электросамокаттар: ${d.kk.loc} профилактикалық акция өтті`,
        summary:
          'Полицейлер электросамокат жүргізушілерімен әңгімелесіп, қай жерде және қандай жылдамдықпен жүруге болатынын еске салды.',
        body: [
          `${d.kk.gen} жергілікті полиция қызметінің қызметкерлері электросамокат жүргізушілеріне арналған профилактикалық акция өткізді. Оған тұрғындардың шағымдары себеп болды: самокаттар тротуармен жоғары жылдамдықпен жүреді, ал тастап кеткен жалға берілетін самокаттар балалар арбасымен жүрген адамдарға кедергі келтіреді.`,
          `Рейд ${s.kk.loc} және оған жақын саябақтарда өтті. Полицейлер самокат жүргізушілерімен ${n[0]} әңгіме өткізіп, ${n[1]} құқықбұзушылық анықтады: екі адамның бірге мінуі, тротуармен жылдам жүру, қараңғыда дулығасыз жүру. Кәмелетке толмаған жүргізушілердің ата-аналары профилактикалық әңгімеге шақырылды.`,
          'Есте сақтаңыз: тротуарда жаяу жүргінші әрдайым басым. Адамдардың жанында жылдамдықты азайтыңыз, екеуден мінбеңіз және самокатты тротуардың ортасында қалдырмаңыз. Ата-аналар балаларын серуенге жібермес бұрын осы ережелерді түсіндіргені жөн.',
        ],
      }),
      en: ({ d, s, n }) => ({
        title: `E-scooters on pavements: prevention campaign ${d.en.loc}`,
        summary:
          'Officers talked to e-scooter riders and reminded them where they may ride and how fast.',
        body: [
          `Local Police Service officers in ${d.en.nom} held a prevention campaign for e-scooter riders. It followed complaints from residents: scooters speed along pavements, and abandoned rental scooters block the way for people with prams.`,
          `The patrol worked ${s.en.loc} and in the nearby parks. Officers had ${enN(n[0], 'talk', 'talks')} with riders and found ${enN(n[1], 'offence', 'offences')}: two people on one scooter, riding fast on the pavement, riding without a helmet after dark. Parents of under-age riders were invited for a prevention talk.`,
          'Remember: on the pavement, pedestrians always come first. Slow down near people, do not ride two to a scooter and do not leave it in the middle of the pavement. Parents should explain these rules to children before letting them ride.',
        ],
      }),
    },
  },
  {
    slug: 'burglary-prevention',
    category: 'prevention',
    covers: ['house'],
    text: {
      ru: ({ d, s, s2, n }) => ({
        title: `Как защитить квартиру от краж: советы участковых инспекторов ${d.ru.gen}`,
        summary:
          'Перед отъездом в отпуск или на праздники закройте окна, не сообщайте о поездке в соцсетях и попросите соседей присмотреть за квартирой.',
        body: [
          `Участковые инспекторы ${d.ru.gen} обходят дома ${s.ru.loc} и ${s2.ru.loc} и напоминают жителям, как уберечь жильё от краж. За последний месяц инспекторы побывали в ${n[0]} подъездах и раздали жителям памятки.`,
          'Чаще всего воры выбирают квартиры, хозяева которых надолго уехали: это видно по почтовому ящику, полному рекламы, и по тёмным окнам по вечерам. Ещё один частый способ — проникнуть через открытые окна и балконы на первых и последних этажах.',
          'Советы простые: уезжая, закройте окна и балконную дверь, не пишите о поездке в социальных сетях, попросите соседей забирать почту. Запишите телефон своего участкового — его можно найти на сайте по адресу дома. Если вы видите, что в соседнюю квартиру пытаются проникнуть, сразу звоните 102.',
        ],
      }),
      kk: ({ d, s, s2, n }) => ({
        title: `Пәтерді ұрлықтан қалай қорғауға болады: ${d.kk.gen} учаскелік инспекторларының кеңестері`,
        summary:
          'Демалысқа немесе мерекеге кетер алдында терезелерді жабыңыз, сапарыңыз туралы әлеуметтік желіде жазбаңыз және көршілерден пәтерге көз салып жүруді өтініңіз.',
        body: [
          `${d.kk.gen} учаскелік инспекторлары ${s.kk.attr} және ${s2.kk.attr} үйлерді аралап, тұрғындарға баспананы ұрлықтан қалай сақтау керектігін еске салуда. Соңғы айда инспекторлар ${n[0]} кіреберісті аралап, тұрғындарға жадынама таратты.`,
          'Ұрылар көбіне иелері ұзақ уақытқа кеткен пәтерлерді таңдайды: бұл жарнамаға толы пошта жәшігінен және кешке жарық жанбайтын терезелерден байқалады. Тағы бір жиі тәсіл — бірінші және соңғы қабаттардағы ашық терезелер мен балкондар арқылы кіру.',
          'Кеңестер қарапайым: кетерде терезелер мен балкон есігін жабыңыз, сапар туралы әлеуметтік желілерде жазбаңыз, көршілерден поштаңызды алып тұруды өтініңіз. Учаскелік инспекторыңыздың телефонын жазып алыңыз — оны сайттан үйіңіздің мекенжайы бойынша табуға болады. Көрші пәтерге біреу кіруге әрекеттеніп жатқанын көрсеңіз, бірден 102 нөміріне қоңырау шалыңыз.',
        ],
      }),
      en: ({ d, s, s2, n }) => ({
        title: `Keeping your flat safe from burglars: advice from ${d.en.nom} inspectors`,
        summary:
          'Before leaving for a holiday, shut the windows, do not post about the trip on social media and ask the neighbours to keep an eye on your flat.',
        body: [
          `District inspectors of ${d.en.nom} are going door to door ${s.en.loc} and ${s2.en.loc}, reminding residents how to protect their homes from burglary. In the past month they have visited ${n[0]} stairwells and handed out leaflets.`,
          'Burglars most often pick flats whose owners are away for a long time: a letterbox stuffed with advertising and windows that stay dark in the evening give it away. Another common way in is through open windows and balconies on the ground and top floors.',
          'The advice is simple: when you leave, close the windows and the balcony door, do not post about your trip on social media, and ask the neighbours to take in your post. Save your district inspector’s number — you can find it on this site by your address. If you see someone trying to break into a neighbour’s flat, call 102 at once.',
        ],
      }),
    },
  },
  {
    slug: 'law-lessons-at-school',
    category: 'prevention',
    covers: ['meeting', 'shield'],
    months: SCHOOL_YEAR,
    text: {
      ru: ({ d, n, school }) => ({
        title: `Уроки правовой грамотности: инспекторы по делам несовершеннолетних пришли в школу № ${school}`,
        summary:
          'Со старшеклассниками говорили об ответственности за хулиганство, о травле в интернете и о том, куда обращаться за помощью.',
        body: [
          `Инспекторы по делам несовершеннолетних местной полицейской службы провели уроки правовой грамотности в школе № ${school} ${d.ru.gen}. В занятиях участвовали ученики ${n[2]} старших классов.`,
          'Полицейские рассказали, с какого возраста наступает административная и уголовная ответственность, чем может закончиться драка «ради видео» и почему травля в мессенджерах — это не шутка. Школьники разбирали жизненные ситуации и спорили, как в них правильно поступить.',
          'Если ребёнок столкнулся с угрозами, вымогательством или травлей, он может обратиться к школьному психологу, инспектору по делам несовершеннолетних или позвонить на телефон доверия 111. Родителей просим интересоваться, с кем дети общаются в интернете, и не откладывать разговор, если что-то настораживает.',
        ],
      }),
      kk: ({ d, n, school }) => ({
        title: `Құқықтық сауаттылық сабақтары: кәмелетке толмағандардың істері жөніндегі инспекторлар № ${school} мектепте болды`,
        summary:
          'Жоғары сынып оқушыларымен бұзақылық пен интернеттегі қудалау үшін жауапкершілік және көмекке қайда жүгіну керектігі туралы сөйлесті.',
        body: [
          `Жергілікті полиция қызметінің кәмелетке толмағандардың істері жөніндегі инспекторлары ${d.kk.gen} № ${school} мектебінде құқықтық сауаттылық сабақтарын өткізді. Сабақтарға ${n[2]} жоғары сыныптың оқушылары қатысты.`,
          'Полицейлер әкімшілік және қылмыстық жауапкершілік қай жастан басталатынын, «видео үшін» төбелестің немен аяқталуы мүмкін екенін және мессенджерлердегі қудалау неге әзіл емес екенін айтып берді. Оқушылар өмірлік жағдайларды талдап, оларда қалай дұрыс әрекет ету керектігін талқылады.',
          'Егер бала қорқытуға, бопсалауға немесе қудалауға тап болса, ол мектеп психологына, кәмелетке толмағандардың істері жөніндегі инспекторға жүгіне алады немесе 111 сенім телефонына қоңырау шала алады. Ата-аналардан балалардың интернетте кіммен араласатынына көңіл бөлуді және бір нәрсе алаңдатса, әңгімені кейінге қалдырмауды сұраймыз.',
        ],
      }),
      en: ({ d, n, school }) => ({
        title: `Lessons in the law: juvenile affairs officers visit School No. ${school}`,
        summary:
          'Officers talked with senior pupils about responsibility for hooliganism and online bullying, and about where to turn for help.',
        body: [
          `Juvenile affairs officers of the Local Police Service gave lessons on the law at School No. ${school} in ${d.en.nom}. Pupils from ${n[2]} senior classes took part.`,
          'The officers explained from what age administrative and criminal liability begins, how a fight staged “for a video” can end, and why bullying in messaging apps is no joke. The pupils worked through everyday situations and argued about the right thing to do.',
          'A child facing threats, extortion or bullying can turn to the school psychologist or a juvenile affairs officer, or call the 111 helpline. We ask parents to take an interest in who their children talk to online and not to put off a conversation if something worries them.',
        ],
      }),
    },
  },
  {
    slug: 'holiday-events-order',
    category: 'public-order',
    covers: ['city-mountains'],
    text: {
      ru: ({ d, s, n }) => ({
        title: `Праздничные мероприятия ${d.ru.loc} прошли без нарушений общественного порядка`,
        summary: `Порядок на площадках обеспечивали ${ruN(n[0], 'полицейский', 'полицейских', 'полицейских')}. Серьёзных происшествий не было.`,
        body: [
          `В выходные ${d.ru.loc} прошли праздничные концерты и ярмарки; главная площадка работала ${s.ru.loc}. За порядком следили участковые инспекторы, патрульная полиция и добровольцы из числа жителей.`,
          `Всего на площадках побывало около ${n[2]} тысяч человек. Полицейские помогали посетителям сориентироваться, регулировали движение у входов и следили, чтобы на площадках не продавали алкоголь.`,
          'Спасибо жителям и гостям района за спокойный праздник. Если на массовом мероприятии вы увидели оставленную без присмотра сумку или конфликт, сообщите ближайшему полицейскому или позвоните 102.',
        ],
      }),
      kk: ({ d, s, n }) => ({
        title: `${cap(d.kk.loc)} мерекелік іс-шаралар қоғамдық тәртіп бұзылмай өтті`,
        summary: `Алаңдарда тәртіпті ${n[0]} полиция қызметкері қамтамасыз етті. Елеулі оқиға болған жоқ.`,
        body: [
          `Демалыс күндері ${d.kk.loc} мерекелік концерттер мен жәрмеңкелер өтті; басты алаң ${s.kk.loc} орналасты. Тәртіпті учаскелік инспекторлар, патрульдік полиция және тұрғындар арасынан шыққан еріктілер қадағалады.`,
          `Алаңдарға барлығы шамамен ${n[2]} мың адам келді. Полицейлер келушілерге бағыт сілтеп, кіреберістердегі көлік қозғалысын реттеп, алаңдарда алкоголь сатылмауын қадағалады.`,
          'Аудан тұрғындары мен қонақтарына мереке тыныш өткені үшін алғыс айтамыз. Көпшілік іс-шарада иесіз қалған сөмкені немесе жанжалды көрсеңіз, жақын жердегі полицейге хабарлаңыз немесе 102 нөміріне қоңырау шалыңыз.',
        ],
      }),
      en: ({ d, s, n }) => ({
        title: `Holiday events ${d.en.loc} pass without breaches of public order`,
        summary: `${n[0]} police officers kept order at the venues. There were no serious incidents.`,
        body: [
          `Over the weekend, holiday concerts and fairs took place ${d.en.loc}, with the main stage ${s.en.loc}. District inspectors, the patrol police and volunteer residents kept order.`,
          `About ${n[2]},000 people came to the venues. Officers helped visitors find their way, directed traffic at the entrances and made sure no alcohol was sold on site.`,
          'Thank you to residents and guests for a calm celebration. If at a public event you see an unattended bag or a fight, tell the nearest officer or call 102.',
        ],
      }),
    },
  },
  {
    slug: 'sober-driver-checks',
    category: 'road-safety',
    covers: ['road-lines', 'traffic-light'],
    text: {
      ru: ({ d, s, s2, n }) => ({
        title: `«Трезвый водитель»: ночные проверки на дорогах ${d.ru.gen}`,
        summary: `За ночь проверено ${ruN(n[0], 'водитель', 'водителя', 'водителей')}, у ${n[2]} из них выявлены признаки опьянения.`,
        body: [
          `Местная полицейская служба вместе с патрульной полицией провела ${d.ru.loc} ночное профилактическое мероприятие «Трезвый водитель». Посты работали ${s.ru.loc} и ${s2.ru.loc}, где в выходные особенно много машин.`,
          `За ночь проверено ${ruN(n[0], 'водитель', 'водителя', 'водителей')}. У ${n[2]} водителей выявлены признаки опьянения: они отстранены от управления, на них составлены административные материалы. Ещё ${ruN(n[1], 'водитель', 'водителя', 'водителей')} получили предупреждения за другие нарушения.`,
          'Полиция напоминает: алкоголь и руль несовместимы — даже небольшая доза замедляет реакцию. Если вы видите на дороге машину, которая явно едет небезопасно, запомните номер и сообщите по 102.',
        ],
      }),
      kk: ({ d, s, s2, n }) => ({
        title: `«Сергек жүргізуші»: ${d.kk.gen} жолдарында түнгі тексерулер`,
        summary: `Бір түнде ${n[0]} жүргізуші тексеріліп, ${n[2]} жүргізушіде мас болу белгілері анықталды.`,
        body: [
          `Жергілікті полиция қызметі патрульдік полициямен бірге ${d.kk.loc} «Сергек жүргізуші» түнгі профилактикалық іс-шарасын өткізді. Бекеттер демалыс күндері көлік әсіресе көп болатын ${s.kk.loc} және ${s2.kk.loc} жұмыс істеді.`,
          `Түн ішінде ${n[0]} жүргізуші тексерілді. ${n[2]} жүргізушіде мас болу белгілері анықталды: олар көлік басқарудан шеттетіліп, оларға әкімшілік материалдар толтырылды. Тағы ${n[1]} жүргізушіге басқа құқықбұзушылықтар үшін ескерту жасалды.`,
          'Полиция еске салады: алкоголь мен рөл үйлеспейді — аз мөлшердің өзі реакцияны баяулатады. Жолда анық қауіпті жүріп келе жатқан көлікті көрсеңіз, нөмірін есте сақтап, 102 нөміріне хабарлаңыз.',
        ],
      }),
      en: ({ d, s, s2, n }) => ({
        title: `“Sober Driver”: night-time checks on the roads of ${d.en.nom}`,
        summary: `${n[0]} drivers were checked overnight; ${n[2]} of them showed signs of intoxication.`,
        body: [
          `The Local Police Service and the patrol police ran the night-time “Sober Driver” operation ${d.en.loc}. Checkpoints were set up ${s.en.loc} and ${s2.en.loc}, where traffic is especially heavy at weekends.`,
          `${n[0]} drivers were checked during the night. ${n[2]} showed signs of intoxication; they were removed from driving and administrative reports were drawn up. Another ${enN(n[1], 'driver was', 'drivers were')} warned for other offences.`,
          'The police remind you that alcohol and driving do not mix — even a small amount slows your reactions. If you see a car being driven dangerously, note the number plate and call 102.',
        ],
      }),
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Building the data
// ---------------------------------------------------------------------------------------------

interface BuiltArea {
  id: string;
  number: number;
  cell: Cell;
  streets: StreetRange[];
  /** Keys of the streets, parallel to `streets`. */
  keys: string[];
}
interface BuiltDistrict {
  def: DistrictDef;
  order: number;
  json: Record<string, unknown>;
  areas: BuiltArea[];
  /** Police points: number and the areas served from it. */
  points: { number: number; areas: BuiltArea[]; address: Text }[];
}

function buildDistricts(seed: string, addresses = 0): BuiltDistrict[] {
  const extra = syntheticStreets(addresses, seed);
  const rng = makeRng(seed, 'districts');
  const claims: Claim[] = [];
  const pending: {
    def: DistrictDef;
    order: number;
    cols: number;
    rows: number;
    cells: Cell[];
    picks: Claim[][];
  }[] = [];

  DISTRICTS.map((d) => ({ ...d, streets: [...d.streets, ...(extra.get(d.id) ?? [])] })).forEach(
    (def, i) => {
      const order = i + 1;
      for (const key of def.streets) {
        if (!STREET_BY_KEY.has(key)) throw new Error(`${def.id}: unknown street "${key}"`);
      }
      const { cols, rows, cells } = gridCells(def, rng);
      checkTiling(def.id, def.bbox, cells);
      // Every street of the district is served by some area; the rest is random (3–8 per area).
      const pool = rng.shuffle(def.streets);
      const picks: Claim[][] = cells.map(() => []);
      pool.forEach((key, k) =>
        picks[k % cells.length]?.push(mkClaim(def, order, cells[k % cells.length] as Cell, key)),
      );
      // Each area serves 3–8 streets, more when the district has more streets than that.
      const most = Math.max(8, Math.ceil(pool.length / cells.length));
      cells.forEach((cell, c) => {
        const want = rng.int(3, 8);
        const list = picks[c] as Claim[];
        for (const key of rng.shuffle(def.streets)) {
          if (list.length >= want) break;
          if (!list.some((cl) => cl.street.key === key)) list.push(mkClaim(def, order, cell, key));
        }
        while (list.length > most) list.pop();
        claims.push(...list);
      });
      pending.push({ def, order, cols, rows, cells, picks });
    },
  );

  allocateHouses(claims, rng);

  return pending.map(({ def, order, cols, rows, cells, picks }) => {
    const areas: BuiltArea[] = cells.map((cell, c) => {
      const list = picks[c] as Claim[];
      return {
        id: areaId(def.id, cell.number),
        number: cell.number,
        cell,
        keys: list.map((cl) => cl.street.key),
        streets: list.map((cl) => ({
          name: streetName(cl.street),
          ...(cl.range ?? { houses: 'all' as const }),
        })),
      };
    });
    // Police points pair up adjacent areas: north/south neighbours in a 3×2 grid,
    // east/west neighbours in a 2×3 grid.
    const pairs: [number, number][] = [];
    if (rows === 2) for (let c = 0; c < cols; c++) pairs.push([c, cols + c]);
    else for (let r = 0; r < rows; r++) pairs.push([r * 2, r * 2 + 1]);
    const points = pairs.map(([a, b], j) => {
      const first = areas[a] as BuiltArea;
      const street = STREET_BY_KEY.get(first.keys[0] as string) as Street;
      const house = houseIn(first.streets[0] as StreetRange, street.maxHouse, rng);
      const name = streetName(street);
      return {
        number: order * 10 + j + 1,
        areas: [first, areas[b] as BuiltArea],
        address: {
          kk: `${name.kk}, ${house}`,
          ru: `${name.ru}, ${house}`,
          en: `${name.en}, ${house}`,
        },
      };
    });
    const forms = districtForms(def);
    const hq = STREET_BY_KEY.get(rng.pick(def.streets)) as Street;
    const hqName = streetName(hq);
    const hqHouse = rng.int(2, Math.min(hq.maxHouse, 150));
    const json = {
      type: 'FeatureCollection',
      name: { kk: forms.kk.nom, ru: forms.ru.nom, en: forms.en.nom },
      order,
      department: {
        name: {
          kk: `${def.kk} ауданының полиция басқармасы`,
          ru: `Управление полиции ${forms.ru.gen}`,
          en: `${def.en} District Police Department`,
        },
        address: {
          kk: `Алматы қ., ${hqName.kk}, ${hqHouse}`,
          ru: `г. Алматы, ${hqName.ru}, ${hqHouse}`,
          en: `${hqName.en}, ${hqHouse}, Almaty`,
        },
        phone: `+7 727 000 ${order}0 02`,
      },
      features: [
        {
          type: 'Feature',
          properties: { kind: 'district' },
          geometry: {
            type: 'Polygon',
            coordinates: [rectRing(def.bbox.map((v) => Math.round(v * UNIT)) as Cell['box'])],
          },
        },
        ...areas.map((a) => ({
          type: 'Feature',
          properties: { kind: 'area', id: a.id, number: a.number, streets: a.streets },
          geometry: { type: 'Polygon', coordinates: [rectRing(a.cell.box)] },
        })),
      ],
    };
    return { def, order, json, areas, points };
  });
}

const areaId = (district: string, n: number) => `${district}-${pad2(n)}`;
function mkClaim(def: DistrictDef, order: number, cell: Cell, key: string): Claim {
  return {
    areaId: areaId(def.id, cell.number),
    order: order * 100 + cell.number,
    street: STREET_BY_KEY.get(key) as Street,
  };
}

interface BuiltOfficer {
  id: string;
  data: Record<string, unknown>;
  svg: string;
}

function buildOfficers(seed: string, districts: BuiltDistrict[]): BuiltOfficer[] {
  const rng = makeRng(seed, 'officers');
  const taken = new Set<string>();
  const officers: BuiltOfficer[] = [];
  // In a few districts the inspector of one area also covers the neighbouring area.
  const covering = new Set(rng.shuffle(districts.map((d) => d.def.id)).slice(0, 3));
  for (const d of districts) {
    d.points.forEach((point, j) => {
      for (const area of point.areas) {
        const person = inventPerson(rng, taken);
        const areas = [area.id];
        if (covering.has(d.def.id) && j === 0 && area === point.areas[0]) {
          areas.push((point.areas[1] as BuiltArea).id);
        }
        const phones = [`+7 727 000 ${d.order}${area.number} ${pad2(rng.int(10, 99))}`];
        if (rng.chance(0.4)) phones.push(`+7 727 000 ${d.order}9 ${pad2(point.number)}`);
        const data: Record<string, unknown> = {
          name: person.name,
          rank: pickRank(rng),
          photo: `./photos/${person.id}.svg`,
          photoAlt: {
            kk: `Демонстрациялық уақытша портрет (нақты фото емес): ${person.name.kk}`,
            ru: `Демонстрационный портрет-заглушка: ${person.name.ru}`,
            en: `Placeholder demo portrait: ${person.name.en}`,
          },
          phones,
          ...(rng.chance(0.7) ? { email: `${person.id}@mps-demo.example` } : {}),
          receptionHours: receptionHours(rng),
          policePoint: { number: point.number, address: point.address },
          district: d.def.id,
          areas,
        };
        officers.push({ id: person.id, data, svg: portraitSvg(person, rng) });
      }
    });
  }
  return officers;
}

interface BuiltNews {
  key: string;
  /** The languages the story is published in (one demo story waits for its translations). */
  languages: readonly Locale[];
  data: Record<Locale, Record<string, unknown>>;
  body: Record<Locale, string>;
}

/** A count that does not end in 1 (except 11), see Ctx.n. */
function count(rng: Rng, min: number, max: number): number {
  for (;;) {
    const n = rng.int(min, max);
    if (n % 10 !== 1 || n % 100 === 11) return n;
  }
}

const UNTRANSLATED_STORY = 2;

function buildNews(seed: string, perLocale: number, districts: BuiltDistrict[]): BuiltNews[] {
  const rng = makeRng(seed, 'news');
  const news: BuiltNews[] = [];
  const keys = new Set<string>();
  const recent: string[] = [];
  const monthlyDone = new Set<string>();
  // Up to ~300 stories: one every 1–4 days. Beyond that: several a day over about three years.
  const perDay = perLocale <= 300 ? 1 : Math.ceil(perLocale / 1100);
  let dayOffset = 0;
  let leftToday = 1;
  for (let i = 0; i < perLocale; i++) {
    if (i > 0) {
      if (perDay === 1) dayOffset += rng.int(1, 4);
      else if (--leftToday <= 0) {
        dayOffset += 1;
        leftToday = rng.int(1, 2 * perDay - 1);
      }
    }
    const date = new Date(LAST_NEWS_DAY - dayOffset * DAY_MS);
    const iso = date.toISOString().slice(0, 10);
    const month = date.getUTCMonth() + 1;
    const monthKey = iso.slice(0, 7);
    const eligible = TEMPLATES.filter(
      (t) =>
        (!t.months || t.months.includes(month)) &&
        (!t.monthly || (date.getUTCDate() <= 10 && !monthlyDone.has(`${t.slug}:${monthKey}`))),
    );
    const fresh = eligible.filter((t) => !recent.includes(t.slug));
    const t = rng.pick(fresh.length > 0 ? fresh : eligible);
    recent.push(t.slug);
    if (recent.length > 5) recent.shift();
    if (t.monthly) monthlyDone.add(`${t.slug}:${monthKey}`);

    const built = t.citywide ? undefined : rng.pick(districts);
    const dForStreets = built ?? rng.pick(districts);
    const [k1, k2] = rng.shuffle(dForStreets.def.streets);
    const point = rng.pick(dForStreets.points);
    const p1 = rng.int(25, 40);
    const p2 = rng.int(10, 20);
    const ctx: Ctx = {
      d: built ? districtForms(built.def) : CITY_FORMS,
      s: streetProse(STREET_BY_KEY.get(k1 as string) as Street),
      s2: streetProse(STREET_BY_KEY.get(k2 as string) as Street),
      n: [count(rng, 25, 180), count(rng, 3, 40), count(rng, 2, 9)],
      school: rng.int(2, 199),
      point: point.number,
      girl: rng.chance(0.5),
      age: count(rng, 4, 8),
      place: rng.pick(PLACES),
      prevMonth: (month + 10) % 12,
      pct: [p1, p2, rng.int(8, Math.min(20, 100 - p1 - p2))],
    };
    // In a point's own area: use one of its streets for the reception-hours story.
    if (t.slug === 'inspector-reception-hours') {
      ctx.s = streetProse(
        STREET_BY_KEY.get((point.areas[0] as BuiltArea).keys[0] as string) as Street,
      );
    }

    let key = `${iso}-${t.slug}`;
    if (keys.has(key) && built) key = `${key}-${built.def.id}`;
    for (let k = 2; keys.has(key); k++) key = `${iso}-${t.slug}-${k}`;
    keys.add(key);

    const cover = COVER_BY_ID.get(rng.pick(t.covers)) as Cover;
    const data = {} as Record<Locale, Record<string, unknown>>;
    const body = {} as Record<Locale, string>;
    for (const lang of LOCALES) {
      const story = t.text[lang](ctx);
      const [first, ...rest] = story.body;
      data[lang] = {
        title: story.title,
        translationKey: key,
        date: iso,
        summary: story.summary,
        category: t.category,
        ...(built ? { district: built.def.id } : {}),
        cover: `../_covers/${cover.id}.svg`,
        coverAlt: cover.alt[lang],
      };
      body[lang] = [`${first} ${DEMO_NOTE[lang]}`, ...rest].join('\n\n');
    }
    // The third newest story is out in Russian only, as happens when translators are behind:
    // the site then shows a "not translated" page in kk and en that links the Russian text.
    const languages = i === UNTRANSLATED_STORY ? (['ru'] as const) : LOCALES;
    news.push({ key, languages, data, body });
  }
  return news;
}

// ---------------------------------------------------------------------------------------------
// Validation and writing
// ---------------------------------------------------------------------------------------------

const image = (() => z.string()) as unknown as ImageFn;
const officerModel = officerSchema({ image });
const newsModel = newsSchema({ image });

function validate(file: string, schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`${file}: does not match the schema\n${issues}`);
  }
}

function crossCheck(districts: BuiltDistrict[], officers: BuiltOfficer[], news: BuiltNews[]) {
  const areaIds = new Map(districts.flatMap((d) => d.areas.map((a) => [a.id, d.def.id] as const)));
  const served = new Set<string>();
  for (const o of officers) {
    for (const a of o.data['areas'] as string[]) {
      if (areaIds.get(a) !== o.data['district']) {
        throw new Error(
          `officers/${o.id}.yaml: area "${a}" is not an area of "${String(o.data['district'])}"`,
        );
      }
      served.add(a);
    }
  }
  for (const a of areaIds.keys()) if (!served.has(a)) throw new Error(`area ${a} has no inspector`);
  const ids = new Set(districts.map((d) => d.def.id));
  for (const n of news) {
    const d = n.data.ru['district'];
    if (d !== undefined && !ids.has(d as string))
      throw new Error(`news ${n.key}: unknown district "${String(d)}"`);
  }
}

/** Indented JSON, with each [lon, lat] pair kept on one line. */
function geojsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

function main() {
  const started = performance.now();
  const { out, newsPerLocale, addresses, seed } = parseCli();

  const districts = buildDistricts(seed, addresses);
  checkAddressInvariant(districts.flatMap((d) => d.areas));
  const officers = buildOfficers(seed, districts);
  const news = buildNews(seed, newsPerLocale, districts);

  for (const d of districts) validate(`districts/${d.def.id}.geojson`, districtSchema, d.json);
  for (const o of officers) validate(`officers/${o.id}.yaml`, officerModel, o.data);
  for (const n of news) {
    for (const lang of n.languages) validate(`news/${lang}/${n.key}.md`, newsModel, n.data[lang]);
  }
  crossCheck(districts, officers, news);

  // Everything is valid: replace the generated folders.
  for (const dir of ['districts', 'officers', 'news'])
    rmSync(join(out, dir), { recursive: true, force: true });
  const mk = (dir: string) => mkdirSync(join(out, dir), { recursive: true });
  mk('districts');
  mk('officers/photos');
  mk('news/_covers');
  for (const lang of LOCALES) mk(`news/${lang}`);

  for (const d of districts) {
    writeFileSync(join(out, 'districts', `${d.def.id}.geojson`), geojsonText(d.json));
  }
  for (const o of officers) {
    writeFileSync(join(out, 'officers', `${o.id}.yaml`), yaml(o.data));
    writeFileSync(join(out, 'officers', 'photos', `${o.id}.svg`), o.svg);
  }
  for (const c of COVERS) writeFileSync(join(out, 'news', '_covers', `${c.id}.svg`), svgCover(c));
  for (const n of news) {
    for (const lang of n.languages) {
      writeFileSync(
        join(out, 'news', lang, `${n.key}.md`),
        `---\n${yaml(n.data[lang])}---\n\n${n.body[lang]}\n`,
      );
    }
  }

  // A separate content tree also needs the hand-written parts to build.
  let copied = '';
  if (out !== REPO_CONTENT) {
    for (const dir of ['pages', 'blog', 'settings', 'qa']) {
      const from = join(REPO_CONTENT, dir);
      rmSync(join(out, dir), { recursive: true, force: true });
      if (existsSync(from)) cpSync(from, join(out, dir), { recursive: true });
    }
    copied = ', copied pages/blog/settings/qa';
  }

  const areaCount = districts.reduce((sum, d) => sum + d.areas.length, 0);
  const where = relative(process.cwd(), out) || '.';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generate-demo: ${where}: ${districts.length} districts, ${areaCount} areas, ` +
      `${addressCount(STREET_BY_KEY.values())} addresses on ${STREET_BY_KEY.size} streets, ${officers.length} officers, ` +
      `${news.length} news stories in ${news.reduce((n, s) => n + s.languages.length, 0)} files, ${COVERS.length} covers${copied} (seed ${seed}, ${seconds}s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(`generate-demo: ${(error as Error).message}`);
  process.exit(1);
}
