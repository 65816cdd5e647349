/**
 * The layout of the areas table (docs/editors/areas-table.md): one row per street range of an
 * inspector area, the columns below in this order, a header row first. Export writes the
 * Russian headers and words; import also takes the English ones and the column keys.
 */
import type { HouseParity } from '../../src/lib/houses.ts';
import type { OtherNameKind } from '../../src/lib/finder/names.ts';

export interface Column {
  key: ColumnKey;
  ru: string;
  en: string;
}

export const COLUMNS = [
  { key: 'district', ru: 'Район', en: 'District' },
  { key: 'area', ru: 'Участок', en: 'Area' },
  { key: 'inspectors', ru: 'Инспекторы', en: 'Inspectors' },
  { key: 'point', ru: 'УПП', en: 'Police point' },
  { key: 'street_kk', ru: 'Улица (каз.)', en: 'Street (kk)' },
  { key: 'street_ru', ru: 'Улица (рус.)', en: 'Street (ru)' },
  { key: 'street_en', ru: 'Улица (англ.)', en: 'Street (en)' },
  { key: 'other_kk', ru: 'Другие названия (каз.)', en: 'Other names (kk)' },
  { key: 'other_ru', ru: 'Другие названия (рус.)', en: 'Other names (ru)' },
  { key: 'other_en', ru: 'Другие названия (англ.)', en: 'Other names (en)' },
  { key: 'other_kind', ru: 'Вид других названий', en: 'Kind of other names' },
  { key: 'from', ru: 'Дома с', en: 'Houses from' },
  { key: 'to', ru: 'Дома по', en: 'Houses to' },
  { key: 'houses', ru: 'Чётность', en: 'Houses' },
] as const satisfies readonly { key: string; ru: string; en: string }[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];
/** A row of the table by column key, each cell as text ('' when empty). */
export type Row = Record<ColumnKey, string>;

/** Several values in one cell (inspectors, other names) are separated by this. */
export const LIST_SEPARATOR = ';';
/**
 * The values of a list cell, by position: "a; ; c" is three, the second empty (the other names
 * of a street are matched by position across the language columns). An empty cell is none.
 */
export const splitList = (cell: string) =>
  cell.trim() === '' ? [] : cell.split(LIST_SEPARATOR).map((s) => s.trim());
export const joinList = (values: readonly string[]) => values.join(`${LIST_SEPARATOR} `).trim();

/** The words for which houses are served, Russian first (the one export writes). */
/** Words of a value: the first is the one export writes. */
export type Words = readonly [string, ...string[]];

export const PARITY_WORDS: Record<HouseParity, Words> = {
  all: ['все', 'all'],
  odd: ['нечётные', 'нечетные', 'odd'],
  even: ['чётные', 'четные', 'even'],
};

/** The words for the kind of another name, Russian first; an empty cell means former. */
export const OTHER_KIND_WORDS: Record<OtherNameKind, Words> = {
  former: ['бывшее', 'former'],
  spelling: ['написание', 'spelling'],
};

/** The value a word stands for in a table of words, or undefined. */
export function wordValue<T extends string>(words: Record<T, Words>, cell: string): T | undefined {
  const word = cell.trim().toLowerCase();
  return (Object.keys(words) as T[]).find((value) => words[value].includes(word));
}

/** The spreadsheet letter of a column position (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * What is wrong with a cell or row, for a clerk (Russian) and for the log (English). `row` is
 * the spreadsheet's row number (the header is row 1); `column` the key of the cell, if one.
 */
export interface Problem {
  /** Left out for what is missing from the table (an area with no rows). */
  row?: number | undefined;
  column?: ColumnKey | undefined;
  ru: string;
  en: string;
}

/**
 * "Строка 12, столбец F «Улица (рус.)»: …" and "Row 12, column F (Street (ru)): …", the column
 * named by its letter in the file read (`positions`, 1-based, from readTable) or in the layout.
 */
export function describeProblem(
  problem: Problem,
  positions?: ReadonlyMap<ColumnKey, number>,
): { ru: string; en: string } {
  if (problem.row === undefined) return { ru: problem.ru, en: problem.en };
  const column = COLUMNS.find((c) => c.key === problem.column);
  const at = column ? (positions?.get(column.key) ?? COLUMNS.indexOf(column) + 1) - 1 : -1;
  const where = {
    ru: `Строка ${problem.row}${column ? `, столбец ${columnLetter(at)} «${column.ru}»` : ''}`,
    en: `Row ${problem.row}${column ? `, column ${columnLetter(at)} (${column.en})` : ''}`,
  };
  return { ru: `${where.ru}: ${problem.ru}`, en: `${where.en}: ${problem.en}` };
}
