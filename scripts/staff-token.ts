/**
 * Issues a token for a local staff user, signed with the local secret ($STAFF_JWT_SECRET, or
 * .data/staff-secret), and prints it with a sign-in link for the desk. Local development and
 * tests only: on Netlify the desk accepts Netlify Identity tokens and nothing else.
 *
 * Usage: npm run staff:token -- --role chief [--role admin] [--email e@x] [--name "…"] [--hours 8] [--lang ru]
 */
import { parseArgs } from 'node:util';
import { isLocale } from '../src/i18n/locales.ts';
import { routes } from '../src/lib/routes.ts';
import { isStaffRole, STAFF_ROLES } from '../src/lib/staff-roles.ts';
import { issueLocalToken, localSecret } from '../src/server/staff/auth.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    email: { type: 'string' },
    name: { type: 'string' },
    hours: { type: 'string', default: '8' },
    lang: { type: 'string', default: 'ru' },
    site: { type: 'string', default: process.env['MPS_SITE_URL'] ?? 'http://127.0.0.1:4321' },
  },
});

const roles = values.role;
const hours = Number(values.hours);
if (
  roles.length === 0 ||
  !roles.every(isStaffRole) ||
  !(hours > 0 && hours <= 24 * 30) ||
  !isLocale(values.lang)
) {
  console.error(
    `Usage: npm run staff:token -- --role ${STAFF_ROLES.join('|')} [--email …] [--name …] [--hours 1-720] [--lang kk|ru|en]`,
  );
  process.exit(2);
}
const token = await issueLocalToken(localSecret(), {
  roles,
  ...(values.email ? { email: values.email } : {}),
  ...(values.name ? { name: values.name } : {}),
  expiresIn: Math.round(hours * 3600),
});
console.log(token);
console.error(
  `\nSign in to the desk (${roles.join(', ')}, valid ${hours} h):\n  ${new URL(routes.staff(values.lang), values.site).href}#token=${token}`,
);
