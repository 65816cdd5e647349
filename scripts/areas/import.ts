/**
 * The areas table into the content: each district that has rows gets its areas' streets from
 * them (in the table's order; the boundaries stay as they are, unless a boundaries file came
 * first), and each of its officers the
 * areas the table names them on. Nothing is changed when any row is wrong: every problem is
 * returned, with its row and column, in Russian for the clerk and English for the log.
 */
import { districtSchema, type StreetRange } from '../../src/models/districts.ts';
import type { AreasContent, DistrictFile, OfficerInfo } from './content.ts';
import { splitList, type ColumnKey, type Problem, type Row } from './layout.ts';
import { fileRange, readRange, wholeNumber, type Report } from './rows.ts';

/** A row with its spreadsheet row number. */
export interface NumberedRow {
  row: number;
  cells: Row;
}

export interface AreasImport {
  problems: Problem[];
  /** The districts whose file changes, with their new content. */
  districts: { id: string; json: Record<string, unknown> }[];
  /** The officers whose areas change, with the new list. */
  officers: { id: string; areas: string[] }[];
  /** What changes, one line per area or officer (for --dry-run). */
  changes: string[];
}

interface AreaRows {
  district: DistrictFile;
  /** Position of the area's feature in the district's features. */
  feature: number;
  id: string;
  inspectors: string[];
  rows: { row: number; range: StreetRange }[];
}

/**
 * `redrawn`: the districts whose boundaries a boundaries file changed (see boundaries.ts):
 * checked and written even when the table has no row of theirs.
 */
export function importAreas(
  table: readonly NumberedRow[],
  content: AreasContent,
  redrawn: readonly string[] = [],
): AreasImport {
  const problems: Problem[] = [];
  const problem = (
    row: number | undefined,
    column: ColumnKey | undefined,
    ru: string,
    en: string,
  ) => problems.push({ row, column, ru, en });
  const districts = new Map(content.districts.map((d) => [d.id, d]));
  const officers = new Map(content.officers.map((o) => [o.id, o]));
  const areas = new Map<string, AreaRows>();

  for (const { row, cells } of table) {
    const district = districts.get(cells.district.trim());
    if (!district) {
      problem(
        row,
        'district',
        `нет района «${cells.district}». Районы: ${[...districts.keys()].join(', ')}.`,
        `no district "${cells.district}". Districts: ${[...districts.keys()].join(', ')}.`,
      );
      continue;
    }
    const number = wholeNumber(cells.area);
    const feature = district.data.features.findIndex(
      (f) => f.properties.kind === 'area' && f.properties.number === number,
    );
    if (feature === -1) {
      problem(
        row,
        'area',
        `в районе ${district.id} нет участка № ${cells.area} на карте. Сначала добавьте его границу.`,
        `district ${district.id} has no area number ${cells.area} on its map. Add its boundary first.`,
      );
      continue;
    }
    const properties = district.data.features[feature]!.properties as { id: string };
    const inspectors = splitList(cells.inspectors).filter(Boolean);
    const range = readRange(row, cells, problem);
    const known = areas.get(properties.id);
    const area = known ?? { district, feature, id: properties.id, inspectors, rows: [] };
    areas.set(properties.id, area);
    if (known && known.inspectors.join() !== inspectors.join())
      problem(
        row,
        'inspectors',
        `инспекторы участка ${area.id} отличаются от строки ${known.rows[0]?.row ?? ''}; укажите одних и тех же во всех строках участка.`,
        `the inspectors of area ${area.id} differ from row ${known.rows[0]?.row ?? ''}; give the same in every row of the area.`,
      );
    else if (!known) checkInspectors(row, cells, area, officers, problem);
    if (range) area.rows.push({ row, range });
  }

  // Every area of a district in the table must have its rows.
  const touched = [...new Set([...areas.values()].map((a) => a.district))];
  for (const district of touched)
    for (const f of district.data.features)
      if (f.properties.kind === 'area' && !areas.has(f.properties.id))
        problem(
          undefined,
          undefined,
          `у участка ${f.properties.id} нет ни одной строки: у каждого участка района ${district.id} должна быть хотя бы одна улица.`,
          `area ${f.properties.id} has no row: every area of district ${district.id} needs at least one street.`,
        );

  const written = [
    ...touched,
    ...content.districts.filter((d) => redrawn.includes(d.id) && !touched.includes(d)),
  ];
  const changedDistricts = written.flatMap((district) => {
    const json = structuredClone(district.json) as {
      features: { properties: Record<string, unknown> }[];
    };
    const mine = [...areas.values()].filter((a) => a.district === district);
    for (const area of mine)
      json.features[area.feature]!.properties['streets'] = area.rows.map((r) => fileRange(r.range));
    checkDistrict(district.id, json, mine, problem);
    const same = JSON.stringify(json) === JSON.stringify(district.json);
    return same && !redrawn.includes(district.id) ? [] : [{ id: district.id, json }];
  });

  const changedOfficers = officerChanges(content.officers, touched, [...areas.values()], problem);
  if (problems.length) return { problems, districts: [], officers: [], changes: [] };
  return {
    problems,
    districts: changedDistricts,
    officers: changedOfficers,
    changes: describeChanges(touched, [...areas.values()], content.officers, changedOfficers),
  };
}

