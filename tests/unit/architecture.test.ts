import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  forbiddenPackages,
  importCycles,
  importGraph,
  layerOf,
  layerViolations,
  readLayers,
  specifiersOf,
  type ImportEdge,
} from '../../scripts/lib/imports.ts';

const layers = readLayers(readFileSync('docs/architecture.md', 'utf8'));
const edges = importGraph('.', ['src', 'functions', 'scripts']);

/** Browser code: no Node modules, no Astro virtual modules. */
const BROWSER_ONLY = /^(node:|astro:)/;
const BROWSER_LAYERS = ['i18n', 'lib', 'views', 'scripts', 'service-worker'];

describe('the layers of docs/architecture.md', () => {
  it('are read from the document', () => {
    expect(layers.map((l) => l.name)).toEqual(expect.arrayContaining(['lib', 'server', 'pages']));
    for (const layer of layers)
      for (const name of layer.mayImport)
        expect([...layers.map((l) => l.name), 'public'], `${layer.name} → ${name}`).toContain(name);
  });

  it('hold every source file', () => {
    const files = new Set(edges.map((e) => e.from));
    expect([...files].filter((f) => !layerOf(layers, f))).toEqual([]);
  });

  it('are kept by every import', () => {
    expect(layerViolations(layers, edges)).toEqual([]);
  });

  it('keep Node and Astro modules out of the code that runs in the browser', () => {
    const rules = Object.fromEntries(BROWSER_LAYERS.map((name) => [name, BROWSER_ONLY]));
    expect(forbiddenPackages(layers, edges, rules)).toEqual([]);
  });

  it('leave no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });
});

/** Data, not logic: tables a reader scans rather than reads. */
const LONG_DATA_FILES = ['scripts/demo/news-templates.ts'];
const MAX_LINES = 400;
const sourceFiles = ['src', 'functions', 'scripts'].flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs|astro|css)$/.test(f))
    .map((f) => join(root, f)),
);

describe('the source files', () => {
  it(`each stay under ${MAX_LINES} lines, data tables aside`, () => {
    expect(sourceFiles.length).toBeGreaterThan(100);
    const long = sourceFiles
      .filter((f) => !LONG_DATA_FILES.includes(f))
      .map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('never point to the design folder outside the repository', () => {
    const docs = readdirSync('docs', { recursive: true, encoding: 'utf8' }).map((f) =>
      join('docs', f),
    );
    const texts = [...sourceFiles, ...docs.filter((f) => f.endsWith('.md')), 'README.md'];
    // The path is put together here so that this file does not name it itself.
    const outside = ['..', 'shared'].join('/');
    expect(texts.filter((f) => readFileSync(f, 'utf8').includes(outside))).toEqual([]);
  });
});

describe('the import checks', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to, specifier: `./${to}` });

  it('see a lower layer importing a higher one', () => {
    expect(layerViolations(layers, [edge('src/lib/a.ts', 'src/server/b.ts')])).toEqual([
      'src/lib/a.ts (lib) imports src/server/b.ts (server)',
    ]);
    expect(layerViolations(layers, [edge('src/server/a.ts', 'src/lib/b.ts')])).toEqual([]);
  });

  it('see a cycle through several files, and a file importing itself', () => {
    const cycles = importCycles([
      edge('a.ts', 'b.ts'),
      edge('b.ts', 'c.ts'),
      edge('c.ts', 'a.ts'),
      edge('c.ts', 'd.ts'),
      edge('e.ts', 'e.ts'),
    ]);
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(importCycles([edge('a.ts', 'b.ts'), edge('b.ts', 'c.ts')])).toEqual([]);
  });

  it('read imports from .astro frontmatter, scripts and script sources', () => {
    const astro = `---
import Card from '../components/Card.astro';
import type { Locale } from '../i18n';
---
<Card />
<script>
  import { run } from '../scripts/run.ts';
  run();
</script>
<script src="../scripts/other.ts"></script>`;
    expect(specifiersOf('page.astro', astro)).toEqual([
      '../components/Card.astro',
      '../i18n',
      '../scripts/run.ts',
      '../scripts/other.ts',
    ]);
    expect(specifiersOf('a.ts', "export { x } from './x.ts'; await import('./y.ts');")).toEqual([
      './x.ts',
      './y.ts',
    ]);
  });
});
