/** One row of the areas table read into a street range, as the district's file writes it. */
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { STREET_NAME_LENGTH, type StreetRange } from '../../src/models/districts.ts';
import {
  OTHER_KIND_WORDS,
  PARITY_WORDS,
  splitList,
  wordValue,
  type ColumnKey,
  type Row,
} from './layout.ts';

/** Reports a problem of a row (and column); see `Problem` in layout.ts. */
export type Report = (
  row: number | undefined,
  column: ColumnKey | undefined,
  ru: string,
  en: string,
) => void;

export const wholeNumber = (cell: string) =>
  /^\d{1,6}$/.test(cell.trim()) ? Number(cell.trim()) : NaN;

/** The bounds of a street name: the street model's. */
const NAME = STREET_NAME_LENGTH;

/** The street range of a row, or undefined (and problems reported) when a cell is wrong. */
export function readRange(row: number, cells: Row, problem: Report): StreetRange | undefined {
  let bad = false;
  const report: Report = (...args) => {
    bad = true;
    problem(...args);
  };
  const text = (column: ColumnKey, value: string, what: { ru: string; en: string }) => {
    if (value.length < NAME[0] || value.length > NAME[1])
      report(
        row,
        column,
        `${what.ru}: нужно от ${NAME[0]} до ${NAME[1]} знаков (сейчас ${value.length}).`,
        `${what.en}: write ${NAME[0]} to ${NAME[1]} characters (now ${value.length}).`,
      );
    return value;
  };
  const name = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      text(`street_${l}`, cells[`street_${l}`].trim(), {
        ru: 'название улицы',
        en: 'the street name',
      }),
    ]),
  ) as Record<Locale, string>;

  const columns = LOCALES.map((l) => splitList(cells[`other_${l}`]));
  const kinds = splitList(cells.other_kind);
  const count = Math.max(0, ...columns.map((c) => c.length));
  if (kinds.length > count)
    report(
      row,
      'other_kind',
      `видов больше (${kinds.length}), чем других названий (${count}).`,
      `more kinds (${kinds.length}) than other names (${count}).`,
    );
  const otherNames = Array.from({ length: count }, (_, i) => {
    const otherName = Object.fromEntries(
      LOCALES.flatMap((l, c) => {
        const value = columns[c]![i] ?? '';
        return value
          ? [
              [
                l,
                text(`other_${l}`, value, {
                  ru: `другое название № ${i + 1}`,
                  en: `other name ${i + 1}`,
                }),
              ],
            ]
          : [];
      }),
    );
    if (Object.keys(otherName).length === 0)
      report(
        row,
        'other_ru',
        `другое название № ${i + 1} пустое во всех языках.`,
        `other name ${i + 1} is empty in every language.`,
      );
    const kind = kinds[i] ? wordValue(OTHER_KIND_WORDS, kinds[i]) : 'former';
    if (!kind)
      report(
        row,
        'other_kind',
        `«${kinds[i]}»: напишите «бывшее» или «написание».`,
        `"${kinds[i]}": write "former" or "spelling".`,
      );
    return { name: otherName, kind: kind ?? 'former' };
  });

  const house = (column: 'from' | 'to') => {
    const cell = cells[column].trim();
    if (cell === '') return undefined;
    const n = wholeNumber(cell);
    if (!(n >= 1))
      report(
        row,
        column,
        `«${cell}»: напишите номер дома целым числом от 1 или оставьте пустым.`,
        `"${cell}": write a house number (a whole number from 1) or leave it empty.`,
      );
    return n;
  };
  const from = house('from');
  const to = house('to');
  if (from !== undefined && to !== undefined && from > to)
    report(
      row,
      'to',
      `последний дом (${to}) меньше первого (${from}).`,
      `the last house (${to}) is lower than the first (${from}).`,
    );
  const houses = cells.houses.trim() === '' ? 'all' : wordValue(PARITY_WORDS, cells.houses);
  if (!houses)
    report(
      row,
      'houses',
      `«${cells.houses}»: напишите «все», «нечётные» или «чётные».`,
      `"${cells.houses}": write "all", "odd" or "even".`,
    );
  if (bad || !houses) return undefined;
  return {
    name,
    otherNames,
    houses,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** The range as the district's file writes it: other names only when there are some. */
export function fileRange(range: StreetRange) {
  return {
    name: range.name,
    ...(range.otherNames.length ? { otherNames: range.otherNames } : {}),
    houses: range.houses,
    ...(range.from === undefined ? {} : { from: range.from }),
    ...(range.to === undefined ? {} : { to: range.to }),
  };
}
