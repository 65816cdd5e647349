/**
 * Streets of the demo city: the real public names of Almaty streets with their type word per
 * language (the house ranges are invented), how a street is named in lists and in running text,
 * (the invented streets of a larger city are in invented-streets.ts).
 */
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import type { Text } from './text.ts';

export type StreetKind = 'st' | 'ave' | 'mkr';
/** A name a street had before, as the bare name in the languages it was written in. */
export interface FormerName {
  kind: StreetKind;
  base: Partial<Text>;
}
export interface Street {
  key: string;
  kind: StreetKind;
  /** The bare name as it follows the type word: ru "Абая" (пр. Абая), kk "Абай", en "Abay". */
  base: Text;
  /** Highest house number used for the demo house ranges. */
  maxHouse: number;
  /** The street's real former (Soviet-era) names, which residents still use. */
  former?: readonly FormerName[];
}

const S = (key: string, kind: StreetKind, ru: string, kk: string, en: string, maxHouse: number) =>
  ({ key, kind, base: { kk, ru, en }, maxHouse }) satisfies Street;

const CURRENT: readonly Street[] = [
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

/** Former names of real Almaty streets (renamed since 1991), by street key. */
const FORMER: Record<string, readonly FormerName[]> = {
  dostyk: [{ kind: 'ave', base: { ru: 'Ленина', kk: 'Ленин', en: 'Lenin' } }],
  'tole-bi': [{ kind: 'st', base: { ru: 'Комсомольская', kk: 'Комсомол', en: 'Komsomolskaya' } }],
  'zhibek-zholy': [{ kind: 'st', base: { ru: 'Горького', kk: 'Горький', en: 'Gorky' } }],
  raiymbek: [{ kind: 'st', base: { ru: 'Ташкентская', kk: 'Ташкент', en: 'Tashkentskaya' } }],
  kabanbay: [{ kind: 'st', base: { ru: 'Калинина', kk: 'Калинин', en: 'Kalinin' } }],
  bogenbay: [{ kind: 'st', base: { ru: 'Кирова', kk: 'Киров', en: 'Kirov' } }],
  karasay: [{ kind: 'st', base: { ru: 'Виноградова', kk: 'Виноградов', en: 'Vinogradov' } }],
  zheltoksan: [{ kind: 'st', base: { ru: 'Мира', en: 'Mira' } }],
  kunayev: [{ kind: 'st', base: { ru: 'Карла Маркса', kk: 'Карл Маркс', en: 'Karl Marx' } }],
};

export const STREETS: readonly Street[] = CURRENT.map((s) => {
  const former = FORMER[s.key];
  return former ? { ...s, former } : s;
});

/** Houses on the streets: the number of addresses of the city. */
export const addressCount = (streets: Iterable<Street>) =>
  [...streets].reduce((sum, s) => sum + s.maxHouse, 0);

/** Each language's way of writing a name with its type word. */
const WITH_TYPE: Record<StreetKind, Record<Locale, (name: string) => string>> = {
  st: { kk: (n) => `${n} көшесі`, ru: (n) => `ул. ${n}`, en: (n) => `${n} St` },
  ave: { kk: (n) => `${n} даңғылы`, ru: (n) => `пр. ${n}`, en: (n) => `${n} Ave` },
  mkr: { kk: (n) => `${n} шағын ауданы`, ru: (n) => `мкр. ${n}`, en: (n) => `${n} Microdistrict` },
};

/** The street's name with its type word, as shown in lists and addresses. */
export function streetName(s: Pick<Street, 'kind' | 'base'>): Text {
  const write = WITH_TYPE[s.kind];
  return { kk: write.kk(s.base.kk), ru: write.ru(s.base.ru), en: write.en(s.base.en) };
}

/** A former name with its type word, in the languages it is given in. */
export function formerName(f: FormerName): Partial<Text> {
  const write = WITH_TYPE[f.kind];
  return Object.fromEntries(
    LOCALES.flatMap((l) => (f.base[l] ? [[l, write[l](f.base[l])]] : [])),
  ) as Partial<Text>;
}

/** Forms for running text: "на улице Толе би" / "Төле би көшесінде" / "on Tole Bi Street". */
export interface StreetProse {
  /** Where: ru "на улице Абая", kk "Абай көшесінде", en "on Abay Street". */
  loc: string;
  /** Attribute before a noun (kk "Абай көшесіндегі үй"); ru and en the same as loc. */
  attr: string;
}
export function streetProse(s: Street): Record<Locale, StreetProse> {
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
