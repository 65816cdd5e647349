import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, UI, useTranslations } from '../../src/i18n/index.ts';
import { PRIORITY_STATUSES } from '../../src/models/neighbourhoods.ts';
import { NEWS_CATEGORIES } from '../../src/models/news.ts';
import { RANKS } from '../../src/models/officers.ts';

const keys = (lang: (typeof LOCALES)[number]) => Object.keys(UI[lang]).sort();

describe('UI strings', () => {
  it.each(LOCALES)('%s has exactly the keys of every other locale', (lang) => {
    for (const other of LOCALES) expect(keys(lang), `${lang} vs ${other}`).toEqual(keys(other));
  });

  it.each(LOCALES)('%s has no empty string and keeps the placeholders of English', (lang) => {
    for (const [key, value] of Object.entries(UI[lang])) {
      expect(value.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(value), key).toEqual(names(UI.en[key as keyof typeof UI.en]));
    }
  });

  it('labels every news category and rank in every locale', () => {
    for (const lang of LOCALES) {
      for (const c of NEWS_CATEGORIES) expect(UI[lang]).toHaveProperty(`category.${c}`);
      for (const r of RANKS) expect(UI[lang]).toHaveProperty(`rank.${r}`);
      for (const s of PRIORITY_STATUSES) expect(UI[lang]).toHaveProperty(`priority.status.${s}`);
    }
  });

  /** Keys built at run time from a vocabulary: `category.${id}`, `rank.${id}`, `appeal.topic.${id}`… */
  const DYNAMIC = /^(category|rank|houses|appeal\.(kind|topic|status)|priority\.status)\./;

  it('every key a component or page uses exists, and every key is used', () => {
    const used = new Set<string>();
    let sources = '';
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts)$/.test(entry.name)) {
          const src = readFileSync(path, 'utf8');
          sources += src;
          for (const m of src.matchAll(/\bt\('([\w.-]+)'/g)) used.add(m[1]!);
        }
      }
    };
    walk('src');
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(Object.keys(UI.en), key).toContain(key);
    const unused = Object.keys(UI.en).filter(
      (k) => !DYNAMIC.test(k) && !sources.includes(`'${k}'`) && !sources.includes(`"${k}"`),
    );
    expect(unused, 'UI strings no code uses').toEqual([]);
  });

  it('fills placeholders and refuses a missing value', () => {
    const t = useTranslations('ru');
    expect(t('news.pageOf', { page: 2, total: 7 })).toBe('Страница 2 из 7');
    expect(() => t('news.pageOf', { page: 2 })).toThrow(/total/);
  });
});
