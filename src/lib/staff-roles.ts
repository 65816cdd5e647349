/**
 * The staff desk's roles, as Netlify Identity carries them in `app_metadata.roles` (see
 * docs/staff.md). What each role may do is written in the appeal lifecycle
 * (appeal-lifecycle.ts); the server's checks (src/server/staff/auth.ts) read it from there.
 */
export const STAFF_ROLES = ['moderator', 'chief', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
