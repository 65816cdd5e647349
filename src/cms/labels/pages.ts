/** Labels of the pages about the service (src/models/pages.ts). */
import { body } from './common.ts';
import type { LabelTable, Words } from './types.ts';

const name: Words = { kk: 'Атауы', ru: 'Название', en: 'Name' };
const note: Words = { kk: 'Түсініктеме', ru: 'Примечание', en: 'Note' };
const children: Words = { kk: 'Бағынысты бөлімшелер', ru: 'Подразделения', en: 'Children' };
const unitsBelow: Words = {
  kk: 'Осыған бағынатын бөлімшелер.',
  ru: 'Подразделения, подчинённые этому.',
  en: 'Units below this one.',
};

export const pagesLabels: LabelTable = {
  pages: {
    label: { kk: 'Қызмет туралы', ru: 'О службе', en: 'About the service' },
    label_singular: { kk: 'Бет', ru: 'Страница', en: 'Page' },
  },
  'pages.title': {
    label: { kk: 'Тақырып', ru: 'Заголовок', en: 'Title' },
    hint: { kk: 'Беттің тақырыбы.', ru: 'Заголовок страницы.', en: 'Page title.' },
  },
  'pages.summary': {
    label: { kk: 'Қысқаша сипаттама', ru: 'Краткое описание', en: 'Summary' },
    hint: {
      kk: '«Қызмет туралы» бетінде және сілтеменің алдын ала көрінісінде шығатын бір-екі сөйлем.',
      ru: 'Одно-два предложения для страницы «О службе» и превью ссылок.',
      en: 'One or two sentences shown on the About page and in link previews.',
    },
  },
  'pages.order': {
    label: { kk: 'Реті', ru: 'Порядок', en: 'Order' },
    hint: {
      kk: '«Қызмет туралы» мәзіріндегі орны (кішісі бірінші).',
      ru: 'Место в меню «О службе» (меньшие — первыми).',
      en: 'Position in the About menu (smallest first).',
    },
  },
  'pages.orgChart': {
    label: { kk: 'Ұйымдық құрылым', ru: 'Оргструктура', en: 'Org chart' },
    hint: {
      kk: 'Мәтіннің астында көрсетілетін ұйымдық құрылым сызбасы («Құрылымы» беті).',
      ru: 'Схема организации под текстом (страница «Структура»).',
      en: 'Organisation chart shown under the text (structure page).',
    },
  },
  'pages.orgChart.name': {
    label: name,
    hint: {
      kk: 'Бөлімшенің немесе лауазымның атауы.',
      ru: 'Название подразделения или должности.',
      en: 'Name of the unit or post.',
    },
  },
  'pages.orgChart.note': {
    label: note,
    hint: {
      kk: 'Атауының астындағы қысқа жол: немен айналысады, қанша қызметкер бар.',
      ru: 'Короткая строка под названием: чем занимается, сколько сотрудников.',
      en: 'A short line under the name: what it does, how many staff.',
    },
  },
  'pages.orgChart.children': { label: children, hint: unitsBelow },
  'pages.orgChart.children.name': {
    label: name,
    hint: {
      kk: 'Бағынысты бөлімшенің атауы.',
      ru: 'Название подчинённого подразделения.',
      en: 'Name of the sub-unit.',
    },
  },
  'pages.orgChart.children.note': {
    label: note,
    hint: {
      kk: 'Атауының астындағы қысқа жол.',
      ru: 'Короткая строка под названием.',
      en: 'A short line under the name.',
    },
  },
  'pages.orgChart.children.children': { label: children, hint: unitsBelow },
  'pages.orgChart.children.children.name': { label: name },
  'pages.orgChart.children.children.note': { label: note },
  'pages.updated': {
    label: { kk: 'Тексерілген күні', ru: 'Проверено', en: 'Updated' },
    hint: {
      kk: 'Бет соңғы рет қашан тексерілді (ЖЖЖЖ-АА-КК).',
      ru: 'Когда страницу последний раз проверяли (ГГГГ-ММ-ДД).',
      en: 'When the page was last checked (YYYY-MM-DD).',
    },
  },
  'pages.body': body,
};
