/**
 * Decap's Russian interface, completed by src/cms/locales/ru.ts: with Decap's own phrases, every
 * key of the English locale, the same placeholders, and no Decap phrase replaced.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import ru from 'decap-cms-locales/dist/esm/ru/index.js';
import { describe, expect, it } from 'vitest';
import { ruMissing, withPhrases } from '../../src/cms/locales/ru.ts';

type Tree = Record<string, unknown>;
const leaves = (tree: Tree, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
const placeholders = (text: unknown) =>
  String(text)
    .match(/%\{[^}]*\}/g)
    ?.sort() ?? [];

describe("Decap's Russian interface", () => {
  const merged = new Map(leaves(withPhrases(ru as never, ruMissing)));
  const english = new Map(leaves(en));
  const decap = new Map(leaves(ru));

  it('has every phrase of the English locale, with its placeholders', () => {
    expect([...english.keys()].filter((key) => !merged.has(key))).toEqual([]);
    for (const [key, text] of english)
      expect(placeholders(merged.get(key)), key).toEqual(placeholders(text));
  });

  it('adds only what Decap lacks, and nothing English has not', () => {
    const added = leaves(ruMissing).map(([key]) => key);
    expect(added.filter((key) => decap.has(key))).toEqual([]);
    expect(added.filter((key) => !english.has(key))).toEqual([]);
    for (const [key, text] of leaves(ruMissing)) expect(text, key).not.toBe(english.get(key));
  });
});
