/**
 * The demo areas' priorities and meetings with residents (content/neighbourhoods/<area-id>.yaml):
 * about two areas in three get a file; each has one to three priorities (some not reviewed for
 * months, so the site shows them as such), past meetings with minutes and meetings planned
 * through the end of 2027. Dates are counted from a fixed day, so the output is the same
 * whatever day the generator runs. Everything is invented and says so in the minutes.
 */
import type { BuiltDistrict, BuiltArea } from './areas.ts';
import { makeRng, type Rng } from './rng.ts';
import type { Text } from './text.ts';

/** The day the demo's priorities and meetings are dated from (as the news' last day). */
export const NEIGHBOURHOOD_REFERENCE_DAY = '2026-11-27';
/** Meetings are planned up to this month, so that some are still to come for a long while. */
const LAST_MEETING_MONTH = '2027-12';

export interface BuiltNeighbourhood {
  area: string;
  /** The content of neighbourhoods/<area>.yaml. */
  data: Record<string, unknown>;
}

type Street = Text;
interface PriorityTemplate {
  title: (s: Street) => Text;
  action: (s: Street, n: number) => Text;
}

const PRIORITIES: PriorityTemplate[] = [
  {
    title: (s) => ({
      kk: `${s.kk} бойындағы мектеп маңында жаяу жүргіншілер жолына көлік қою`,
      ru: `Парковка на тротуаре у школы, ${s.ru}`,
      en: `Cars parked on the pavement by the school, ${s.en}`,
    }),
    action: (_s, n) => ({
      kk: `Оқу күндері 7:30–8:30 аралығында патрульдеу; соңғы айда ${n} жүргізуші жауапкершілікке тартылды. Әкімдікке қоршау орнату туралы хат жіберілді.`,
      ru: `Патрулирование в учебные дни с 7:30 до 8:30; за последний месяц привлечено к ответственности водителей: ${n}. В акимат направлено письмо об установке ограждения.`,
      en: `Patrols on school days from 7:30 to 8:30; ${n} drivers were fined last month. A letter asking for railings has been sent to the akimat.`,
    }),
  },
  {
    title: (s) => ({
      kk: `${s.kk} бойында жылдамдықты асыру`,
      ru: `Превышение скорости, ${s.ru}`,
      en: `Speeding on ${s.en}`,
    }),
    action: (_s, n) => ({
      kk: `Патрульдік полициямен бірлескен рейдтер аптасына екі рет; ${n} құқық бұзушылық тіркелді. Жасанды кедергілер орнату туралы өтініш әкімдікте қаралуда.`,
      ru: `Совместные рейды с патрульной полицией дважды в неделю; нарушений зафиксировано: ${n}. Заявка на искусственные неровности рассматривается в акимате.`,
      en: `Joint checks with the patrol police twice a week; ${n} offences recorded. A request for speed humps is with the akimat.`,
    }),
  },
  {
    title: () => ({
      kk: 'Қарт адамдарға телефон алаяқтарының қоңыраулары',
      ru: 'Телефонные мошенники звонят пожилым жителям',
      en: 'Phone fraudsters calling older residents',
    }),
    action: (_s, n) => ({
      kk: `Пәтер иелері кооперативтерінде ${n} кездесу өткізілді, подъездерге жадынамалар ілінді. Күдікті қоңырау туралы 102-ге хабарлаңыз.`,
      ru: `В кооперативах собственников квартир проведено встреч: ${n}, в подъездах размещены памятки. О подозрительном звонке сообщайте по 102.`,
      en: `${n} talks held in the flat owners' cooperatives and leaflets put up in the entrances. Report a suspicious call to 102.`,
    }),
  },
  {
    title: () => ({
      kk: 'Подъездерден велосипед пен самокат ұрлау',
      ru: 'Кражи велосипедов и самокатов из подъездов',
      en: 'Bicycles and scooters stolen from entrances',
    }),
    action: (_s, n) => ({
      kk: `Бейнебақылау жазбалары тексерілуде, ${n} велосипед иелеріне қайтарылды. Тұрғындарға сақтау бойынша кеңестер таратылды.`,
      ru: `Проверяются записи видеонаблюдения, владельцам возвращено велосипедов: ${n}. Жителям розданы советы по хранению.`,
      en: `CCTV footage is being checked; ${n} bicycles have been returned to their owners. Residents were given advice on storing them.`,
    }),
  },
  {
    title: (s) => ({
      kk: `${s.kk} маңындағы аулаларда түнгі шу мен ішімдік ішу`,
      ru: `Шум и распитие спиртного во дворах по ${s.ru} ночью`,
      en: `Noise and drinking in the courtyards off ${s.en} at night`,
    }),
    action: (_s, n) => ({
      kk: `Жұма мен сенбіде 22:00-ден кейін кешкі патрульдеу; ${n} хаттама толтырылды. Әкімдікпен аулаларды жарықтандыру келісілуде.`,
      ru: `Вечернее патрулирование по пятницам и субботам после 22:00; протоколов составлено: ${n}. С акиматом согласуется освещение дворов.`,
      en: `Evening patrols on Fridays and Saturdays after 22:00; ${n} reports written. Lighting for the courtyards is being agreed with the akimat.`,
    }),
  },
  {
    title: () => ({
      kk: 'Жаяу жүргіншілер жолында электр самокат тебу',
      ru: 'Езда на электросамокатах по тротуарам',
      en: 'E-scooters ridden on the pavements',
    }),
    action: (_s, n) => ({
      kk: `Мектептерде ${n} профилактикалық сабақ өткізілді; жалға беретін компаниялармен жылдамдықты шектеу аймақтары келісілді.`,
      ru: `В школах проведено профилактических занятий: ${n}; с компаниями проката согласованы зоны ограничения скорости.`,
      en: `${n} prevention lessons held in schools; slow zones agreed with the scooter rental companies.`,
    }),
  },
];

