/**
 * The content the areas table is about: the districts' files (kept as they are written, so
 * that only the streets change) and each officer's district, areas and police point.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { districtSchema, type DistrictData } from '../../src/models/districts.ts';

export interface DistrictFile {
  id: string;
  /** The file as JSON, as written (a copy is changed and written back). */
  json: Record<string, unknown>;
  /** The file checked against the model. */
  data: DistrictData;
}

export interface OfficerInfo {
  id: string;
  district: string;
  areas: string[];
  point: number;
}

export interface AreasContent {
  districts: DistrictFile[];
  officers: OfficerInfo[];
}

export const districtPath = (contentDir: string, id: string) =>
  join(contentDir, 'districts', `${id}.geojson`);
export const officerPath = (contentDir: string, id: string) =>
  join(contentDir, 'officers', `${id}.yaml`);

/** Reads the districts and officers of a content tree, in file-name order. */
export function readAreasContent(contentDir: string): AreasContent {
  const names = (dir: string, ext: string) =>
    readdirSync(join(contentDir, dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => basename(f, ext));
  const districts = names('districts', '.geojson').map((id): DistrictFile => {
    const json = JSON.parse(readFileSync(districtPath(contentDir, id), 'utf8')) as Record<
      string,
      unknown
    >;
    return { id, json, data: districtSchema.parse(json) };
  });
  const officers = names('officers', '.yaml').map((id): OfficerInfo => {
    const data = parse(readFileSync(officerPath(contentDir, id), 'utf8')) as {
      district: string;
      areas: string[];
      policePoint: { number: number };
    };
    return { id, district: data.district, areas: data.areas, point: data.policePoint.number };
  });
  return { districts, officers };
}
