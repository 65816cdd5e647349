/**
 * The staff desk's roles, as Netlify Identity carries them in `app_metadata.roles` (see
 * docs/staff.md). What each role may do is written in the appeal lifecycle
 * (appeal-lifecycle.ts); the server's checks (src/server/staff/auth.ts) read it from there.
 *
 * An inspector's areas are kept with the roles, as strings of the same list:
 * `["inspector", "area:almaly-07", "area:almaly-08"]` (Identity's roles are plain strings).
 * Which appeals a user sees is one rule, `scopeOf()` and `inScope()`, used by the server for
 * the queue, an appeal, every action and the photos.
 */
import { isAreaId } from './areas.ts';

export const STAFF_ROLES = ['moderator', 'chief', 'admin', 'inspector'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

/** The roles that see every appeal, the spam list and the appeals to the chief. */
export const SEES_ALL_ROLES: readonly StaffRole[] = ['moderator', 'chief', 'admin'];

/** How an area is written among the roles: `area:almaly-07`. */
export const AREA_ROLE_PREFIX = 'area:';

/** The role string of an area, as an administrator types it in the Identity dashboard. */
export const areaRole = (area: string) => `${AREA_ROLE_PREFIX}${area}`;

/**
 * The roles and the areas in Identity's list of role strings: roles the desk does not know
 * are dropped, and so is an `area:` whose id is not an area id's shape (`almaly-07`).
 */
export function parseRoleStrings(values: unknown): { roles: StaffRole[]; areas: string[] } {
  const list = Array.isArray(values) ? values.filter((v) => typeof v === 'string') : [];
  const roles = [...new Set(list.filter(isStaffRole))];
  const areas = [
    ...new Set(
      list
        .filter((v) => v.startsWith(AREA_ROLE_PREFIX))
        .map((v) => v.slice(AREA_ROLE_PREFIX.length).trim().toLowerCase())
        .filter(isAreaId),
    ),
  ];
  return { roles, areas };
}

/**
 * The id of the desk page's list of areas (a `<datalist>` built from the site's districts,
 * src/pages/[lang]/staff/index.astro): the reassign form's input suggests from it, and the
 * desk's script names the areas of the server's fragments with its labels.
 */
export const AREA_LIST_ID = 'staff-areas';

/** The desk's area filter's value for the appeals addressed to the chief (no area). */
export const NO_AREA = 'none';

/** Which appeals a user sees: all of them, or those of some areas (maybe none). */
export type StaffScope = { all: true } | { all: false; areas: readonly string[] };

/**
 * A moderator, the chief or an administrator sees all appeals; a user who is only an
 * inspector sees the appeals whose area is one of theirs, and nothing else (not the spam
 * list, not the appeals to the chief, not other areas). A user with no role sees nothing.
 */
export function scopeOf(user: {
  roles: readonly StaffRole[];
  areas?: readonly string[] | undefined;
}): StaffScope {
  if (user.roles.some((r) => SEES_ALL_ROLES.includes(r))) return { all: true };
  return { all: false, areas: user.roles.includes('inspector') ? (user.areas ?? []) : [] };
}

/** Whether an appeal with `area` (null: to the chief) is in the scope. */
export const inScope = (scope: StaffScope, area: string | null): boolean =>
  scope.all || (area !== null && scope.areas.includes(area));