const AGENDAS: Text[] = [
  {
    kk: 'Учаскелік инспектордың тоқсандық есебі; учаске басымдықтарын қайта қарау; тұрғындардың сұрақтары.',
    ru: 'Отчёт участкового инспектора за квартал; пересмотр приоритетов участка; вопросы жителей.',
    en: "The inspector's quarterly report; review of the area's priorities; residents' questions.",
  },
  {
    kk: 'Аулалар мен мектеп маңындағы қауіпсіздік; алаяқтықтың алдын алу; тұрғындардың ұсыныстары.',
    ru: 'Безопасность во дворах и у школ; профилактика мошенничества; предложения жителей.',
    en: 'Safety in the courtyards and by the schools; preventing fraud; residents’ proposals.',
  },
];

const minutesText = (n: number, attended: number): Text => ({
  kk: `Кездесуге ${attended} тұрғын қатысты. Инспектор тоқсан қорытындысын баяндады: ${n} өтініш қаралды, олардың көбі тұрақ пен түнгі шуға қатысты.\n\nТұрғындар басымдықтарды сол күйінде қалдыруды ұсынды және аулаларды жарықтандыру мәселесін көтерді. Келесі кездесуде нәтижелер туралы есеп беріледі.\n\nДемонстрациялық деректер: кездесу ойдан шығарылған.`,
  ru: `Жителей на встрече: ${attended}. Инспектор отчитался за квартал: обращений рассмотрено — ${n}, больше всего — о парковке и ночном шуме.\n\nЖители предложили оставить приоритеты прежними и подняли вопрос об освещении дворов. На следующей встрече инспектор расскажет о результатах.\n\nДемонстрационные данные: встреча вымышлена.`,
  en: `${attended} residents came. The inspector reported on the quarter: ${n} appeals were handled, most of them about parking and noise at night.\n\nResidents asked to keep the priorities as they are and raised the lighting of the courtyards. The inspector will report on the results at the next meeting.\n\nDemonstration data: this meeting is invented.`,
});

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const REFERENCE_MS = Date.parse(`${NEIGHBOURHOOD_REFERENCE_DAY}T00:00:00Z`);

/** A weekday evening of `month` (YYYY-MM), or a Saturday morning. */
function meetingStart(rng: Rng, month: string): string {
  const first = Date.parse(`${month}-01T00:00:00Z`);
  for (;;) {
    const day = new Date(first + rng.int(2, 26) * DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday === 0) continue;
    const time =
      weekday === 6 ? rng.pick(['10:00', '11:00']) : rng.pick(['18:00', '18:30', '19:00']);
    return `${dayOf(day.getTime())}T${time}`;
  }
}

/** Months of quarterly meetings around the reference day, up to LAST_MEETING_MONTH. */
function meetingMonths(rng: Rng): string[] {
  const months: string[] = [];
  const start = new Date(Date.UTC(2026, 5 + rng.int(0, 2), 1));
  for (let d = start; ; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1))) {
    const month = d.toISOString().slice(0, 7);
    if (month > LAST_MEETING_MONTH) return months;
    months.push(month);
  }
}

function buildArea(rng: Rng, area: BuiltArea, point: { number: number; address: Text }) {
  const streets = area.streets.map((s) => s.name);
  const priorities = rng
    .shuffle(PRIORITIES)
    .slice(0, rng.int(1, 3))
    .map((p) => {
      const street = rng.pick(streets);
      // One priority in four was last reviewed four to six months ago: shown as not reviewed.
      const daysAgo = rng.chance(0.25) ? rng.int(120, 180) : rng.int(3, 70);
      return {
        title: p.title(street),
        action: p.action(street, rng.int(3, 24)),
        status: rng.pick(['new', 'in-progress', 'in-progress', 'resolved'] as const),
        reviewed: dayOf(REFERENCE_MS - daysAgo * DAY_MS),
      };
    });
  const online = rng.chance(0.2);
  const place: Text = {
    kk: `№${point.number} учаскелік полиция пункті, ${point.address.kk}`,
    ru: `Участковый пункт полиции № ${point.number}, ${point.address.ru}`,
    en: `Police point No. ${point.number}, ${point.address.en}`,
  };
  const meetings = meetingMonths(rng).map((month) => {
    const start = meetingStart(rng, month);
    const held = Date.parse(`${start}:00+05:00`) < REFERENCE_MS;
    return {
      id: `${area.id}-${start.slice(0, 10)}`,
      start,
      duration: rng.pick([60, 60, 90]),
      ...(online ? { link: `https://meet.mps-demo.example/${area.id}` } : { place: { ...place } }),
      agenda: { ...rng.pick(AGENDAS) },
      ...(held ? { minutes: minutesText(rng.int(8, 40), rng.int(9, 45)) } : {}),
    };
  });
  return { area: area.id, priorities, meetings };
}

/** The priorities and meetings of about two demo areas in three. */
export function buildNeighbourhoods(
  seed: string,
  districts: BuiltDistrict[],
): BuiltNeighbourhood[] {
  const rng = makeRng(seed, 'neighbourhoods');
  return districts.flatMap((d) =>
    d.areas.flatMap((area, i) => {
      // The first area of each district always has one: the tests and the guides rely on it.
      if (i > 0 && !rng.chance(0.65)) return [];
      const point = d.points.find((p) => p.areas.includes(area))!;
      return [{ area: area.id, data: buildArea(rng, area, point) }];
    }),
  );
}
