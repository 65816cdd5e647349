/**
 * The areas table (npm run import:areas / export:areas): the demo city goes out as .xlsx and
 * .csv and comes back byte for byte; a change in the table reaches the districts' and officers'
 * files and nothing else; a bad table is refused with each problem's row and column, and
 * nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readAreasContent } from '../../scripts/areas/content.ts';
import { areasTable } from '../../scripts/areas/export.ts';
import { importAreas } from '../../scripts/areas/import.ts';
import { describeProblem, joinList, splitList, type Row } from '../../scripts/areas/layout.ts';
import { readTable, writeTable } from '../../scripts/areas/workbook.ts';

const work = mkdtempSync(join(tmpdir(), 'areas-table-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the repository's content to import into. */
function contentCopy(name: string): string {
  const dir = join(work, name);
  cpSync('content', dir, { recursive: true });
  return dir;
}
/** Every file of districts/ and officers/, by path. */
const files = (dir: string) =>
  Object.fromEntries(
    ['districts', 'officers'].flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((f) => /\.(geojson|yaml)$/.test(f))
        .map((f) => [`${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8')]),
    ),
  );
const cli = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' });

const table = areasTable(readAreasContent('content'));

// Each test runs the commands as processes: seconds each on a busy machine.
describe('the areas table', { timeout: 60_000 }, () => {
  it.each(['xlsx', 'csv'])('takes the demo city out as .%s and back byte for byte', async (ext) => {
    const file = join(work, `city.${ext}`);
    expect(cli('export-areas', '--out', file).status).toBe(0);
    const read = await readTable(file);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.cells)).toEqual(table);
    const dir = contentCopy(`round-${ext}`);
    const before = files(dir);
    const run = cli('import-areas', file, '--content', dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/changed 0 district file\(s\) and 0 officer file\(s\)/);
    expect(files(dir)).toEqual(before);
  });

  it('writes a change to the one district and the officers it concerns, and only there', async () => {
    const rows = structuredClone(table);
    const first = rows.findIndex((r) => r.district === 'medeu' && r.other_ru === '');
    const area = rows[first]!;
    // A former name on one street; the area's officers swapped with a neighbour's.
    rows[first] = { ...area, other_ru: 'ул. Демонстрационная', other_kind: 'бывшее' };
    const neighbour = rows.find((r) => r.district === 'medeu' && r.area !== area.area)!;
    const swap = (r: Row): Row =>
      r.district !== 'medeu'
        ? r
        : r.area === area.area
          ? { ...r, inspectors: neighbour.inspectors, point: neighbour.point }
          : r.area === neighbour.area
            ? { ...r, inspectors: area.inspectors, point: area.point }
            : r;
    const file = join(work, 'changed.csv');
    await writeTable(file, rows.map(swap));
    const dir = contentCopy('changed');
    const before = files(dir);
    expect(cli('import-areas', file, '--content', dir, '--dry-run').stdout).toMatch(
      /would change 1 district file\(s\) and 2 officer file\(s\)/,
    );
    expect(files(dir)).toEqual(before);
    expect(cli('import-areas', file, '--content', dir).status).toBe(0);
    const after = files(dir);
    const changed = Object.keys(before)
      .filter((f) => before[f] !== after[f])
      .sort();
    const officers = [area.inspectors, neighbour.inspectors].map((id) => `officers/${id}.yaml`);
    expect(changed).toEqual(['districts/medeu.geojson', ...officers].sort());
    const medeu = JSON.parse(after['districts/medeu.geojson']!);
    const streets = medeu.features.find(
      (f: { properties: { number?: number } }) => String(f.properties.number) === area.area,
    ).properties.streets;
    const street = streets.find((r: { name: { ru: string } }) => r.name.ru === area.street_ru);
    expect(street.otherNames).toEqual([{ name: { ru: 'ул. Демонстрационная' }, kind: 'former' }]);
    const officer = parse(after[officers[0]!]!);
    expect(officer.areas).toEqual([`medeu-${neighbour.area.padStart(2, '0')}`]);
    // Only the areas line of an officer's file changes.
    const lines = (text: string) => text.split('\n').filter((l) => !/^\s+- medeu-/.test(l));
    expect(lines(after[officers[0]!]!)).toEqual(lines(before[officers[0]!]!));
    // And the table comes back out as it went in.
    expect(areasTable(readAreasContent(dir))).toEqual(rows.map(swap));
  });

  it('refuses a bad table with each problem by row and column, in Russian and English, writing nothing', async () => {
    const rows = structuredClone(table);
    rows[0] = { ...rows[0]!, to: 'десять' };
    rows[1] = { ...rows[1]!, houses: 'половина', street_ru: 'x' };
    rows[2] = { ...rows[2]!, district: 'atlantis' };
    const file = join(work, 'bad.xlsx');
    await writeTable(file, rows);
    const dir = contentCopy('bad');
    const before = files(dir);
    const run = cli('import-areas', file, '--content', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Строка 2, столбец M «Дома по»: «десять»');
    expect(run.stderr).toContain('Row 2, column M (Houses to): "десять"');
    expect(run.stderr).toContain('Строка 3, столбец N «Чётность»');
    expect(run.stderr).toContain('Строка 3, столбец F «Улица (рус.)»');
    expect(run.stderr).toContain('Строка 4, столбец A «Район»: нет района «atlantis»');
    expect(run.stderr).toMatch(/4 problem\(s\); nothing was written/);
    expect(files(dir)).toEqual(before);
  });

  it('refuses what the table leaves out: an area with no row, an inspector with no area', () => {
    const content = readAreasContent('content');
    const numbered = (rows: Row[]) => rows.map((cells, i) => ({ row: i + 2, cells }));
    const withoutArea = table.filter((r) => !(r.district === 'almaly' && r.area === '1'));
    const result = importAreas(numbered(withoutArea), content);
    expect(result.problems.map((p) => p.en)).toEqual([
      'area almaly-01 has no row: every area of district almaly needs at least one street.',
    ]);
    const officer = splitList(table[0]!.inspectors)[0]!;
    const unassigned = table.map((r) => {
      const inspectors = splitList(r.inspectors);
      return inspectors.includes(officer)
        ? { ...r, inspectors: joinList(inspectors.filter((id) => id !== officer)), point: '' }
        : r;
    });
    expect(importAreas(numbered(unassigned), content).problems.map((p) => p.en)).toEqual([
      `inspector ${officer} is named on no area: an inspector needs at least one area.`,
    ]);
    expect(result.districts).toEqual([]);
    const unknown = table.map((r, i) => (i === 0 ? { ...r, inspectors: 'nobody' } : r));
    expect(importAreas(numbered(unknown), content).problems[0]).toMatchObject({
      row: 2,
      column: 'inspectors',
    });
  });

  it('reads the English headers, a comma-separated CSV and a missing optional column', async () => {
    const file = join(work, 'english.csv');
    writeFileSync(
      file,
      'District,Area,Street (kk),Street (ru),Street (en),Houses\nalmaly,1,Абай даңғылы,пр. Абая,Abay Ave,odd\n',
    );
    const read = await readTable(file);
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({
      row: 2,
      cells: {
        district: 'almaly',
        area: '1',
        street_ru: 'пр. Абая',
        houses: 'odd',
        inspectors: '',
      },
    });
    writeFileSync(file, 'Район;Улица\nalmaly;x\n');
    expect((await readTable(file)).problems.map((p) => p.en)).toEqual([
      expect.stringMatching(/^unknown column "Улица"/),
      'missing columns: Area, Street (kk), Street (ru), Street (en).',
    ]);
  });

  it('names the column as the file has it, and refuses a formula with no value', async () => {
    const csv = join(work, 'short.csv');
    writeFileSync(
      csv,
      'District,Area,Street (kk),Street (ru),Street (en),Houses\nalmaly,1,Абай даңғылы,пр. Абая,Abay Ave,half\n',
    );
    const read = await readTable(csv);
    const [problem] = importAreas(read.rows, readAreasContent('content')).problems.filter(
      (p) => p.column === 'houses',
    );
    expect(describeProblem(problem!, read.positions).ru).toMatch(/^Строка 2, столбец F «Чётность»/);

    const xlsx = join(work, 'formula.xlsx');
    await writeTable(xlsx, table.slice(0, 2));
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    workbook.worksheets[0]!.getCell('M2').value = { formula: 'L2+10' } as never;
    await workbook.xlsx.writeFile(xlsx);
    expect((await readTable(xlsx)).problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'to',
        en: expect.stringMatching(/^a formula with no stored value/),
      }),
    ]);
  });

  describe('boundaries from a GIS', () => {
    type Feature = {
      type: 'Feature';
      properties: { kind: string; id?: string; number?: number };
      geometry: { type: 'Polygon'; coordinates: [number, number][][] };
    };
    const almaly = () =>
      JSON.parse(readFileSync('content/districts/almaly.geojson', 'utf8')) as {
        features: Feature[];
      };
    /** A GIS export of almaly's areas: properties district and area, heights added. */
    const exportOf = (features: Feature[]) => ({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: features.map((f) => ({
        type: 'Feature',
        properties: {
          district: 'almaly',
          ...(f.properties.number ? { area: f.properties.number } : { kind: 'district' }),
        },
        geometry: {
          type: 'Polygon',
          coordinates: f.geometry.coordinates.map((ring) => ring.map(([x, y]) => [x, y, 812.5])),
        },
      })),
    });
    /** Moves the east edge of area 1 by `shift` degrees, in area 1 only or in every area. */
    function moved(shift: number, everywhere: boolean) {
      const { features } = almaly();
      const first = features.find((f) => f.properties.number === 1)!;
      const east = Math.max(...first.geometry.coordinates[0]!.map(([x]) => x));
      for (const f of everywhere ? features.filter((f) => f.properties.kind === 'area') : [first])
        f.geometry.coordinates = f.geometry.coordinates.map((ring) =>
          ring.map(([x, y]) => [x === east ? Math.round((x + shift) * 1e6) / 1e6 : x, y]),
        );
      return features;
    }
    const write = (name: string, data: unknown) => {
      const file = join(work, name);
      writeFileSync(file, JSON.stringify(data));
      return file;
    };

    it('moves a shared edge for both areas, keeping the streets, and changes only that district', () => {
      const dir = contentCopy('redrawn');
      const before = files(dir);
      const file = write('moved.geojson', exportOf(moved(0.001, true)));
      const run = cli('import-areas', '--boundaries', file, '--content', dir);
      expect(run.stderr).toBe('');
      const after = files(dir);
      expect(Object.keys(before).filter((f) => before[f] !== after[f])).toEqual([
        'districts/almaly.geojson',
      ]);
      const written = JSON.parse(after['districts/almaly.geojson']!) as { features: Feature[] };
      const expected = moved(0.001, true);
      expect(written.features.map((f) => f.geometry)).toEqual(expected.map((f) => f.geometry));
      expect(written.features.map((f) => f.properties)).toEqual(
        almaly().features.map((f) => f.properties),
      );
    });

    it('refuses an edge moved in one area only, naming the areas that overlap, writing nothing', () => {
      const dir = contentCopy('overlap');
      const before = files(dir);
      const file = write('overlap.geojson', exportOf(moved(0.002, false)));
      const run = cli('import-areas', '--boundaries', file, '--content', dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Areas almaly-01 and almaly-0\d overlap by about [\d,]+ m²/);
      expect(files(dir)).toEqual(before);
    });

    it('adds an area cut from another with its streets, boundaries and table in one command', async () => {
      // Area 1 is cut in two along its middle: its east half becomes area 7.
      const { features } = almaly();
      const first = features.find((f) => f.properties.number === 1)!;
      const xs = first.geometry.coordinates[0]!.map(([x]) => x);
      const [west, east] = [Math.min(...xs), Math.max(...xs)];
      const middle = Math.round(((west + east) / 2) * 1e5) / 1e5;
      const ys = first.geometry.coordinates[0]!.map(([, y]) => y);
      const [south, north] = [Math.min(...ys), Math.max(...ys)];
      const box = (w: number, e: number) => ({
        type: 'Polygon' as const,
        coordinates: [
          [
            [w, south],
            [e, south],
            [e, north],
            [w, north],
            [w, south],
          ] as [number, number][],
        ],
      });
      first.geometry = box(west, middle);
      const seventh: Feature = {
        type: 'Feature',
        properties: { kind: 'area', number: 7 },
        geometry: box(middle, east),
      };
      const boundaries = write('cut.geojson', exportOf([...features, seventh]));
      const rows = structuredClone(table);
      const last = rows.findLastIndex((r) => r.district === 'almaly');
      rows.splice(last + 1, 0, { ...rows[last]!, area: '7', from: '', to: '' });
      const file = join(work, 'cut.csv');
      await writeTable(file, rows);
      const dir = contentCopy('cut');
      const run = cli('import-areas', file, '--boundaries', boundaries, '--content', dir);
      expect(run.stderr).toBe('');
      const written = JSON.parse(readFileSync(join(dir, 'districts/almaly.geojson'), 'utf8'));
      const added = written.features.at(-1);
      expect(added.properties).toMatchObject({ kind: 'area', id: 'almaly-07', number: 7 });
      expect(added.properties.streets).toHaveLength(1);
      // Without the table's rows, the new area is refused: it has no street.
      const alone = cli(
        'import-areas',
        '--boundaries',
        boundaries,
        '--content',
        contentCopy('cut-alone'),
      );
      expect(alone.status).toBe(1);
      expect(alone.stderr).toContain('List the streets the area serves.');
    });

    it('refuses a boundary given twice, or an area without a number', () => {
      const { features } = almaly();
      const twice = write('twice.geojson', exportOf([...features, features[1]!]));
      const run = cli('import-areas', '--boundaries', twice, '--content', contentCopy('twice'));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/a second boundary for almaly-01 \(the first is feature 2\)/);
      const data = exportOf(features);
      delete (data.features[1]!.properties as { area?: number }).area;
      const unnumbered = write('unnumbered.geojson', data);
      expect(
        cli('import-areas', '--boundaries', unnumbered, '--content', contentCopy('unnumbered'))
          .stderr,
      ).toContain('for the district\'s own boundary, give kind: "district"');
    });

    it('refuses a feature of an unknown district or without a polygon', () => {
      const file = write('bad.geojson', {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { district: 'atlantis', area: 1 },
            geometry: almaly().features[1]!.geometry,
          },
          {
            type: 'Feature',
            properties: { district: 'almaly', area: 1 },
            geometry: { type: 'Point', coordinates: [76.9, 43.25] },
          },
        ],
      });
      const run = cli('import-areas', '--boundaries', file, '--content', contentCopy('bad-geo'));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Границы, объект № 1: нет района «atlantis»');
      expect(run.stderr).toContain(
        'Boundaries, feature 2: the geometry must be a Polygon or MultiPolygon.',
      );
    });
  });
});
