/**
 * Issues a token for a local staff user, signed with the local secret ($STAFF_JWT_SECRET, or
 * .data/staff-secret), and prints it with a sign-in link for the desk. Local development and
 * tests only: on Netlify the desk accepts Netlify Identity tokens and nothing else.
 *
 * Usage: npm run staff:token -- --role chief [--role admin] [--email e@x] [--name "…"] [--hours 8] [--lang ru]
 *        npm run staff:token -- --role inspector --area almaly-07 [--area almaly-08]
 */
import { parseArgs } from 'node:util';
import { isLocale } from '../src/i18n/locales.ts';
import { isAreaId } from '../src/lib/areas.ts';
import { routes } from '../src/lib/routes.ts';
import { isStaffRole, STAFF_ROLES } from '../src/lib/staff-roles.ts';
import { issueLocalToken, localSecret } from '../src/server/staff/auth.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    area: { type: 'string', multiple: true, default: [] },
    email: { type: 'string' },
    name: { type: 'string' },
    hours: { type: 'string', default: '8' },
    lang: { type: 'string', default: 'ru' },
    site: { type: 'string', default: process.env['MPS_SITE_URL'] ?? 'http://127.0.0.1:4321' },
  },
});

const roles = values.role;
const areas = values.area;
const hours = Number(values.hours);
if (
  roles.length === 0 ||
  !roles.every(isStaffRole) ||
  !areas.every(isAreaId) ||
  (areas.length > 0 && !roles.includes('inspector')) ||
  !(hours > 0 && hours <= 24 * 30) ||
  !isLocale(values.lang)
) {
  console.error(
    `Usage: npm run staff:token -- --role ${STAFF_ROLES.join('|')} [--area almaly-07 …, with --role inspector] [--email …] [--name …] [--hours 1-720] [--lang kk|ru|en]`,
  );
  process.exit(2);
}
if (roles.includes('inspector') && areas.length === 0)
  console.error('Note: an inspector with no --area sees no appeal (docs/staff.md, "Roles").');
const token = await issueLocalToken(localSecret(), {
  roles,
  areas,
  ...(values.email ? { email: values.email } : {}),
  ...(values.name ? { name: values.name } : {}),
  expiresIn: Math.round(hours * 3600),
});
console.log(token);
console.error(
  `\nSign in to the desk (${[...roles, ...areas.map((a) => `area ${a}`)].join(', ')}, valid ${hours} h):\n  ${new URL(routes.staff(values.lang), values.site).href}#token=${token}`,
);
