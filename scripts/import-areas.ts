/**
 * Reads a table of inspector areas (docs/editors/areas-table.md) into the districts' files
 * and the officers' areas. Nothing is written when any row is wrong: each problem is printed
 * with its row and column, in Russian and in English.
 *
 *   npm run import:areas -- [FILE] [--boundaries GEOJSON] [--dry-run] [--content DIR]
 *
 *   FILE           .xlsx or .csv: the areas' streets and inspectors
 *   --boundaries   a GeoJSON FeatureCollection of boundaries (see scripts/areas/boundaries.ts)
 *   --dry-run      print what would change, write nothing
 *   --content DIR  the content tree (default: the repository's content/)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { applyBoundaries } from './areas/boundaries.ts';
import { districtPath, officerPath, readAreasContent } from './areas/content.ts';
import { importAreas } from './areas/import.ts';
import { describeProblem } from './areas/layout.ts';
import { formatOf, readTable, type Table } from './areas/workbook.ts';
import { geojsonText } from './lib/content-files.ts';

const started = performance.now();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    boundaries: { type: 'string' },
    content: { type: 'string', default: resolve(import.meta.dirname, '../content') },
  },
});
const file = positionals[0];
if ((!file && !values.boundaries) || (file && !formatOf(file))) {
  console.error(
    'import-areas: give a .xlsx or .csv table, a --boundaries GeoJSON file, or both: ' +
      'npm run import:areas -- FILE [--boundaries GEOJSON] [--dry-run]',
  );
  process.exit(2);
}

const table: Table = file
  ? await readTable(file)
  : { rows: [], problems: [], positions: new Map() };
const drawn = values.boundaries
  ? applyBoundaries(
      readAreasContent(values.content),
      JSON.parse(readFileSync(values.boundaries, 'utf8')),
    )
  : { content: readAreasContent(values.content), changed: [], problems: [] };
const found = [...table.problems, ...drawn.problems];
const result = found.length
  ? { problems: found, districts: [], officers: [], changes: [] }
  : importAreas(table.rows, drawn.content, drawn.changed);
const figures = () =>
  `${table.rows.length} rows, ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
  `peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`;

if (result.problems.length) {
  for (const problem of result.problems) {
    const { ru, en } = describeProblem(problem, table.positions);
    console.error(`${ru}\n  ${en}`);
  }
  console.error(
    `import-areas: ${result.problems.length} problem(s); nothing was written (${figures()}).`,
  );
  process.exit(1);
}

for (const line of result.changes) console.log(line);
if (values['dry-run']) {
  console.log(
    `import-areas: dry run, would change ${result.districts.length} district file(s) and ` +
      `${result.officers.length} officer file(s) (${figures()})`,
  );
  process.exit(0);
}
for (const { id, json } of result.districts)
  writeFileSync(districtPath(values.content, id), geojsonText(json));
for (const { id, areas } of result.officers) {
  const path = officerPath(values.content, id);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.set('areas', areas);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
console.log(
  `import-areas: changed ${result.districts.length} district file(s) and ` +
    `${result.officers.length} officer file(s) (${figures()})`,
);
