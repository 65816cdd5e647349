/** Labels of the areas' priorities and meetings (src/models/neighbourhoods.ts). */
import { dictionaryOptions } from './common.ts';
import type { LabelTable } from './types.ts';
import { PRIORITY_STATUSES } from '../../models/neighbourhoods.ts';

export const neighbourhoodsLabels: LabelTable = {
  neighbourhoods: {
    label: {
      kk: 'Учаске басымдықтары мен кездесулер',
      ru: 'Приоритеты и встречи участков',
      en: 'Area priorities and meetings',
    },
    label_singular: { kk: 'Учаске', ru: 'Участок', en: 'Area' },
  },
  'neighbourhoods.area': {
    label: { kk: 'Учаске', ru: 'Участок', en: 'Area' },
    hint: {
      kk: 'Учаскелік инспектор учаскесі, мысалы «almaly-07» (ауданның учаскелерін қараңыз).',
      ru: 'Участок инспектора, например «almaly-07» (см. участки района).',
      en: 'The inspector area, e.g. "almaly-07" (see the district\'s areas).',
    },
  },
  'neighbourhoods.priorities': {
    label: { kk: 'Басымдықтар', ru: 'Приоритеты', en: 'Priorities' },
    hint: {
      kk: 'Учаскенің ағымдағы үш басымдығына дейін, ең маңыздысы бірінші.',
      ru: 'До трёх текущих приоритетов участка, самый важный первым.',
      en: 'Up to three current priorities of the area, the most important first.',
    },
  },
  'neighbourhoods.priorities.title': {
    label: { kk: 'Атауы', ru: 'Название', en: 'Title' },
    hint: {
      kk: 'Тұрғындар көтерген мәселе, қысқаша: «№54 мектеп маңында жаяу жүргіншілер жолындағы көліктер».',
      ru: 'Проблема, которую подняли жители, в нескольких словах: «Машины на тротуаре у школы № 54».',
      en: 'The problem residents raised, in a few words: "Cars parked on the pavement at school No. 54".',
    },
  },
  'neighbourhoods.priorities.action': {
    label: { kk: 'Не істелуде', ru: 'Что делается', en: 'Action' },
    hint: {
      kk: 'Бұл мәселе бойынша не істелуде және кім істейді: «Оқу күндері 7:30–8:30 патрульдеу; қарашада 12 жүргізуші айыппұл төледі».',
      ru: 'Что делается и кем: «Патрулирование в учебные дни 7:30–8:30; в ноябре оштрафовано 12 водителей».',
      en: 'What is being done about it, and by whom: "Patrols at 7:30–8:30 on school days; 12 drivers fined in November".',
    },
  },
  'neighbourhoods.priorities.status': {
    label: { kk: 'Жағдайы', ru: 'Статус', en: 'Status' },
    hint: {
      kk: 'Жаңа, жұмыста немесе шешілді.',
      ru: 'Новый, в работе или решён.',
      en: 'New, in progress or resolved.',
    },
    options: dictionaryOptions('priority.status', PRIORITY_STATUSES),
  },
  'neighbourhoods.priorities.reviewed': {
    label: { kk: 'Қаралған күні', ru: 'Дата пересмотра', en: 'Reviewed' },
    hint: {
      kk: 'Басымдық тұрғындармен соңғы рет қаралған күн (ЖЖЖЖ-АА-КК); үш айдан кейін ол қаралмаған деп көрсетіледі.',
      ru: 'День, когда приоритет последний раз пересматривали с жителями (ГГГГ-ММ-ДД); через три месяца он показывается как непересмотренный.',
      en: 'The day the priority was last reviewed with residents (YYYY-MM-DD); after three months it is shown as not reviewed.',
    },
  },
  'neighbourhoods.meetings': {
    label: { kk: 'Кездесулер', ru: 'Встречи', en: 'Meetings' },
    hint: {
      kk: 'Тұрғындармен кездесулер; өткендері қорытындысымен сақталады.',
      ru: 'Встречи с жителями; прошедшие остаются вместе с итогами.',
      en: 'Meetings with residents, past ones kept with their minutes.',
    },
  },
  'neighbourhoods.meetings.id': {
    label: { kk: 'Идентификатор', ru: 'Идентификатор', en: 'Id' },
    hint: {
      kk: 'Кездесудің қала бойынша бірегей идентификаторы: учаске мен күн, «almaly-07-2027-01-15». Одан күнтізбе файлының мекенжайы жасалады.',
      ru: 'Идентификатор встречи, единственный в городе: участок и день, «almaly-07-2027-01-15». Из него получается адрес файла календаря.',
      en: 'The meeting\'s id, unique in the city: the area and the day, "almaly-07-2027-01-15". It becomes the address of its calendar file.',
    },
  },
  'neighbourhoods.meetings.start': {
    label: { kk: 'Басталуы', ru: 'Начало', en: 'Start' },
    hint: {
      kk: 'Басталу күні мен уақыты, Алматы уақытымен, мысалы «2027-01-15T18:30».',
      ru: 'Дата и время начала по времени Алматы, например «2027-01-15T18:30».',
      en: 'Date and time of the start in Almaty time, e.g. "2027-01-15T18:30".',
    },
  },
  'neighbourhoods.meetings.duration': {
    label: { kk: 'Ұзақтығы', ru: 'Продолжительность', en: 'Duration' },
    hint: {
      kk: 'Ұзақтығы, минутпен.',
      ru: 'Продолжительность в минутах.',
      en: 'Length in minutes.',
    },
  },
  'neighbourhoods.meetings.place': {
    label: { kk: 'Орны', ru: 'Место', en: 'Place' },
    hint: {
      kk: 'Тұрғындар қайда келеді, мекенжайымен: «№12 учаскелік полиция пункті, Абай даңғылы, 50, 1-қабаттағы зал». Онлайн кездесу үшін бос қалдырыңыз.',
      ru: 'Куда приходить жителям, с адресом: «Участковый пункт полиции № 12, пр. Абая, 50, зал на 1-м этаже». Для онлайн-встречи оставьте пустым.',
      en: 'Where residents come, with the address: "Police point No. 12, Abay Ave 50, hall on the 1st floor". Leave empty for an online meeting.',
    },
  },
  'neighbourhoods.meetings.link': {
    label: { kk: 'Сілтеме', ru: 'Ссылка', en: 'Link' },
    hint: {
      kk: 'Онлайн кездесу үшін: тұрғындар қосылатын https:// мекенжайы.',
      ru: 'Для онлайн-встречи: адрес https://, по которому подключаются жители.',
      en: 'For an online meeting: the https:// address residents join at.',
    },
  },
  'neighbourhoods.meetings.agenda': {
    label: { kk: 'Күн тәртібі', ru: 'Повестка', en: 'Agenda' },
    hint: { kk: 'Не талқыланады.', ru: 'Что будет обсуждаться.', en: 'What will be discussed.' },
  },
  'neighbourhoods.meetings.minutes': {
    label: { kk: 'Қорытындысы', ru: 'Итоги', en: 'Minutes' },
    hint: {
      kk: 'Кездесуден кейін: не айтылды және не келісілді. Абзацтар бос жолмен бөлінеді.',
      ru: 'После встречи: что обсудили и о чём договорились. Абзацы разделяются пустой строкой.',
      en: 'After the meeting: what was said and agreed. Paragraphs are separated by an empty line.',
    },
  },
};
