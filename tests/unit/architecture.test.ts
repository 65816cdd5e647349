import { readFileSync } from 'node:fs';
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
