/** Labels of the districts, their inspector areas and streets (src/models/districts.ts). */
import type { LabelTable, Words } from './types.ts';

const name: Words = { kk: 'Атауы', ru: 'Название', en: 'Name' };
const address: Words = { kk: 'Мекенжайы', ru: 'Адрес', en: 'Address' };
const type: Words = { kk: 'Түрі', ru: 'Тип', en: 'Type' };
const streets = 'districts.features.properties.streets';

export const districtsLabels: LabelTable = {
  districts: {
    label: { kk: 'Аудандар', ru: 'Районы', en: 'Districts' },
    label_singular: { kk: 'Аудан', ru: 'Район', en: 'District' },
  },
  'districts.type': { label: type },
  'districts.name': {
    label: name,
    hint: {
      kk: 'Ауданның әр тілдегі атауы.',
      ru: 'Название района на каждом языке.',
      en: 'District name in each language.',
    },
  },
  'districts.order': {
    label: { kk: 'Реті', ru: 'Порядок', en: 'Order' },
    hint: { kk: 'Тізімдердегі орны.', ru: 'Место в списках.', en: 'Position in lists.' },
  },
  'districts.department': {
    label: { kk: 'Полиция басқармасы', ru: 'Управление полиции', en: 'Department' },
    hint: {
      kk: 'Аудандық полиция басқармасы (УП района).',
      ru: 'Управление полиции района (УП района).',
      en: 'The district police department (УП района).',
    },
  },
  'districts.department.name': {
    label: name,
    hint: {
      kk: 'Аудандық полиция басқармасының атауы.',
      ru: 'Название управления полиции района.',
      en: 'Name of the district police department.',
    },
  },
  'districts.department.address': {
    label: address,
    hint: {
      kk: 'Басқарманың мекенжайы.',
      ru: 'Адрес управления.',
      en: 'Street address of the department.',
    },
  },
  'districts.department.phone': {
    label: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
    hint: {
      kk: 'Басқарманың кезекші бөлімінің телефоны.',
      ru: 'Телефон дежурной части управления.',
      en: 'Duty phone of the department.',
    },
  },
  'districts.features': {
    label: { kk: 'Шекара және учаскелер', ru: 'Граница и участки', en: 'Features' },
    hint: {
      kk: 'Ауданның шекарасы және инспекторлардың учаскелері.',
      ru: 'Граница района и участки инспекторов.',
      en: 'The district boundary and the inspector areas.',
    },
  },
  'districts.features.type': { label: type },
  'districts.features.properties': { label: { kk: 'Сипаттары', ru: 'Свойства', en: 'Properties' } },
  'districts.features.properties.kind': { label: { kk: 'Түрі', ru: 'Вид', en: 'Kind' } },
  'districts.features.properties.id': {
    label: { kk: 'Идентификатор', ru: 'Идентификатор', en: 'Id' },
    hint: {
      kk: 'Учаске идентификаторы: аудан идентификаторы және нөмір, «almaly-07».',
      ru: 'Идентификатор участка: идентификатор района и номер, «almaly-07».',
      en: 'Area id, the district id and a number: "almaly-07".',
    },
  },
  'districts.features.properties.number': {
    label: { kk: 'Нөмірі', ru: 'Номер', en: 'Number' },
    hint: {
      kk: 'Аудан ішіндегі учаске нөмірі.',
      ru: 'Номер участка в районе.',
      en: 'Area number within the district.',
    },
  },
  [streets]: { label: { kk: 'Көшелер', ru: 'Улицы', en: 'Streets' } },
  [`${streets}.name`]: {
    label: name,
    hint: {
      kk: 'Көшенің әр тілде жазылатын атауы, түрімен қоса: «ул. Толе би», «Төле би көшесі», «Tole Bi St».',
      ru: 'Название улицы, как оно пишется на каждом языке, с типом: «ул. Толе би», «Төле би көшесі», «Tole Bi St».',
      en: 'Street name as written in each language, with its type: "ул. Толе би", "Төле би көшесі", "Tole Bi St".',
    },
  },
  [`${streets}.otherNames`]: {
    label: { kk: 'Басқа атаулары', ru: 'Другие названия', en: 'Other names' },
    hint: {
      kk: 'Тұрғындар әлі қолданатын бұрынғы атаулары мен басқаша жазылуы; іздеу оларды да таниды.',
      ru: 'Прежние названия и другие написания, которыми жители ещё пользуются; поиск их знает.',
      en: 'Former names and other spellings residents still use; the finder knows them.',
    },
  },
  [`${streets}.otherNames.name`]: {
    label: name,
    hint: {
      kk: 'Атауы көше түрімен қоса, ол бар тілдерде: «пр. Ленина», «Ленин даңғылы», «Lenin Ave».',
      ru: 'Название с типом улицы на тех языках, где оно есть: «пр. Ленина», «Ленин даңғылы», «Lenin Ave».',
      en: 'The name with its type, in the languages where it exists: "пр. Ленина", "Ленин даңғылы", "Lenin Ave".',
    },
  },
  [`${streets}.otherNames.kind`]: {
    label: { kk: 'Түрі', ru: 'Вид', en: 'Kind' },
    hint: {
      kk: 'Көшенің бұрынғы атауы (бұрынғы) немесе оның басқаша жазылуы (басқа жазылуы).',
      ru: 'Название, которое улица носила раньше (прежнее), или другое его написание (другое написание).',
      en: 'A name the street had before (former), or another way of writing it (spelling).',
    },
    options: {
      former: { kk: 'Бұрынғы', ru: 'Прежнее', en: 'former' },
      spelling: { kk: 'Басқа жазылуы', ru: 'Другое написание', en: 'spelling' },
    },
  },
  [`${streets}.houses`]: {
    label: { kk: 'Үйлер', ru: 'Дома', en: 'Houses' },
    hint: {
      kk: 'Барлық үйлер немесе тек тақ не жұп жағы.',
      ru: 'Все дома или только нечётная либо чётная сторона.',
      en: 'All houses, or only the odd or the even side.',
    },
    options: {
      all: { kk: 'Барлығы', ru: 'Все', en: 'all' },
      odd: { kk: 'Тақ', ru: 'Нечётные', en: 'odd' },
      even: { kk: 'Жұп', ru: 'Чётные', en: 'even' },
    },
  },
  [`${streets}.from`]: {
    label: { kk: 'Бастап', ru: 'С №', en: 'From' },
    hint: {
      kk: 'Қызмет көрсетілетін бірінші үй нөмірі (қоса алғанда).',
      ru: 'Первый обслуживаемый номер дома (включительно).',
      en: 'First house number served (inclusive).',
    },
  },
  [`${streets}.to`]: {
    label: { kk: 'Дейін', ru: 'По №', en: 'To' },
    hint: {
      kk: 'Қызмет көрсетілетін соңғы үй нөмірі (қоса алғанда).',
      ru: 'Последний обслуживаемый номер дома (включительно).',
      en: 'Last house number served (inclusive).',
    },
  },
  'districts.features.geometry': {
    label: { kk: 'Картадағы шекарасы', ru: 'Граница на карте', en: 'Geometry' },
  },
};
