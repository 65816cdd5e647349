/**
 * The demo news: story templates in three languages, each a function of a context drawn by
 * news.ts (district, streets, counts…), and the words they need. Data, not logic: long on
 * purpose. The note marking a story as invented ends each story's first paragraph.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import type { NewsCategory } from '../../src/models/news.ts';
import type { PlaceForms } from './districts.ts';
import type { StreetProse } from './streets.ts';
import { cap, type Text } from './text.ts';

export const DEMO_NOTE: Text = {
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

export const PLACES: Record<Locale, string>[] = [
  { kk: 'саябақта', ru: 'в парке', en: 'in a park' },
  { kk: 'сауда орталығында', ru: 'в торговом центре', en: 'in a shopping centre' },
  { kk: 'базарда', ru: 'на рынке', en: 'at a market' },
];

export interface Ctx {
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

export interface Story {
  title: string;
  summary: string;
  body: string[];
}
export interface Template {
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

export const TEMPLATES: readonly Template[] = [
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
