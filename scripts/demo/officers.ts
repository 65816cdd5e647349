/** The demo officers: one invented district inspector per area of the built districts. */
import type { BuiltArea, BuiltDistrict } from './areas.ts';
import { inventPerson, pickRank, receptionHours } from './people.ts';
import { makeRng } from './rng.ts';
import { portraitSvg } from './svg.ts';
import { pad2 } from './text.ts';

export interface BuiltOfficer {
  id: string;
  /** The content of officers/<id>.yaml. */
  data: Record<string, unknown>;
  /** The placeholder portrait, officers/photos/<id>.svg. */
  svg: string;
}

/**
 * One district inspector per area, with a police point, phones and reception hours. Draws from
 * the PRNG stream "officers".
 */
export function buildOfficers(seed: string, districts: BuiltDistrict[]): BuiltOfficer[] {
  const rng = makeRng(seed, 'officers');
  const taken = new Set<string>();
  const officers: BuiltOfficer[] = [];
  // In a few districts the inspector of one area also covers the neighbouring area.
  const covering = new Set(rng.shuffle(districts.map((d) => d.def.id)).slice(0, 3));
  for (const d of districts) {
    d.points.forEach((point, j) => {
      for (const area of point.areas) {
        const person = inventPerson(rng, taken);
        const areas = [area.id];
        if (covering.has(d.def.id) && j === 0 && area === point.areas[0]) {
          areas.push((point.areas[1] as BuiltArea).id);
        }
        const phones = [`+7 727 000 ${d.order}${area.number} ${pad2(rng.int(10, 99))}`];
        if (rng.chance(0.4)) phones.push(`+7 727 000 ${d.order}9 ${pad2(point.number)}`);
        const data: Record<string, unknown> = {
          name: person.name,
          rank: pickRank(rng),
          photo: `./photos/${person.id}.svg`,
          photoAlt: {
            kk: `Демонстрациялық уақытша портрет (нақты фото емес): ${person.name.kk}`,
            ru: `Демонстрационный портрет-заглушка: ${person.name.ru}`,
            en: `Placeholder demo portrait: ${person.name.en}`,
          },
          phones,
          ...(rng.chance(0.7) ? { email: `${person.id}@mps-demo.example` } : {}),
          receptionHours: receptionHours(rng),
          policePoint: { number: point.number, address: point.address },
          district: d.def.id,
          areas,
        };
        officers.push({ id: person.id, data, svg: portraitSvg(person, rng) });
      }
    });
  }
  return officers;
}
