/** Labels of the district inspectors (src/models/officers.ts). */
import { dictionaryOptions } from './common.ts';
import type { LabelTable } from './types.ts';
import { RANKS } from '../../models/officers.ts';

export const officersLabels: LabelTable = {
  officers: {
    label: { kk: 'Учаскелік инспекторлар', ru: 'Участковые инспекторы', en: 'District inspectors' },
    label_singular: { kk: 'Инспектор', ru: 'Инспектор', en: 'Inspector' },
  },
  'officers.name': {
    label: { kk: 'Аты-жөні', ru: 'ФИО', en: 'Name' },
    hint: {
      kk: 'Әр тілде жазылуы бойынша толық аты-жөні (тегі, аты, әкесінің аты).',
      ru: 'Полное имя, как оно пишется на каждом языке (фамилия, имя, отчество).',
      en: 'Full name as written in each language (surname, first name, patronymic).',
    },
  },
  'officers.rank': {
    label: { kk: 'Атағы', ru: 'Звание', en: 'Rank' },
    hint: { kk: 'Полиция атағы.', ru: 'Звание полиции.', en: 'Police rank.' },
    options: dictionaryOptions('rank', RANKS),
  },
  'officers.photo': {
    label: { kk: 'Фотосурет', ru: 'Фото', en: 'Photo' },
    hint: {
      kk: 'Портрет: басы мен иығы.',
      ru: 'Портрет: голова и плечи.',
      en: 'Portrait photo, head and shoulders.',
    },
  },
  'officers.photoAlt': {
    label: { kk: 'Фотосурет сипаттамасы', ru: 'Описание фото', en: 'Photo alt' },
    hint: {
      kk: 'Фотосуретте не бейнеленгені, әр тілде.',
      ru: 'Что изображено на фото, на каждом языке.',
      en: 'What the photo shows, in each language.',
    },
  },
  'officers.phones': {
    label: { kk: 'Телефондар', ru: 'Телефоны', en: 'Phones' },
    hint: {
      kk: 'Жұмыс телефондары, негізгісі бірінші.',
      ru: 'Рабочие телефоны, основной первым.',
      en: 'Work phone numbers, the main one first.',
    },
  },
  'officers.email': {
    label: { kk: 'Эл. пошта', ru: 'Эл. почта', en: 'Email' },
    hint: {
      kk: 'Жұмыс электрондық поштасы, егер бар болса.',
      ru: 'Рабочий адрес электронной почты, если он есть.',
      en: 'Work e-mail address, if the officer has one.',
    },
  },
  'officers.receptionHours': {
    label: { kk: 'Қабылдау уақыты', ru: 'Часы приёма', en: 'Reception hours' },
    hint: {
      kk: 'Тұрғындарды учаскелік полиция пунктінде қабылдау уақыты, мысалы «Сейсенбі, бейсенбі 18:00–20:00; сенбі 10:00–13:00».',
      ru: 'Когда жителей принимают в участковом пункте полиции, например «Вт, Чт 18:00–20:00; Сб 10:00–13:00».',
      en: 'When residents are received at the police point, e.g. "Tue, Thu 18:00–20:00; Sat 10:00–13:00".',
    },
  },
  'officers.policePoint': {
    label: { kk: 'Учаскелік полиция пункті', ru: 'Участковый пункт полиции', en: 'Police point' },
    hint: {
      kk: 'Инспектор жұмыс істейтін учаскелік полиция пункті.',
      ru: 'Участковый пункт полиции, где работает инспектор.',
      en: 'The police point where the officer works.',
    },
  },
  'officers.policePoint.number': {
    label: { kk: 'Нөмірі', ru: 'Номер', en: 'Number' },
    hint: {
      kk: 'Учаскелік полиция пунктінің нөмірі (УПП №).',
      ru: 'Номер участкового пункта полиции (УПП №).',
      en: 'Number of the police point (УПП №).',
    },
  },
  'officers.policePoint.address': {
    label: { kk: 'Мекенжайы', ru: 'Адрес', en: 'Address' },
    hint: {
      kk: 'Учаскелік полиция пунктінің мекенжайы.',
      ru: 'Адрес участкового пункта полиции.',
      en: 'Street address of the police point.',
    },
  },
  'officers.district': {
    label: { kk: 'Аудан', ru: 'Район', en: 'District' },
    hint: {
      kk: 'Инспектор қызмет көрсететін аудан (content/districts ішіндегі id).',
      ru: 'Район, который обслуживает инспектор (id из content/districts).',
      en: 'The district the officer serves (an id from content/districts).',
    },
  },
  'officers.areas': {
    label: { kk: 'Учаскелер', ru: 'Участки', en: 'Areas' },
    hint: {
      kk: 'Қызмет көрсетілетін учаскелердің идентификаторлары, мысалы «almaly-07».',
      ru: 'Идентификаторы обслуживаемых участков, например «almaly-07».',
      en: 'Ids of the inspector areas served, e.g. "almaly-07".',
    },
  },
  'officers.active': {
    label: { kk: 'Белсенді', ru: 'Активен', en: 'Active' },
    hint: {
      kk: 'Белгі алынса, инспектор тізімдерде бұдан былай көрсетілмейді.',
      ru: 'Если выключено, инспектор больше не показывается в списках.',
      en: 'Unticked: the officer is no longer listed.',
    },
  },
};
