import { readFileSync } from 'node:fs';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { kk } from '../../src/cms/locales/kk.ts';

/**
 * Words a translation keeps as they are. A leaf whose English text, without these words and
 * without its placeholders, has fewer than 3 letters may stay identical to English.
 */
const KEPT_AS_IS = [
  'Markdown',
  'Decap',
  'GitHub',
  'GitLab',
  'Bitbucket',
  'Netlify',
  'Gitea',
  'Forgejo',
  'Azure',
];
const PLACEHOLDER = /%\{[^}]*\}/g;
const PLURAL_SEPARATOR = '||||';

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf of a nested locale, by its dotted path, in the order of the keys. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTree(value)) for (const [p, v] of leaves(value, path)) found.set(p, v);
    else found.set(path, value);
  }
  return found;
}

const placeholders = (text: string) => [...new Set(text.match(PLACEHOLDER))].sort().join(' ');

function mayStayEnglish(text: string): boolean {
  let rest = text.replace(PLACEHOLDER, '');
  for (const word of KEPT_AS_IS) rest = rest.replaceAll(word, '');
  return (rest.match(/\p{L}/gu) ?? []).length < 3;
}

/** What is wrong with a translation of `reference`, one line per fault. */
function localeProblems(reference: Tree, translation: Tree): string[] {
  const source = leaves(reference);
  const target = leaves(translation);
  const problems: string[] = [];
  for (const path of source.keys()) if (!target.has(path)) problems.push(`${path}: missing`);
  for (const path of target.keys()) if (!source.has(path)) problems.push(`${path}: not in en`);
  if (problems.length === 0) {
    const order = [...target.keys()];
    const moved = [...source.keys()].find((path, i) => order[i] !== path);
    if (moved) problems.push(`${moved}: not in the order of en`);
  }
  for (const [path, english] of source) {
    const text = target.get(path);
    if (!target.has(path) || typeof english !== 'string') continue;
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${path}: not a non-empty string`);
      continue;
    }
    const englishParts = english.split(PLURAL_SEPARATOR);
    const parts = text.split(PLURAL_SEPARATOR);
    if (parts.length !== englishParts.length)
      problems.push(`${path}: ${parts.length} plural forms, en has ${englishParts.length}`);
    else
      parts.forEach((part, i) => {
        if (placeholders(part) !== placeholders(englishParts[i] ?? ''))
          problems.push(`${path}: placeholders {${placeholders(part)}} differ from en`);
      });
    if (text === english && !mayStayEnglish(english)) problems.push(`${path}: left in English`);
  }
  return problems;
}

/** A copy of `tree` with the leaf at `path` replaced, or removed when `value` is undefined. */
function withLeaf(tree: Tree, path: string, value?: unknown): Tree {
  const copy = structuredClone(tree);
  const keys = path.split('.');
  const last = keys.pop()!;
  let node: Tree = copy;
  for (const key of keys) {
    const next = node[key];
    if (!isTree(next)) throw new Error(`no ${key} in ${path}`);
    node = next;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the Kazakh interface of Decap CMS', () => {
  it('reads the whole English locale', () => {
    expect(leaves(en).size).toBeGreaterThan(240);
  });

  it('translates every string of the English locale and nothing else', () => {
    expect(localeProblems(en, kk)).toEqual([]);
  });

  it('translates the English locale of the installed Decap', () => {
    const locales = readJson('node_modules/decap-cms-locales/package.json');
    const app = readJson('node_modules/decap-cms-app/package.json');
    expect(locales).toHaveProperty('version');
    const { version } = locales as { version: string };
    expect(app).toHaveProperty(['dependencies', 'decap-cms-locales'], version);
    expect(readFileSync('src/cms/locales/kk.ts', 'utf8')).toContain(
      `translates decap-cms-locales ${version}'s \`en\``,
    );
  });
});

describe('the check of a translation', () => {
  const kkTree: Tree = kk;
  const problemsWith = (path: string, value?: unknown) =>
    localeProblems(en, withLeaf(kkTree, path, value));

  it('sees a missing key and a key English does not have', () => {
    expect(problemsWith('auth.login')).toEqual(['auth.login: missing']);
    expect(problemsWith('auth.logout', 'Шығу')).toEqual(['auth.logout: not in en']);
    expect(problemsWith('auth.errors', 'Қате')).toContain('auth.errors.email: missing');
  });

  it('sees keys out of order', () => {
    const { login, ...rest } = kk.auth;
    expect(localeProblems(en, { ...kk, auth: { ...rest, login } })).toEqual([
      'auth.login: not in the order of en',
    ]);
  });

  it('sees an empty or non-string leaf', () => {
    expect(problemsWith('auth.login', ' ')).toEqual(['auth.login: not a non-empty string']);
    expect(problemsWith('auth.login', 1)).toEqual(['auth.login: not a non-empty string']);
    expect(problemsWith('auth.login', ['Кіру'])).toEqual(['auth.login: not a non-empty string']);
  });

  it('sees a lost, renamed or added placeholder', () => {
    const path = 'ui.toast.onFailToDelete';
    expect(problemsWith(path, 'Жазбаны жою мүмкін болмады')).toEqual([
      `${path}: placeholders {} differ from en`,
    ]);
    expect(problemsWith(path, 'Жазбаны жою мүмкін болмады: %{detail}')).toEqual([
      `${path}: placeholders {%{detail}} differ from en`,
    ]);
    expect(problemsWith(path, '%{size}: %{details}')).toEqual([
      `${path}: placeholders {%{details} %{size}} differ from en`,
    ]);
  });

  it('sees a plural form lost, added, or without its number', () => {
    const path = 'workflow.workflowList.currentEntries';
    expect(problemsWith(path, '%{smart_count} жазба')).toEqual([
      `${path}: 1 plural forms, en has 2`,
    ]);
    expect(
      problemsWith(path, '%{smart_count} a |||| %{smart_count} b |||| %{smart_count} c'),
    ).toEqual([`${path}: 3 plural forms, en has 2`]);
    expect(problemsWith(path, '%{smart_count} жазба |||| жазбалар')).toEqual([
      `${path}: placeholders {} differ from en`,
    ]);
  });

  it('sees English left untranslated, but lets brands and placeholders stay', () => {
    expect(problemsWith('auth.login', 'Login')).toEqual(['auth.login: left in English']);
    expect(problemsWith('auth.loginWithGitHub', 'Login with GitHub')).toEqual([
      'auth.loginWithGitHub: left in English',
    ]);
    expect(problemsWith('editor.editorWidgets.markdown.markdown', 'Markdown')).toEqual([]);
    expect(problemsWith('ui.toast.onFailToAuth', '%{details}')).toEqual([]);
    expect(problemsWith('collection.collectionTop.newButton', '＋ %{collectionLabel}')).toEqual([]);
  });
});
