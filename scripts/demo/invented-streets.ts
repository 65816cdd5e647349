/**
 * Invented streets for a larger demo city (`--addresses`, `npm run bench:lookup`): up to about
 * 3,900 distinct names in the manner of Almaty's, none of them a real street of the demo:
 *
 * - place names built the Kazakh way, a head and a tail in one word: Ақтас, Көкжайлау,
 *   Сарыбұлақ (ru Актас, en Aktas), as streets and some as microdistricts;
 * - streets named after invented people, first name and surname: kk «Ерболат Тілеуов
 *   көшесі», ru «ул. Ерболата Тилеуова» (the Russian genitive), en «Erbolat Tileuov St»;
 * - Russian descriptive names kept in every language: «ул. Садовая», «Садовая көшесі».
 *
 * About one street in 25 has a Soviet-era former name (ru and en only: «ул. Пионерская»),
 * each used once in the city. Every name and former name has keys of its own (the finder's
 * `streetKey`): no two streets, and no street and a former name, can be confused when typed
 * exactly. The names are demonstration data: no real person or street is meant.
 */
import { streetKey, transliterate, kazakhToRussian } from '../../src/lib/finder/normalize.ts';
import { makeRng } from './rng.ts';
import type { FormerName, Street, StreetKind } from './streets.ts';
import type { Text } from './text.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Heads and tails of Kazakh place names (Ақ + тас → Ақтас). */
const HEADS = words(`Ақ Қара Көк Сары Ала Жаңа Алтын Күміс Жасыл Ұзын Биік Кең Бес Үш Қос Жеті
  Қызыл Боз Тас Күн Ай Жұлдыз Бай Ескі Терең Сұлу Шалқар Ерке Тұма Бақ`);
const TAILS = words(`тас бұлақ сай тау жол қайың терек дала көл бақ арал шоқы құдық тоғай жар қыр
  өзек кент төбе жайлау ағаш бел шалғын қоныс қамыс орман тұма үйрек адыр қорған`);

/** First names of the invented people (hard-consonant endings: the genitive adds «а»). */
const FIRST_NAMES = words(`Ерболат Сағат Нұрбек Жомарт Ербол Медет Айдос Бекжан Ғабит Дәулет
  Ғалымжан Жақсылық Жанболат Қуат Мағжан Нұрсұлтан Ескендір Рүстем Сабыр Талант Тұрар Шерхан
  Ақылбек Әлихан Бақытжан Дидар Ерік Жасұлан Кәрім Мұхтар Нұржан Райымжан Сәкен Төлеген
  Ұлан Шоқан Абылайхан Бердібек Әбіл Ерсін Әсет Жүсіп Ілияс Қасым Мәжит Бейбарыс Орынбек
  Сұлтанбек Тахир Хамит Шәмшат Бейбіт Әмірхан Жұмабек Исабек Қалибек Молдахмет Өмірбек
  Сейдахмет Темірхан`);
/** Surnames of the invented people (-ов, -ев, -ин: the genitive adds «а»). */
const SURNAMES = words(`Тілеуов Жақыпов Сәрсенов Бекетов Оразов Есетов Қожахметов Ұзақов
  Байсейітов Дүйсенов Жұмашев Әміров Қуатов Мұсабеков Ысқақов Шалқаров Төлегенов Ахметов
  Бектұров Досанов Жолдасов Ибраев Қалдыбаев Мамыров Нұрпейісов Омаров Рысбеков Сейітжанов
  Тоқтаров Үсенов Шынтасов Әбілдаев Ділдабеков Елеусізов Жанкелдин Кемелов Майлыбаев
  Нұрғожин Орманов Сапарбаев Тұрлыбеков Уәлиев Халықов Шаяхметов Әділов Бөлтіріков
  Жүнісов Ізбасаров Қабылов Лұқпанов`);
/** Russian descriptive names, written the same in Kazakh texts. */
const DESCRIPTIVE = words(`Садовая Луговая Весенняя Цветочная Школьная Речная Лесная Горная
  Вишнёвая Яблоневая Тополиная Рябиновая Солнечная Звёздная Мирная Зелёная Полевая
  Береговая Ключевая Родниковая Ореховая Сиреневая Каштановая Кленовая Берёзовая Дачная
  Озёрная Тенистая Ясная Светлая Степная Заречная Набережная Почтовая Парковая Спортивная
  Студенческая Театральная Хлебная Фабричная Строительная Вокзальная Майская Осенняя
  Летняя Снежная Альпийская Предгорная Сосновая Еловая Виноградная Абрикосовая Грушевая`);
/** Soviet-era names, the former names of some invented streets (ru). */
const FORMER = words(`Пионерская Октябрьская Пролетарская Первомайская Красноармейская
  Советская Коммунистическая Интернациональная Колхозная Совхозная Партизанская
  Краснознамённая Стахановская Индустриальная Ленинградская Московская Киевская Уральская
  Сибирская Волжская Днепровская Донская Невская Чапаева Фрунзе Щорса Котовского Свердлова
  Дзержинского Урицкого Володарского Луначарского Жданова Куйбышева Ворошилова Будённого
  Гастелло Матросова Чкалова Мичурина Менделеева Ломоносова Пирогова Сеченова Чехова
  Тургенева Лермонтова Некрасова Белинского Герцена Островского Маяковского Есенина
  Красина Бауманская Тимирязевская Кутузова Суворова Нахимова Ушакова Макаренко Крылова
  Добролюбова Чернышевского Радищева Короленко Гончарова Жуковского Глинки Чайковского
  Римского-Корсакова Мусоргского Репина Сурикова Шишкина Левитана Айвазовского Павлова
  Попова Циолковского Королёва Курчатова Вавилова Лобачевского Ковалевской Столетова`);

