/**
 * The CMS's Markdown format: reads and writes front matter like Decap's own, and gives no
 * text for a language nobody wrote, so that no empty translation file is ever saved.
 */
import { describe, expect, it } from 'vitest';
import { skipBlankFiles, translatedFrontmatter } from '../../src/cms/formats.ts';

const format = translatedFrontmatter(['title', 'summary', 'body']);

describe('translated front matter', () => {
  it('reads front matter and body', () => {
    expect(format.fromFile('---\ntitle: Жол\ndate: 2026-11-20\n---\n\nМәтін.\n')).toEqual({
      title: 'Жол',
      date: '2026-11-20',
      body: 'Мәтін.\n',
    });
    expect(format.fromFile('---\r\ntitle: A\r\n---\r\nB')).toEqual({ title: 'A', body: 'B' });
    expect(format.fromFile('no front matter')).toEqual({ body: 'no front matter' });
  });

  it("writes fields in Decap's order, drops empty optional ones, and reads back the same", () => {
    const data = {
      summary: 'Кратко: о чём новость.',
      title: 'Заголовок: с двоеточием',
      district: '',
      draft: false,
      body: 'Текст.\n\n---\n\nЕщё текст.',
    };
    const text = format.toFile(data, ['title', 'summary', 'district', 'draft', 'body']);
    expect(text.startsWith('---\ntitle: "Заголовок: с двоеточием"\nsummary:')).toBe(true);
    expect(text).not.toContain('district');
    const { district: _district, ...expected } = data;
    expect(format.fromFile(text)).toEqual({ ...expected, body: `${data.body}\n` });
  });

  it('gives no text for a language in which no translated field is filled in', () => {
    // Decap copies shared fields into every language; those alone are not a translation.
    const shared = { translationKey: '2026-11-20-x', date: '2026-11-20', category: 'events' };
    expect(format.toFile(shared)).toBe('');
    expect(format.toFile({ ...shared, title: '  ', body: '\n' })).toBe('');
    expect(format.toFile({ ...shared, title: 'Title' })).toContain('title: Title');
  });

  it('leaves blank files out of what a backend saves', () => {
    const entry = {
      dataFiles: [
        { path: 'content/news/kk/x.md', raw: '---\ntitle: A\n---\n' },
        { path: 'content/news/en/x.md', raw: '\n' },
      ],
      assets: [],
    };
    expect(skipBlankFiles(entry)).toEqual({ ...entry, dataFiles: [entry.dataFiles[0]] });
  });
});
