/**
 * The areas table as a file: an Excel workbook (.xlsx, the first sheet) or a CSV file (UTF-8,
 * `;` or `,` between cells, as Excel in Russian writes it), read and written with exceljs.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { NumberedRow } from './import.ts';
import { COLUMNS, type ColumnKey, type Problem, type Row } from './layout.ts';

/** Columns a table must have; the others may be left out (their cells are then empty). */
const REQUIRED: readonly ColumnKey[] = ['district', 'area', 'street_kk', 'street_ru', 'street_en'];
const SHEET = 'Участки';

type Format = 'xlsx' | 'csv';
export function formatOf(file: string): Format | undefined {
  const ext = extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : undefined;
}

const headerKey = (text: string): ColumnKey | undefined => {
  const h = text.trim().toLowerCase();
  return COLUMNS.find((c) => [c.key, c.ru, c.en].some((name) => name.toLowerCase() === h))?.key;
};

export interface Table {
  rows: NumberedRow[];
  problems: Problem[];
  /** Where each column is in the file (1-based), for the problems' column letters. */
  positions: Map<ColumnKey, number>;
}

export async function readTable(file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  if (formatOf(file) === 'xlsx') {
    await workbook.xlsx.readFile(file);
    sheet = workbook.worksheets[0];
  } else {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const first = text.split('\n', 1)[0] ?? '';
    const delimiter =
      (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ';' : ',';
    sheet = await workbook.csv.read(Readable.from([text]), {
      map: (value: unknown) => value,
      parserOptions: { delimiter },
    });
  }
  const problems: Problem[] = [];
  if (!sheet || sheet.rowCount === 0)
    return {
      rows: [],
      problems: [{ row: 1, ru: 'таблица пуста.', en: 'the table is empty.' }],
      positions: new Map(),
    };

  const header = sheet.getRow(1);
  const positions = new Map<ColumnKey, number>();
  header.eachCell((cell, position) => {
    const key = headerKey(cell.text);
    if (key) positions.set(key, position);
    else if (cell.text.trim())
      problems.push({
        row: 1,
        ru: `неизвестный столбец «${cell.text}». Столбцы: ${COLUMNS.map((c) => c.ru).join(', ')}.`,
        en: `unknown column "${cell.text}". Columns: ${COLUMNS.map((c) => c.en).join(', ')}.`,
      });
  });
  const missing = REQUIRED.filter((key) => !positions.has(key));
  if (missing.length) {
    const names = (lang: 'ru' | 'en') =>
      missing.map((key) => COLUMNS.find((c) => c.key === key)![lang]).join(', ');
    problems.push({
      row: 1,
      ru: `нет столбцов: ${names('ru')}.`,
      en: `missing columns: ${names('en')}.`,
    });
  }

  const rows: NumberedRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells = Object.fromEntries(
      COLUMNS.map((c) => {
        const position = positions.get(c.key);
        if (!position) return [c.key, ''];
        const cell = row.getCell(position);
        // A formula the file keeps no value of would read as empty: "the whole street".
        const result = cell.type === ExcelJS.ValueType.Formula ? cell.result : undefined;
        if (
          cell.type === ExcelJS.ValueType.Formula &&
          (result == null || typeof result === 'object')
        )
          problems.push({
            row: number,
            column: c.key,
            ru: 'формула без сохранённого значения: пересчитайте таблицу в Excel или впишите значение.',
            en: 'a formula with no stored value: recalculate the table in Excel or write the value.',
          });
        return [c.key, cell.text.trim()];
      }),
    ) as Row;
    if (Object.values(cells).some(Boolean)) rows.push({ row: number, cells });
  }
  return { rows, problems, positions };
}

export async function writeTable(file: string, rows: readonly Row[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.ru,
    key: c.key,
    width: Math.max(10, c.ru.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  if (formatOf(file) === 'xlsx') await workbook.xlsx.writeFile(file);
  else
    await workbook.csv.writeFile(file, {
      formatterOptions: { delimiter: ';', writeBOM: true },
    });
}
