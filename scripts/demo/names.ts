/**
 * Parts of the invented names of the demo officers: Kazakh and Russian names as each language
 * writes them. Every person is invented; the parts are common names.
 */

export interface NamePart {
  kk: string;
  ru: string;
  en: string;
}
const N = (kk: string, ru: string, en: string): NamePart => ({ kk, ru, en });

export const KAZAKH_SURNAMES = [
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
export const KAZAKH_MALE = [
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
export const KAZAKH_FEMALE = [
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
export const KAZAKH_FATHERS = [
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
export const RUSSIAN_SURNAMES = [
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
export const RUSSIAN_MALE = [
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
export const RUSSIAN_FEMALE = [
  N('Ольга', 'Ольга', 'Olga'),
  N('Елена', 'Елена', 'Yelena'),
  N('Наталья', 'Наталья', 'Natalya'),
  N('Ирина', 'Ирина', 'Irina'),
  N('Анна', 'Анна', 'Anna'),
  N('Татьяна', 'Татьяна', 'Tatyana'),
];
/** Russian patronymics [male, female]; Kazakh texts write them the same way. */
export const RUSSIAN_PATRONYMICS: [string, string][] = [
  ['Александрович', 'Александровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Викторович', 'Викторовна'],
  ['Николаевич', 'Николаевна'],
  ['Владимирович', 'Владимировна'],
  ['Юрьевич', 'Юрьевна'],
  ['Олегович', 'Олеговна'],
  ['Игоревич', 'Игоревна'],
];
