/**
 * The project's import graph and its checks against docs/architecture.md: which file imports
 * which (TypeScript's own pre-processor reads the imports of .ts files and of the frontmatter
 * and scripts of .astro files), which import breaks the table of layers, and which files
 * import each other in a circle.
 *
 * Own code rather than dependency-cruiser or madge: neither reads .astro files, and the whole
 * check is a graph walk over what TypeScript already parses.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface Layer {
  name: string;
  /** Repository-relative folders (ending in `/`) or files of the layer. */
  paths: string[];
  mayImport: string[];
}

export interface ImportEdge {
  from: string;
  /** The file imported (repository-relative), or the bare specifier of a package. */
  to: string;
  specifier: string;
}

const SOURCE = /\.(ts|mts|astro)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '/index.ts'];

/** The table between the `layers:start` and `layers:end` markers of docs/architecture.md. */
export function readLayers(markdown: string): Layer[] {
  const table = /<!-- layers:start -->([\s\S]*?)<!-- layers:end -->/.exec(markdown)?.[1];
  if (!table) throw new Error('docs/architecture.md has no layers table between its markers.');
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => {
      const [name, paths, , may] = line.split('|').slice(1, -1);
      return { name: names(name!)[0]!, paths: names(paths!), mayImport: names(may!) };
    });
}

/** Every module specifier a source file imports, including `<script src>` of .astro files. */
export function specifiersOf(file: string, source: string): string[] {
  let code = source;
  const scriptSources: string[] = [];
  if (file.endsWith('.astro')) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs] of scripts) {
      const src = /\bsrc="([^"]+)"/.exec(attrs ?? '')?.[1];
      if (src?.startsWith('.')) scriptSources.push(src);
    }
    code = [front, ...scripts.map((s) => s[2] ?? '')].join('\n');
  }
  const { importedFiles } = ts.preProcessFile(code, true, true);
  return [...importedFiles.map((f) => f.fileName), ...scriptSources];
}

function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  const base = join(dirname(join(root, from)), bare);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative(root, candidate).split(sep).join('/');
  }
  return undefined;
}

function walk(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(root, path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The imports of every source file under the given folders. */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
  return folders.flatMap((folder) =>
    walk(root, folder).flatMap((from) =>
      specifiersOf(from, readFileSync(join(root, from), 'utf8')).map((specifier) => {
        if (!specifier.startsWith('.')) return { from, to: specifier, specifier };
        const to = resolveRelative(root, from, specifier);
        if (!to) throw new Error(`${from}: cannot resolve the import "${specifier}".`);
        return { from, to, specifier };
      }),
    ),
  );
}

/** The layer a file belongs to: the one with the longest matching path. */
export function layerOf(layers: readonly Layer[], file: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers)
    for (const path of layer.paths)
      if (
        (path.endsWith('/') ? file.startsWith(path) : file === path) &&
        path.length > (best?.length ?? 0)
      )
        best = { layer, length: path.length };
  return best?.layer;
}

const isPackage = (edge: ImportEdge) => !edge.specifier.startsWith('.');

/** Imports from one layer into another that its row does not allow, as readable lines. */
export function layerViolations(layers: readonly Layer[], edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((edge) => {
    if (isPackage(edge)) return [];
    const from = layerOf(layers, edge.from);
    const to = edge.to.startsWith('public/') ? { name: 'public' } : layerOf(layers, edge.to);
    if (!from || !to)
      return [`${edge.from} → ${edge.to}: not in any layer of docs/architecture.md`];
    if (from.name === to.name || from.mayImport.includes(to.name)) return [];
    return [`${edge.from} (${from.name}) imports ${edge.to} (${to.name})`];
  });
}

/** Imports of packages a layer must not use (e.g. `node:` or `astro:` in browser code). */
export function forbiddenPackages(
  layers: readonly Layer[],
  edges: readonly ImportEdge[],
  rules: Record<string, RegExp>,
): string[] {
  return edges.flatMap((edge) => {
    const layer = layerOf(layers, edge.from);
    const rule = layer && rules[layer.name];
    return layer && isPackage(edge) && rule?.test(edge.specifier)
      ? [`${edge.from} (${layer.name}) imports ${edge.specifier}`]
      : [];
  });
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges)
    if (!isPackage(edge)) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || next.get(node)?.includes(node)) cycles.push(group.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
