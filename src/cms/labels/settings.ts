/** Labels of the settings files (src/models/settings.ts), one group per file. */
import type { LabelTable, Words } from './types.ts';

const name: Words = { kk: 'Атауы', ru: 'Название', en: 'Name' };
const number: Words = { kk: 'Нөмірі', ru: 'Номер', en: 'Number' };
const date: Words = { kk: 'Күні', ru: 'Дата', en: 'Date' };
const reason: Words = { kk: 'Себебі', ru: 'Причина', en: 'Reason' };

const contacts: LabelTable = {
  contacts: { label: { kk: 'Байланыс', ru: 'Контакты', en: 'Contacts' } },
  'contacts.emergency': {
    label: { kk: 'Шұғыл нөмірлер', ru: 'Экстренные номера', en: 'Emergency' },
    hint: {
      kk: 'Әр беттің жоғарғы жағында көрсетілетін шұғыл нөмірлер, ең маңыздысы бірінші.',
      ru: 'Экстренные номера вверху каждой страницы, самый важный первым.',
      en: 'Emergency numbers shown at the top of every page, the most important first.',
    },
  },
  'contacts.emergency.number': {
    label: number,
    hint: {
      kk: 'Терілетін қысқа нөмір.',
      ru: 'Короткий номер для набора.',
      en: 'Short number to dial.',
    },
  },
  'contacts.emergency.label': {
    label: { kk: 'Жазуы', ru: 'Подпись', en: 'Label' },
    hint: {
      kk: 'Нөмір не үшін: «Полиция», «Жедел жәрдем».',
      ru: 'Для чего номер: «Полиция», «Скорая помощь».',
      en: 'What the number is for: "Police", "Ambulance".',
    },
  },
  'contacts.service': {
    label: { kk: 'Қызмет', ru: 'Служба', en: 'Service' },
    hint: { kk: 'Қызметтің өзі.', ru: 'Сама служба.', en: 'The service itself.' },
  },
  'contacts.service.name': {
    label: name,
    hint: {
      kk: 'Қызметтің толық атауы.',
      ru: 'Полное название службы.',
      en: 'Full name of the service.',
    },
  },
  'contacts.service.address': {
    label: { kk: 'Мекенжайы', ru: 'Адрес', en: 'Address' },
    hint: {
      kk: 'Бас кеңсенің пошталық мекенжайы.',
      ru: 'Почтовый адрес главного офиса.',
      en: 'Postal address of the head office.',
    },
  },
  'contacts.service.phone': {
    label: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
    hint: {
      kk: 'Негізгі телефон (кезекші бөлім).',
      ru: 'Основной телефон (дежурная часть).',
      en: 'Main phone (duty desk).',
    },
  },
  'contacts.service.email': {
    label: { kk: 'Эл. пошта', ru: 'Эл. почта', en: 'Email' },
    hint: {
      kk: 'Жалпыға ашық электрондық пошта мекенжайы.',
      ru: 'Публичный адрес электронной почты.',
      en: 'Public e-mail address.',
    },
  },
  'contacts.service.hours': {
    label: { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Hours' },
    hint: { kk: 'Кеңсенің жұмыс уақыты.', ru: 'Часы работы офиса.', en: 'Office hours.' },
  },
  'contacts.helplines': {
    label: { kk: 'Пайдалы нөмірлер', ru: 'Полезные номера', en: 'Helplines' },
    hint: {
      kk: 'Басқа пайдалы желілер.',
      ru: 'Другие полезные линии.',
      en: 'Other useful lines.',
    },
  },
  'contacts.helplines.label': {
    label: { kk: 'Жазуы', ru: 'Подпись', en: 'Label' },
    hint: {
      kk: 'Кім жауап береді: «Сенім телефоны», «eGov байланыс орталығы».',
      ru: 'Кто отвечает: «Телефон доверия», «Контакт-центр eGov».',
      en: 'Who answers: "Trust line", "eGov contact centre".',
    },
  },
  'contacts.helplines.number': {
    label: number,
    hint: { kk: 'Қоңырау шалатын нөмір.', ru: 'Номер для звонка.', en: 'Number to call.' },
  },
};

const fines: LabelTable = {
  fines: { label: { kk: 'Айыппұл порталдары', ru: 'Порталы штрафов', en: 'Fine portals' } },
  'fines.portals': {
    label: { kk: 'Порталдар', ru: 'Порталы', en: 'Portals' },
    hint: {
      kk: 'Порталдар сайтта көрсетілу ретімен; алғашқылары — ең көп қолданылатындары.',
      ru: 'Порталы в порядке показа; первые — самые востребованные.',
      en: 'Portals in the order they are shown; the first ones are the most used.',
    },
  },
  'fines.portals.id': {
    label: { kk: 'Идентификатор', ru: 'Идентификатор', en: 'Id' },
    hint: {
      kk: 'Порталдың қысқа идентификаторы.',
      ru: 'Короткий идентификатор портала.',
      en: 'Short id of the portal.',
    },
  },
  'fines.portals.name': {
    label: name,
    hint: {
      kk: 'Порталдың немесе қосымшаның атауы.',
      ru: 'Название портала или приложения.',
      en: 'Name of the portal or app.',
    },
  },
  'fines.portals.url': {
    label: { kk: 'Мекенжайы', ru: 'Адрес', en: 'Url' },
    hint: {
      kk: 'Айыппұлды тексеретін немесе төлейтін беттің мекенжайы.',
      ru: 'Адрес страницы, где проверяют или оплачивают штрафы.',
      en: 'Address of the page where fines are checked or paid.',
    },
  },
  'fines.portals.needs': {
    label: { kk: 'Не қажет', ru: 'Что нужно', en: 'Needs' },
    hint: {
      kk: 'Тұрғынға не қажет: ЖСН, көлік нөмірі, куәлік.',
      ru: 'Что нужно жителю: ИИН, госномер автомобиля, удостоверение.',
      en: 'What a resident needs: IIN, car plate, certificate.',
    },
  },
  'fines.portals.how': {
    label: { kk: 'Нұсқаулық', ru: 'Инструкция', en: 'How' },
    hint: {
      kk: 'Қысқаша нұсқаулық: сол порталдағы қадамдар.',
      ru: 'Краткая инструкция: шаги на этом портале.',
      en: 'Short how-to: the steps on that portal.',
    },
  },
};

const alert: LabelTable = {
  alert: { label: { kk: 'Ескерту баннері', ru: 'Баннер-предупреждение', en: 'Alert banner' } },
  'alert.enabled': {
    label: { kk: 'Қосулы', ru: 'Включён', en: 'Enabled' },
    hint: {
      kk: 'Баннерді әр бетте көрсету.',
      ru: 'Показывать баннер на каждой странице.',
      en: 'Show the banner on every page.',
    },
  },
  'alert.level': {
    label: { kk: 'Деңгейі', ru: 'Уровень', en: 'Level' },
    hint: {
      kk: 'Ақпарат (көк) немесе ескерту (сары).',
      ru: 'Информация (синий) или предупреждение (жёлтый).',
      en: 'Info (blue) or warning (yellow).',
    },
    options: {
      info: { kk: 'Ақпарат', ru: 'Информация', en: 'info' },
      warning: { kk: 'Ескерту', ru: 'Предупреждение', en: 'warning' },
    },
  },
  'alert.message': {
    label: { kk: 'Хабарлама', ru: 'Сообщение', en: 'Message' },
    hint: {
      kk: 'Хабарлама, әр тілде.',
      ru: 'Текст сообщения на каждом языке.',
      en: 'The message, in each language.',
    },
  },
  'alert.link': {
    label: { kk: 'Сілтеме', ru: 'Ссылка', en: 'Link' },
    hint: {
      kk: 'Толығырақ ақпаратқа сілтеме, міндетті емес.',
      ru: 'Ссылка на подробности, необязательная.',
      en: 'Optional link for more details.',
    },
  },
  'alert.until': {
    label: { kk: 'Соңғы күні', ru: 'Показывать до', en: 'Until' },
    hint: {
      kk: 'Баннер көрсетілетін соңғы күн (ЖЖЖЖ-АА-КК), қажет болса.',
      ru: 'Последний день показа баннера (ГГГГ-ММ-ДД), если нужен.',
      en: 'Last day the banner is shown (YYYY-MM-DD), if any.',
    },
  },
};

const calendar: LabelTable = {
  calendar: {
    label: {
      kk: 'Жұмыс күндерінің күнтізбесі',
      ru: 'Календарь рабочих дней',
      en: 'Working-day calendar',
    },
  },
  'calendar.timezone': {
    label: { kk: 'Уақыт белдеуі', ru: 'Часовой пояс', en: 'Timezone' },
    hint: {
      kk: 'Жұмыс уақытының уақыт белдеуі.',
      ru: 'Часовой пояс рабочего времени.',
      en: 'Time zone of the working hours.',
    },
  },
  'calendar.workingHours': {
    label: { kk: 'Жұмыс уақыты', ru: 'Рабочее время', en: 'Working hours' },
    hint: {
      kk: 'Жұмыс күні аяқталғаннан кейін түскен өтініштер келесі жұмыс күнінен бастап есептеледі.',
      ru: 'Обращения, поступившие после конца рабочего дня, считаются со следующего рабочего дня.',
      en: 'Appeals received after the end count from the next working day.',
    },
  },
  'calendar.workingHours.start': {
    label: { kk: 'Басталуы', ru: 'Начало', en: 'Start' },
    hint: {
      kk: 'Жұмыс күнінің басталуы, СС:ММ.',
      ru: 'Начало рабочего дня, ЧЧ:ММ.',
      en: 'Start of the working day, HH:MM.',
    },
  },
  'calendar.workingHours.end': {
    label: { kk: 'Аяқталуы', ru: 'Конец', en: 'End' },
    hint: {
      kk: 'Жұмыс күнінің аяқталуы, СС:ММ.',
      ru: 'Конец рабочего дня, ЧЧ:ММ.',
      en: 'End of the working day, HH:MM.',
    },
  },
  'calendar.years': {
    label: { kk: 'Жылдар', ru: 'Годы', en: 'Years' },
    hint: {
      kk: 'Әр жылға бір жазба.',
      ru: 'Одна запись на каждый год.',
      en: 'One entry per year.',
    },
  },
  'calendar.years.year': { label: { kk: 'Жыл', ru: 'Год', en: 'Year' } },
  'calendar.years.holidays': {
    label: { kk: 'Мерекелер', ru: 'Праздники', en: 'Holidays' },
    hint: {
      kk: 'Мемлекеттік мерекелер (демалыс күндері).',
      ru: 'Государственные праздники (выходные дни).',
      en: 'Public holidays (days off).',
    },
  },
  'calendar.years.holidays.date': { label: date },
  'calendar.years.holidays.name': { label: name },
  'calendar.years.daysOff': {
    label: { kk: 'Демалыс күндері', ru: 'Выходные дни', en: 'Days off' },
    hint: {
      kk: 'Жұмыс күндеріне түскен басқа демалыстар: демалыс күнінен ауыстырылған мереке, қаулымен ауыстырылған күн.',
      ru: 'Другие нерабочие будни: праздник, перенесённый с выходного, день, перенесённый постановлением.',
      en: 'Other weekdays off: a holiday moved from a weekend, a day moved by decree.',
    },
  },
  'calendar.years.daysOff.date': { label: date },
  'calendar.years.daysOff.reason': { label: reason },
  'calendar.years.workingWeekends': {
    label: { kk: 'Жұмыс істейтін демалыс күндері', ru: 'Рабочие выходные', en: 'Working weekends' },
    hint: {
      kk: 'Қаулы бойынша жұмыс күні болып белгіленген сенбі мен жексенбі күндері.',
      ru: 'Субботы и воскресенья, которые по постановлению стали рабочими днями.',
      en: 'Saturdays or Sundays that are working days by decree.',
    },
  },
  'calendar.years.workingWeekends.date': { label: date },
  'calendar.years.workingWeekends.reason': { label: reason },
};

const site: LabelTable = {
  site: { label: { kk: 'Сайт', ru: 'Сайт', en: 'Site' } },
  'site.demo': {
    label: { kk: 'Демо режимі', ru: 'Демо-режим', en: 'Demo' },
    hint: {
      kk: 'Әр бетте адамдар, телефондар мен жаңалықтар ойдан шығарылғаны туралы ескерту көрсетеді.',
      ru: 'Показывает на каждой странице предупреждение, что люди, телефоны и новости выдуманы.',
      en: 'Shows a notice on every page that people, phones and news are invented.',
    },
  },
  'site.mapTiles': {
    label: { kk: 'Карта тайлдары', ru: 'Тайлы карты', en: 'Map tiles' },
    hint: {
      kk: 'Интерактивті картаның тайлдары, мысалы https://tile.example.kz/{z}/{x}/{y}.png (бос болса, учаскелер картаның фонынсыз сызылады).',
      ru: 'Тайлы интерактивной карты, например https://tile.example.kz/{z}/{x}/{y}.png (если пусто, участки рисуются без подложки).',
      en: 'Tiles of the interactive map, e.g. https://tile.example.kz/{z}/{x}/{y}.png (empty: the areas are drawn without a background map).',
    },
  },
  'site.mapAttribution': {
    label: { kk: 'Карта авторлығы', ru: 'Авторство карты', en: 'Map attribution' },
    hint: {
      kk: 'Тайл жеткізушісі талап ететін авторлық жол, мысалы «© OpenStreetMap contributors».',
      ru: 'Строка об авторстве, которую требует поставщик тайлов, например «© OpenStreetMap contributors».',
      en: 'Credit line the tile provider requires, e.g. "© OpenStreetMap contributors".',
    },
  },
  'site.quickExit': {
    label: { kk: 'Жылдам шығу', ru: 'Быстрый выход', en: 'Quick exit' },
    hint: {
      kk: '«Бұл беттен шығу» түймесі апаратын бейтарап бет, мысалы ауа райы болжамы: экранға қараған адам не оқылғанын білмеуі керек.',
      ru: 'Нейтральная страница, на которую ведёт кнопка «Покинуть страницу», например прогноз погоды: тот, кто смотрит на экран, не должен догадаться, что читали.',
      en: 'Neutral page the "Exit this page" button leaves for, e.g. a weather forecast: someone looking at the screen must not guess what was read.',
    },
  },
};

export const settingsLabels: LabelTable = {
  settings: { label: { kk: 'Баптаулар', ru: 'Настройки', en: 'Settings' } },
  ...contacts,
  ...fines,
  ...alert,
  ...calendar,
  ...site,
};