/** Russian genitive of a name ending in a hard consonant: «Тилеуов» → «Тилеуова». */
const genitive = (ru: string) => `${ru}а`;
const capWords = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
const latin = (ru: string) => capWords(transliterate(ru));
/** A former name in English, a person's in the nominative: «Кутузова» Kutuzov, «Жуковского» Zhukovsky. */
const formerEn = (ru: string) =>
  latin(ru.split('-').map(nominative).join('-'))
    .replace(/(?:ii|yi)\b/g, 'y')
    .replace(/aia\b/g, 'aya');
const NOMINATIVE: [RegExp, string][] = [
  [/ского$/, 'ский'],
  [/ого$/, 'ый'],
  [/ской$/, 'ская'],
  [/ки$/, 'ка'],
  [/([бвгджзклмнпрстфхцчшщ])а$/, '$1'],
];
/** A Russian name in the genitive, back in the nominative (the first rule that fits). */
function nominative(word: string): string {
  const rule = NOMINATIVE.find(([pattern]) => pattern.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
}

interface Candidate {
  kind: StreetKind;
  base: Text;
}

/** Every invented name, in a fixed order: places, people, descriptive names. */
function candidates(): Candidate[] {
  const out: Candidate[] = [];
  HEADS.forEach((head, h) =>
    TAILS.forEach((tail, t) => {
      if (head.toLowerCase() === tail) return; // not «Тастас»
      const kk = `${head}${tail}`;
      const ru = kazakhToRussian(kk);
      // One place name in seven is a microdistrict, one in eleven an avenue.
      const kind = (h + t) % 7 === 0 ? 'mkr' : (h * 3 + t) % 11 === 0 ? 'ave' : 'st';
      out.push({ kind, base: { kk, ru, en: latin(ru) } });
    }),
  );
  FIRST_NAMES.forEach((first, f) =>
    SURNAMES.forEach((last, l) => {
      const ru = kazakhToRussian(`${first} ${last}`);
      const [ruFirst, ruLast] = ru.split(' ') as [string, string];
      out.push({
        kind: (f + l) % 23 === 0 ? 'ave' : 'st',
        base: {
          kk: `${first} ${last}`,
          ru: `${genitive(ruFirst)} ${genitive(ruLast)}`,
          en: latin(ru),
        },
      });
    }),
  );
  for (const ru of DESCRIPTIVE) out.push({ kind: 'st', base: { kk: ru, ru, en: latin(ru) } });
  return out;
}

const keysOf = (base: Partial<Text>) =>
  Object.values(base).flatMap((name) => (name ? [streetKey(name)] : []));

/** The keys of streets' names and former names (kept: the real streets' are asked for often). */
const known = new WeakMap<readonly Street[], string[]>();
function keysOfAll(streets: readonly Street[]): string[] {
  let keys = known.get(streets);
  if (!keys) {
    keys = streets.flatMap((s) => [
      ...keysOf(s.base),
      ...(s.former ?? []).flatMap((f) => keysOf(f.base)),
    ]);
    known.set(streets, keys);
  }
  return keys;
}

/**
 * Invented streets, in the order in which they are added to the districts (in turn), until
 * the city has `addresses` houses counting the real streets' `existingHouses`. Names whose keys
 * meet a real street's (`taken`) or another invented one's are left out. Fails when more
 * houses are asked for than the names can hold.
 */
export function inventedStreets(
  addresses: number,
  seed: string,
  existingHouses: number,
  taken: readonly Street[],
): Street[] {
  if (existingHouses >= addresses) return [];
  const used = new Set(keysOfAll(taken));
  const free = (base: Partial<Text>) => keysOf(base).every((k) => k && !used.has(k));
  const claim = (base: Partial<Text>) => keysOf(base).forEach((k) => used.add(k));
  const order = makeRng(seed, 'synthetic-names');
  const houses = makeRng(seed, 'synthetic-streets');
  const formers = order.shuffle(FORMER);
  const streets: Street[] = [];
  let total = existingHouses;
  for (const c of order.shuffle(candidates())) {
    if (total >= addresses) break;
    if (!free(c.base)) continue;
    claim(c.base);
    const street: Street = {
      key: `synthetic-${streets.length}`,
      kind: c.kind,
      base: c.base,
      maxHouse: houses.int(50, 280),
    };
    // One street in 25 kept a Soviet-era name in residents' mouths.
    if (streets.length % 25 === 7) {
      let former: FormerName | undefined;
      while (!former && formers.length) {
        const ru = formers.shift() as string;
        const f: FormerName = { kind: 'st', base: { ru, en: formerEn(ru) } };
        if (free(f.base)) former = f;
      }
      if (former) {
        claim(former.base);
        street.former = [former];
      }
    }
    streets.push(street);
    total += street.maxHouse;
  }
  if (total < addresses)
    throw new Error(
      `--addresses ${addresses}: the invented names hold at most ${total} houses (${streets.length} streets)`,
    );
  return streets;
}
