/**
 * Cross-file checks that zod schemas cannot make on one file alone: references between
 * officers, districts and news, and duplicate translations. The build stops on any problem
 * (see src/data/site.ts), with a message naming the file and the field.
 */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
  constructor(public readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} broken reference(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
  }
}

export interface IntegrityInput {
  districts: { id: string; file: string; areaIds: string[] }[];
  officers: { id: string; file: string; district: string; areas: string[] }[];
  /** News, blog posts and pages: anything with a language and a translation key. */
  localized: {
    collection: string;
    file: string;
    lang: string;
    translationKey: string;
    district?: string | undefined;
  }[];
  /** Areas' priorities and meetings (content/neighbourhoods/<area-id>.yaml). */
  neighbourhoods?: { id: string; file: string; area: string; meetingIds: string[] }[];
}

export function checkContentIntegrity(input: IntegrityInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const areasByDistrict = new Map(input.districts.map((d) => [d.id, new Set(d.areaIds)]));
  const areaOwner = new Map<string, string>();
  for (const d of input.districts) {
    d.areaIds.forEach((areaId, i) => {
      const owner = areaOwner.get(areaId);
      if (owner) {
        problems.push({
          file: d.file,
          field: `features[${i}].properties.id`,
          message: `area "${areaId}" is also defined in district "${owner}".`,
        });
      }
      areaOwner.set(areaId, d.id);
    });
  }
  const known = [...areasByDistrict.keys()].join(', ');
  for (const o of input.officers) {
    const areas = areasByDistrict.get(o.district);
    if (!areas) {
      problems.push({
        file: o.file,
        field: 'district',
        message: `district "${o.district}" does not exist (known: ${known}).`,
      });
      continue;
    }
    o.areas.forEach((areaId, i) => {
      if (!areas.has(areaId)) {
        const elsewhere = areaOwner.get(areaId);
        problems.push({
          file: o.file,
          field: `areas[${i}]`,
          message: elsewhere
            ? `area "${areaId}" belongs to district "${elsewhere}", not "${o.district}".`
            : `area "${areaId}" does not exist in district "${o.district}".`,
        });
      }
    });
  }
  problems.push(...neighbourhoodProblems(input.neighbourhoods ?? [], areaOwner));
  const seen = new Map<string, string>();
  for (const item of input.localized) {
    if (item.district !== undefined && !areasByDistrict.has(item.district)) {
      problems.push({
        file: item.file,
        field: 'district',
        message: `district "${item.district}" does not exist (known: ${known}).`,
      });
    }
    const key = `${item.collection}:${item.lang}:${item.translationKey}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: item.file,
        field: 'translationKey',
        message: `"${item.translationKey}" is already used by ${other} in the same language.`,
      });
    }
    seen.set(key, item.file);
  }
  return problems;
}

/** A neighbourhood file names a real area, is named after it, and its meeting ids are unique. */
function neighbourhoodProblems(
  files: NonNullable<IntegrityInput['neighbourhoods']>,
  areaOwner: Map<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const meetings = new Map<string, string>();
  for (const n of files) {
    if (!areaOwner.has(n.area))
      problems.push({ file: n.file, field: 'area', message: `area "${n.area}" does not exist.` });
    else if (n.area !== n.id)
      problems.push({
        file: n.file,
        field: 'area',
        message: `the file of area "${n.area}" must be named ${n.area}.yaml.`,
      });
    n.meetingIds.forEach((id, i) => {
      const other = meetings.get(id);
      if (other)
        problems.push({
          file: n.file,
          field: `meetings[${i}].id`,
          message: `meeting id "${id}" is already used by ${other}.`,
        });
      meetings.set(id, n.file);
    });
  }
  return problems;
}
