/**
 * Reads a table of inspector areas (docs/editors/areas-table.md) into the districts' files
 * and the officers' areas. Nothing is written when any row is wrong: each problem is printed
 * with its row and column, in Russian and in English.
 *
 *   npm run import:areas -- FILE [--dry-run] [--content DIR]
 *
 *   FILE           .xlsx or .csv
 *   --dry-run      print what would change, write nothing
 *   --content DIR  the content tree (default: the repository's content/)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { districtPath, officerPath, readAreasContent } from './areas/content.ts';
import { importAreas } from './areas/import.ts';
import { describeProblem } from './areas/layout.ts';
import { formatOf, readTable } from './areas/workbook.ts';
import { geojsonText } from './lib/content-files.ts';

const started = performance.now();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string', default: resolve(import.meta.dirname, '../content') },
  },
});
const file = positionals[0];
if (!file || !formatOf(file)) {
  console.error(
    'import-areas: give a .xlsx or .csv file: npm run import:areas -- FILE [--dry-run]',
  );
  process.exit(2);
}

const table = await readTable(file);
const result = table.problems.length
  ? { problems: table.problems, districts: [], officers: [], changes: [] }
  : importAreas(table.rows, readAreasContent(values.content));
const figures = () =>
  `${table.rows.length} rows, ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
  `peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`;

if (result.problems.length) {
  for (const problem of result.problems) {
    const { ru, en } = describeProblem(problem);
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
