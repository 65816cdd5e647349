/**
 * Demo content generator for the MPS Almaty site (deterministic: seeded PRNG, no network).
 *
 *   node scripts/generate-demo.ts [--out DIR] [--news-per-locale N] [--addresses N] [--seed S]
 *
 *   --out DIR            content tree to write (default: the repository’s content/)
 *   --news-per-locale N  news stories per language (default: 30)
 *   --addresses N        add invented streets until the city has N houses (default: none;
 *                        `npm run bench:lookup` makes a city of 50,000)
 *   --seed S             seed of the PRNG; the same seed gives the same files (default: 1)
 *
 * The generator OWNS these folders of DIR, clears them and writes them anew:
 *   districts/<id>.geojson       8 districts, 6 inspector areas each (grid cells of the district)
 *   officers/<id>.yaml           one district inspector per area (+ photos/<id>.svg placeholders)
 *   neighbourhoods/<area>.yaml   priorities and meetings of about two areas in three
 *   news/{kk,ru,en}/<key>.md     N stories per language, same file name = translationKey
 *   news/_covers/*.svg           abstract cover illustrations
 * It never touches DIR/pages, DIR/blog, DIR/settings, DIR/qa. When DIR is not the repository's content/
 * folder, those four are copied from content/ so that DIR is a complete content tree
 * (`MPS_CONTENT_DIR=DIR npm run build`).
 *
 * Everything is invented: people, events, phone numbers (+7 727 000 .. .. — the 000 block marks
 * them as fictitious) and e-mail addresses (@mps-demo.example). Street names are the real public
 * names of Almaty streets, placed in roughly the right districts; house ranges are invented.
 *
 * Before writing, every district, officer and news frontmatter object is validated with the zod
 * schemas of src/models, and the address invariant is checked: any (street, house number) belongs
 * to at most one inspector area. Any failure stops the script before a file is written.
 *
 * This file is the command line only; the city is built by the modules of scripts/demo/
 * (city.ts assembles it, validate.ts checks it, write.ts writes it).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCity, type CityOptions } from './demo/city.ts';
import { COVERS } from './demo/covers.ts';
import { addressCount } from './demo/streets.ts';
import { validateCity } from './demo/validate.ts';
import { HAND_WRITTEN, REPO_CONTENT, writeCity } from './demo/write.ts';

function parseCli(): CityOptions & { out: string } {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'news-per-locale': { type: 'string', default: '30' },
      addresses: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: node scripts/generate-demo.ts [--out DIR] [--news-per-locale N] [--addresses N] [--seed S]',
    );
    process.exit(0);
  }
  const n = Number(values['news-per-locale']);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(
      `--news-per-locale must be a whole number >= 0, got "${values['news-per-locale']}"`,
    );
  }
  const addresses = Number(values.addresses);
  if (!Number.isInteger(addresses) || addresses < 0)
    throw new Error(`--addresses must be a whole number >= 0, got "${values.addresses}"`);
  // Without --out: the repository's content/ folder, wherever the script is started from.
  return {
    out: values.out ? resolve(values.out) : REPO_CONTENT,
    newsPerLocale: n,
    addresses,
    seed: values.seed,
  };
}

function main() {
  const started = performance.now();
  const { out, ...options } = parseCli();
  const city = buildCity(options);
  validateCity(city);
  // Everything is valid: replace the generated folders.
  const copied = writeCity(out, city) ? `, copied ${HAND_WRITTEN.join('/')}` : '';

  const { streets, districts, officers, news, neighbourhoods } = city;
  const areaCount = districts.reduce((sum, d) => sum + d.areas.length, 0);
  const where = relative(process.cwd(), out) || '.';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generate-demo: ${where}: ${districts.length} districts, ${areaCount} areas, ` +
      `${addressCount(streets.values())} addresses on ${streets.size} streets, ${officers.length} officers, ${neighbourhoods.length} areas' priorities and meetings, ` +
      `${news.length} news stories in ${news.reduce((n, s) => n + s.languages.length, 0)} files, ${COVERS.length} covers${copied} (seed ${options.seed}, ${seconds}s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(`generate-demo: ${(error as Error).message}`);
  process.exit(1);
}
