/**
 * Writes the inspector areas as a table (docs/editors/areas-table.md).
 *
 *   npm run export:areas -- [--out FILE] [--content DIR]
 *
 *   --out FILE     .xlsx or .csv (default: areas.xlsx)
 *   --content DIR  the content tree (default: the repository's content/)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readAreasContent } from './areas/content.ts';
import { areasTable } from './areas/export.ts';
import { formatOf, writeTable } from './areas/workbook.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'areas.xlsx' },
    content: { type: 'string', default: resolve(import.meta.dirname, '../content') },
  },
});
if (!formatOf(values.out)) {
  console.error(`export-areas: write a .xlsx or .csv file, not "${values.out}".`);
  process.exit(2);
}
const rows = areasTable(readAreasContent(values.content));
await writeTable(values.out, rows);
console.log(`export-areas: ${rows.length} rows written to ${values.out}`);
