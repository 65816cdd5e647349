/**
 * The inspector areas of a content tree as the finder's builder takes them, and their details
 * (title, link, inspectors) as the build draws them, with a stand-in address for each photo
 * (the build's are hashed names of the same length under /_astro/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n/locales.ts';
import { areaDetails, type OfficerSource } from '../../src/lib/finder/details.ts';
import type { AreaDetails, SourceArea } from '../../src/lib/finder/index.ts';
import { districtSchema } from '../../src/models/districts.ts';

type District = ReturnType<typeof districtSchema.parse> & { id: string };

function readDistricts(contentDir: string): District[] {
  const dir = join(contentDir, 'districts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((file) => ({
      ...districtSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
      id: file.replace(/\.geojson$/, ''),
    }));
}

export function readAreas(contentDir: string): SourceArea[] {
  return readDistricts(contentDir).flatMap((district) =>
    district.features.flatMap((f) =>
      f.properties.kind === 'area' ? [{ id: f.properties.id, streets: f.properties.streets }] : [],
    ),
  );
}

/** Each area's details in `lang`, by area id. */
export function readAreaDetails(contentDir: string, lang: Locale): Map<string, AreaDetails> {
  const dir = join(contentDir, 'officers');
  const officers = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const data = parse(readFileSync(join(dir, file), 'utf8')) as OfficerSource & {
        areas: string[];
        active?: boolean;
      };
      const id = file.replace(/\.yaml$/, '');
      return { ...data, id, photo: `/_astro/${id}.AbCd1234_Z1x2y3.webp` };
    })
    .filter((o) => o.active !== false);
  const details = new Map<string, AreaDetails>();
  for (const district of readDistricts(contentDir))
    for (const f of district.features) {
      if (f.properties.kind !== 'area') continue;
      const { id, number } = f.properties;
      const area = { id, number, districtId: district.id, districtName: district.name };
      const serving = officers.filter((o) => o.areas.includes(id));
      details.set(id, areaDetails(lang, area, serving));
    }
  return details;
}
