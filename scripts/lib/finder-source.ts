/** The inspector areas of a content tree, as the finder's index builder takes them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceArea } from '../../src/lib/finder/index.ts';
import { districtSchema } from '../../src/models/districts.ts';

export function readAreas(contentDir: string): SourceArea[] {
  const dir = join(contentDir, 'districts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .flatMap((file) => {
      const district = districtSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      return district.features.flatMap((f) =>
        f.properties.kind === 'area'
          ? [{ id: f.properties.id, streets: f.properties.streets }]
          : [],
      );
    });
}
