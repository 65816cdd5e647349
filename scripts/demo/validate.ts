/**
 * Checks a built demo city before a file is written: every district, officer and news
 * frontmatter object against the zod models of src/models, and the references between them.
 */
import type { z } from 'astro/zod';
import { districtSchema } from '../../src/models/districts.ts';
import { neighbourhoodSchema } from '../../src/models/neighbourhoods.ts';
import { imageStandIn } from '../../src/models/image.ts';
import { newsSchema } from '../../src/models/news.ts';
import { officerSchema } from '../../src/models/officers.ts';
import type { City } from './city.ts';

// The generator writes pictures as plain paths, as the content files hold them.
const image = imageStandIn();
const officerModel = officerSchema({ image });
const newsModel = newsSchema({ image });

/** Fails, naming the file and the fields, unless every generated object matches its model. */
export function validateCity({ districts, officers, news, neighbourhoods }: City) {
  for (const n of neighbourhoods)
    validate(`neighbourhoods/${n.area}.yaml`, neighbourhoodSchema, n.data);
  for (const d of districts) validate(`districts/${d.def.id}.geojson`, districtSchema, d.json);
  for (const o of officers) validate(`officers/${o.id}.yaml`, officerModel, o.data);
  for (const n of news) {
    for (const lang of n.languages) validate(`news/${lang}/${n.key}.md`, newsModel, n.data[lang]);
  }
  crossCheck({ districts, officers, news });
}

function validate(file: string, schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`${file}: does not match the schema\n${issues}`);
  }
}

/** Officers serve areas of their own district, every area has one; news name known districts. */
function crossCheck({ districts, officers, news }: Omit<City, 'streets' | 'neighbourhoods'>) {
  const areaIds = new Map(districts.flatMap((d) => d.areas.map((a) => [a.id, d.def.id] as const)));
  const served = new Set<string>();
  for (const o of officers) {
    for (const a of o.data['areas'] as string[]) {
      if (areaIds.get(a) !== o.data['district']) {
        throw new Error(
          `officers/${o.id}.yaml: area "${a}" is not an area of "${String(o.data['district'])}"`,
        );
      }
      served.add(a);
    }
  }
  for (const a of areaIds.keys()) if (!served.has(a)) throw new Error(`area ${a} has no inspector`);
  const ids = new Set(districts.map((d) => d.def.id));
  for (const n of news) {
    const d = n.data.ru['district'];
    if (d !== undefined && !ids.has(d as string))
      throw new Error(`news ${n.key}: unknown district "${String(d)}"`);
  }
}
