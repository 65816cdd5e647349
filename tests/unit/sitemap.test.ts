/** One page per template, for the scans and the Lighthouse bench (scripts/lib/sitemap.ts). */
import { describe, expect, it } from 'vitest';
import { onePerTemplate, templateKey } from '../../scripts/lib/sitemap.ts';

describe('templates guessed from paths', () => {
  it('folds slugs and page numbers, but not the chief’s form, answers and status lookup', () => {
    expect(templateKey('/kk/news/a-story/')).toBe('kk/news/*');
    expect(templateKey('/kk/news/2/')).toBe('kk/news/#');
    expect(templateKey('/kk/chief/a-post/')).toBe('kk/chief/*');
    expect(templateKey('/kk/chief/ask/')).toBe('kk/chief/ask');
    expect(templateKey('/kk/chief/answers/')).toBe('kk/chief/answers');
    expect(templateKey('/kk/chief/status/')).toBe('kk/chief/status');
  });

  it('keeps the first page of each template', () => {
    expect(
      onePerTemplate(['/ru/chief/b/', '/ru/chief/a/', '/ru/chief/ask/', '/ru/', '/ru/news/2/']),
    ).toEqual(['/ru/', '/ru/chief/a/', '/ru/chief/ask/', '/ru/news/2/']);
  });
});