/** The inspectors and police point of an area's first row, against the officers' files. */
function checkInspectors(
  row: number,
  cells: Row,
  area: AreaRows,
  officers: Map<string, OfficerInfo>,
  problem: Report,
) {
  const serving = area.inspectors.flatMap((id) => {
    const officer = officers.get(id);
    if (!officer)
      problem(
        row,
        'inspectors',
        `нет инспектора «${id}» (имя файла в content/officers без .yaml).`,
        `no inspector "${id}" (a file name in content/officers, without .yaml).`,
      );
    else if (officer.district !== area.district.id)
      problem(
        row,
        'inspectors',
        `инспектор ${id} работает в районе ${officer.district}, а участок — в районе ${area.district.id}.`,
        `inspector ${id} works in district ${officer.district}, the area is in ${area.district.id}.`,
      );
    return officer ? [officer] : [];
  });
  const points = splitList(cells.point).filter(Boolean);
  const theirs = [...new Set(serving.map((o) => String(o.point)))];
  if (points.length && points.sort().join() !== [...theirs].sort().join())
    problem(
      row,
      'point',
      `УПП ${points.join(', ')} не совпадает с карточками инспекторов (${theirs.join(', ') || 'нет'}).`,
      `police point ${points.join(', ')} differs from the inspectors' files (${theirs.join(', ') || 'none'}).`,
    );
}

/** Problems the district's model still finds (e.g. two areas with one id), on their rows. */
function checkDistrict(id: string, json: unknown, areas: AreaRows[], problem: Report) {
  const result = districtSchema.safeParse(json);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const [, feature, , , street] = issue.path as (string | number)[];
    const area = areas.find((a) => a.feature === feature);
    const row = typeof street === 'number' ? area?.rows[street]?.row : area?.rows[0]?.row;
    problem(row, undefined, `район ${id}: ${issue.message}`, `district ${id}: ${issue.message}`);
  }
}

/** Each officer of the imported districts gets the areas the table names them on. */
function officerChanges(
  all: readonly OfficerInfo[],
  touched: DistrictFile[],
  areas: AreaRows[],
  problem: Report,
) {
  const ids = new Set(touched.map((d) => d.id));
  return all.flatMap((officer) => {
    if (!ids.has(officer.district)) return [];
    const named = areas.filter((a) => a.inspectors.includes(officer.id)).map((a) => a.id);
    if (named.length === 0) {
      problem(
        undefined,
        'inspectors',
        `инспектор ${officer.id} не назначен ни на один участок: у инспектора должен быть хотя бы один участок.`,
        `inspector ${officer.id} is named on no area: an inspector needs at least one area.`,
      );
      return [];
    }
    const same =
      named.length === officer.areas.length && named.every((a) => officer.areas.includes(a));
    return same ? [] : [{ id: officer.id, areas: named }];
  });
}

function describeChanges(
  touched: DistrictFile[],
  areas: AreaRows[],
  officers: readonly OfficerInfo[],
  changed: { id: string; areas: string[] }[],
): string[] {
  const lines: string[] = [];
  for (const district of touched)
    for (const area of areas.filter((a) => a.district === district)) {
      const before = (
        district.data.features[area.feature]!.properties as { streets: StreetRange[] }
      ).streets;
      const after = area.rows.map((r) => r.range);
      const key = (r: StreetRange) => JSON.stringify(fileRange(r));
      const added = after.filter((r) => !before.some((b) => key(b) === key(r))).length;
      const removed = before.filter((b) => !after.some((r) => key(b) === key(r))).length;
      if (added || removed) lines.push(`${area.id}: +${added} −${removed} street ranges`);
    }
  for (const { id, areas: next } of changed)
    lines.push(
      `${id}: areas ${officers.find((o) => o.id === id)!.areas.join(', ')} → ${next.join(', ')}`,
    );
  return lines;
}
