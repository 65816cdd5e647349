import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  describeProblem,
  joinList,
  OTHER_KIND_WORDS,
  PARITY_WORDS,
  splitList,
  wordValue,
} from '../../scripts/areas/layout.ts';

describe('the areas table layout', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 13, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'N',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('keeps list cells by position, so that names in three columns stay in step', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList('a; ; c')).toEqual(['a', '', 'c']);
    expect(splitList(joinList(['', 'x']))).toEqual(['', 'x']);
    expect(splitList(joinList(['x', '']))).toEqual(['x', '']);
  });

  it('reads the words in Russian and English, with or without ё, in any case', () => {
    expect(wordValue(PARITY_WORDS, 'Нечетные')).toBe('odd');
    expect(wordValue(PARITY_WORDS, ' чётные ')).toBe('even');
    expect(wordValue(PARITY_WORDS, 'ALL')).toBe('all');
    expect(wordValue(PARITY_WORDS, 'половина')).toBeUndefined();
    expect(wordValue(OTHER_KIND_WORDS, 'написание')).toBe('spelling');
  });

  it('says where a problem is, for the clerk and for the log', () => {
    expect(describeProblem({ row: 7, column: 'to', ru: 'плохо.', en: 'bad.' })).toEqual({
      ru: 'Строка 7, столбец M «Дома по»: плохо.',
      en: 'Row 7, column M (Houses to): bad.',
    });
    expect(describeProblem({ ru: 'нет строк.', en: 'no rows.' })).toEqual({
      ru: 'нет строк.',
      en: 'no rows.',
    });
  });
});
