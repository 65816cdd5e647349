/**
 * Writes a built demo city into a content tree. The generator OWNS districts/, officers/,
 * neighbourhoods/ and news/ of the tree: it clears them and writes them anew. When the tree is not the repository's
 * content/ folder, the hand-written pages/, blog/, settings/ and qa/ are copied from content/ so
 * that the tree is complete (`MPS_CONTENT_DIR=DIR npm run build`).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geojsonText, yamlText } from '../lib/content-files.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import type { City } from './city.ts';
import { COVERS } from './covers.ts';
import { svgCover } from './svg.ts';

/** The repository's content/ folder. */
export const REPO_CONTENT = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  'content',
);

/** The hand-written folders of a content tree, which the generator never writes. */
export const HAND_WRITTEN = ['pages', 'blog', 'settings', 'qa'];

/**
 * Replaces the generated folders of `out` with the city's files; copies the hand-written ones
 * when `out` is not the repository's content/. Returns whether it copied them.
 */
export function writeCity(
  out: string,
  { districts, officers, news, neighbourhoods }: City,
): boolean {
  for (const dir of ['districts', 'officers', 'news', 'neighbourhoods'])
    rmSync(join(out, dir), { recursive: true, force: true });
  const mk = (dir: string) => mkdirSync(join(out, dir), { recursive: true });
  mk('districts');
  mk('neighbourhoods');
  mk('officers/photos');
  mk('news/_covers');
  for (const lang of LOCALES) mk(`news/${lang}`);

  for (const d of districts) {
    writeFileSync(join(out, 'districts', `${d.def.id}.geojson`), geojsonText(d.json));
  }
  for (const o of officers) {
    writeFileSync(join(out, 'officers', `${o.id}.yaml`), yamlText(o.data));
    writeFileSync(join(out, 'officers', 'photos', `${o.id}.svg`), o.svg);
  }
  for (const n of neighbourhoods) {
    writeFileSync(
      join(out, 'neighbourhoods', `${n.area}.yaml`),
      `# Demonstration data: invented priorities and meetings (scripts/demo/neighbourhoods.ts).\n${yamlText(n.data)}`,
    );
  }
  for (const c of COVERS) writeFileSync(join(out, 'news', '_covers', `${c.id}.svg`), svgCover(c));
  for (const n of news) {
    for (const lang of n.languages) {
      writeFileSync(
        join(out, 'news', lang, `${n.key}.md`),
        `---\n${yamlText(n.data[lang])}---\n\n${n.body[lang]}\n`,
      );
    }
  }

  // A separate content tree also needs the hand-written parts to build.
  if (out === REPO_CONTENT) return false;
  for (const dir of HAND_WRITTEN) {
    const from = join(REPO_CONTENT, dir);
    rmSync(join(out, dir), { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, join(out, dir), { recursive: true });
  }
  return true;
}
