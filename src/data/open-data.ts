/** The open data about district inspectors: one row per officer and area, in three languages. */
import { LOCALES } from '../i18n';
import { getSite } from './site.ts';

export const INSPECTOR_FIELDS = [
  'officer_id',
  'name_kk',
  'name_ru',
  'name_en',
  'rank',
  'phones',
  'email',
  'district',
  'areas',
  'police_point',
  'police_point_address_kk',
  'police_point_address_ru',
  'police_point_address_en',
  'reception_hours_kk',
  'reception_hours_ru',
  'reception_hours_en',
] as const;

export type InspectorRow = Record<(typeof INSPECTOR_FIELDS)[number], string>;

export async function inspectorRows(): Promise<InspectorRow[]> {
  const site = await getSite();
  return site.officers.map((o) => {
    const d = o.data;
    const row = {
      officer_id: o.id,
      rank: d.rank,
      phones: d.phones.join('; '),
      email: d.email ?? '',
      district: d.district,
      areas: d.areas.join('; '),
      police_point: String(d.policePoint.number),
    } as InspectorRow;
    for (const lang of LOCALES) {
      row[`name_${lang}`] = d.name[lang];
      row[`police_point_address_${lang}`] = d.policePoint.address[lang];
      row[`reception_hours_${lang}`] = d.receptionHours[lang];
    }
    return row;
  });
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(rows: readonly InspectorRow[]): string {
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  return [
    INSPECTOR_FIELDS.map(quote).join(','),
    ...rows.map((r) => INSPECTOR_FIELDS.map((f) => quote(r[f])).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}
