/** What a text field accepts (src/lib/text.ts), on its own and inside the appeal schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAppeal } from '../../src/lib/appeal.ts';
import {
  cleanText,
  hasForbiddenCharacters,
  isPersonName,
  replaceForbiddenCharacters,
} from '../../src/lib/text.ts';

const valid = {
  kind: 'question',
  topic: 'other',
  text: 'Когда участковый принимает жителей нашего дома?',
  name: 'Айгерим Сапарова',
  email: 'aigerim@example.kz',
  answerLanguage: 'ru',
  consent: 'on',
};

describe('forbidden characters', () => {
  it('finds control characters and lone surrogates, and allows tabs and line breaks', () => {
    for (const bad of [
      'a\u0000b',
      'a\u0007',
      '\u001b[31m',
      'x\u007f',
      '\u0085',
      'a\ud800',
      '\udc00z',
    ])
      expect(hasForbiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['Сәлем\tәлем\r\n', 'Қазақ тілі', '👮 102', 'a\u200db', '\u202eRTL'])
      expect(hasForbiddenCharacters(good), JSON.stringify(good)).toBe(false);
  });

  it('replaces them so that any string can be stored', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hasForbiddenCharacters(replaceForbiddenCharacters(s))).toBe(false);
      }),
    );
  });

  it('cleans to one stored form: trimmed, \\n line breaks, NFC', () => {
    expect(cleanText('  a\r\nb\rc  ')).toBe('a\nb\nc');
    expect(cleanText('е\u0308')).toBe('ё');
  });
});

describe('names', () => {
  it('takes names as people write them, in any script', () => {
    for (const name of ['Айгерим Сапарова', "O'Brien", 'Жанна-Мария', 'А. Б. Иванов', 'Ұлжан'])
      expect(isPersonName(name), name).toBe(true);
  });

  it('refuses links, digits, symbols and messages', () => {
    for (const name of ['example.kz', 'www kaspi', 'Win 1000$', 'a<b>', 'Ivan http://x', 'А'])
      expect(isPersonName(name), name).toBe(false);
  });
});

describe('the appeal schema', () => {
  it('refuses a control character in the text or the name with its own message', () => {
    const text = parseAppeal({ ...valid, text: `${valid.text}\u0000` });
    expect(text).toEqual({ ok: false, errors: { text: 'appeal.error.characters' } });
    const name = parseAppeal({ ...valid, name: 'Айгерим\u0007' });
    expect(name).toEqual({ ok: false, errors: { name: 'appeal.error.characters' } });
    const link = parseAppeal({ ...valid, name: 'Prize at example.kz' });
    expect(link).toEqual({ ok: false, errors: { name: 'appeal.error.nameCharacters' } });
  });

  it('stores the text trimmed and in NFC', () => {
    const text = 'Почему ночью не горят фонари на улице Жолдасбекова? Ещё с осени.';
    const decomposed = `  ${text.replace('Ещё', 'Еще\u0308')}\r\n`;
    expect(decomposed).not.toContain('ё');
    const parsed = parseAppeal({ ...valid, text: decomposed });
    expect(parsed.ok && parsed.appeal.text).toBe(text);
  });
});
