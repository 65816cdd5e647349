/**
 * The queue's filters, from the desk's query string
 * (`?status&kind&topic&district&area&language&due`).
 */
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { isAreaId } from '../../lib/areas.ts';
import { NO_AREA } from '../../lib/staff-roles.ts';
import {
  APPEAL_KINDS,
  APPEAL_STATUSES,
  APPEAL_TOPICS,
  type AppealStatus,
} from '../../lib/appeal.ts';

export interface QueueFilters {
  status?: AppealStatus | undefined;
  kind?: string | undefined;
  topic?: string | undefined;
  district?: string | undefined;
  /** An area's id, or `none` for the appeals to the chief. */
  area?: string | undefined;
  language?: Locale | undefined;
  due?: 'overdue' | 'soon' | undefined;
}

export const QUEUE_FILTERS = [
  'status',
  'kind',
  'topic',
  'district',
  'area',
  'language',
  'due',
] as const;

/** Filters from a query string; unknown values are dropped, never passed to SQL as text. */
export function parseFilters(params: URLSearchParams): QueueFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const v = params.get(name);
    return v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  const district = params.get('district');
  const language = params.get('language');
  const area = params.get('area');
  return {
    status: pick('status', APPEAL_STATUSES),
    kind: pick('kind', APPEAL_KINDS),
    topic: pick('topic', APPEAL_TOPICS),
    district: district && /^[a-z0-9-]{1,64}$/.test(district) ? district : undefined,
    area: area === NO_AREA || isAreaId(area) ? area : undefined,
    language: language && isLocale(language) ? language : undefined,
    due: pick('due', ['overdue', 'soon'] as const),
  };
}
