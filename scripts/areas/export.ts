/** The areas table from the content: one row per street range, areas in their files' order. */
import { LOCALES } from '../../src/i18n/locales.ts';
import type { AreasContent } from './content.ts';
import { joinList, OTHER_KIND_WORDS, PARITY_WORDS, type Row } from './layout.ts';

export function areasTable({ districts, officers }: AreasContent): Row[] {
  return districts.flatMap((district) =>
    district.data.features.flatMap((feature) => {
      const area = feature.properties;
      if (area.kind !== 'area') return [];
      const serving = officers.filter((o) => o.areas.includes(area.id));
      const inspectors = joinList(serving.map((o) => o.id));
      const point = joinList([...new Set(serving.map((o) => String(o.point)))]);
      return area.streets.map((range): Row => {
        const other = Object.fromEntries(
          LOCALES.map((l) => [
            `other_${l}`,
            joinList(range.otherNames.map((o) => o.name[l] ?? '')),
          ]),
        ) as Pick<Row, 'other_kk' | 'other_ru' | 'other_en'>;
        return {
          district: district.id,
          area: String(area.number),
          inspectors,
          point,
          street_kk: range.name.kk,
          street_ru: range.name.ru,
          street_en: range.name.en,
          ...other,
          other_kind: joinList(range.otherNames.map((o) => OTHER_KIND_WORDS[o.kind][0])),
          from: range.from === undefined ? '' : String(range.from),
          to: range.to === undefined ? '' : String(range.to),
          houses: PARITY_WORDS[range.houses][0],
        };
      });
    }),
  );
}
