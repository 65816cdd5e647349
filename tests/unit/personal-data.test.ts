import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/personal-data.ts';

describe('personal data in a text to publish', () => {
  it('finds phones, e-mail addresses, the applicant’s name and surname-like words', () => {
    const kinds = findPersonalData(
      'Меня зовут Айгерим Сапарова, тел. 8 (701) 234-56-78, почта aigerim@example.kz. Участковый Петров А.Б. не пришёл.',
      ['Айгерим Сапарова'],
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: 'phone', text: '8 (701) 234-56-78' },
        { kind: 'email', text: 'aigerim@example.kz' },
        { kind: 'name', text: 'Айгерим' },
        { kind: 'name', text: 'Сапарова' },
        { kind: 'name', text: 'Петров А.Б.' },
      ]),
    );
  });

  it('finds Kazakh patronymic forms and Latin surnames', () => {
    expect(findPersonalData('Хат жазған Нұрлан Серікұлы', []).map((f) => f.text)).toContain(
      'Серікұлы',
    );
    expect(findPersonalData('Inspector Kassymov did not come', []).map((f) => f.text)).toContain(
      'Kassymov',
    );
  });

  it('leaves short numbers, dates and plain text alone', () => {
    expect(
      findPersonalData('Позвоните 102 или 112. Дом 12/1, квартира 45, 21 марта 2026 года.'),
    ).toEqual([]);
  });
});
