/**
 * The functions' environment, in one place: which variables exist, which the operator sets,
 * and whether the functions run as production.
 *
 * Netlify's function runtime has only `URL`, `SITE_NAME` and `SITE_ID` of its own (and the
 * site variables an operator gives the Functions scope); `NETLIFY` and `CONTEXT` exist only
 * during the build, and Netlify's local emulation sets `CONTEXT=dev`. So production is decided
 * from `SITE_ID` — present in every deployed function and absent locally — or, off Netlify,
 * from `MPS_MODE=production` (self-hosting). Nothing turns production off where SITE_ID is set.
 *
 * In production the functions fail closed: a required setting that is missing makes every
 * request answer a localized 503 (and logs which one), never a silent local default.
 * docs/deploy.md lists the variables; a unit test checks that it lists these.
 */
import { ServiceUnavailableError } from './errors.ts';

/** Set by Netlify itself in every function (read-only). */
export const PLATFORM_VARIABLES = ['URL', 'SITE_NAME', 'SITE_ID'] as const;

export interface SiteVariable {
  /** What it is, for docs/deploy.md and the log. */
  about: string;
  /** Production refuses to serve without it. */
  required?: boolean;
  /** Only read outside production (local development and tests). */
  localOnly?: boolean;
}

/** Every variable the functions read besides the platform's own. */
export const SITE_VARIABLES = {
  MPS_MODE: {
    about:
      '`production` runs the functions as production off Netlify (self-hosting); on Netlify production is always on.',
  },
  DATABASE_URL: {
    about: "The operator's PostgreSQL (personal data stays in Kazakhstan), postgres://…",
    required: true,
  },
  APPEALS_HASH_SALT: {
    about:
      'A long random string: the server key of the HMACs that stand for access codes, clients and idempotency keys.',
    required: true,
  },
  SMTP_URL: { about: 'The mail server, smtp://user:pass@host:587 or smtps://…', required: true },
  MAIL_FROM: { about: 'The sender of every mail, e.g. "MPS Almaty <no-reply@…>".', required: true },
  DUTY_INBOX: { about: 'Where the daily digest of new and overdue appeals goes.' },
  DUTY_LANGUAGE: { about: 'The digest’s language (kk, ru, en; default ru).' },
  DATABASE_POOL_SIZE: { about: 'Connections per function instance (default 4).' },
  QA_PUBLISHER: {
    about: 'Where published answers are written: git-gateway (default in production) or github.',
  },
  GITHUB_REPO: { about: 'owner/name, for QA_PUBLISHER=github.' },
  GITHUB_TOKEN: { about: 'A token that may write contents, for QA_PUBLISHER=github.' },
  GITHUB_BRANCH: { about: 'The branch answers are published to (default main).' },
  MPS_SITE_URL: {
    about: 'The public address of the site when URL is not set (self-hosting, local).',
  },
  APPEALS_PER_HOUR: { about: 'Registrations per client and hour (default 5).' },
  APPEALS_MIN_FILL_MS: { about: 'A form sent faster than this is taken for a robot (3000).' },
  APPEAL_LOOKUPS_PER_HOUR: {
    about: 'Status lookups and repeated submissions per client and hour (default 60).',
  },
  STAFF_JWT_SECRET: {
    about: 'The secret of local desk tokens (npm run staff:token).',
    localOnly: true,
  },
  QA_CONTENT_DIR: { about: 'The content folder the local publisher writes to.', localOnly: true },
  MPS_CONTENT_DIR: { about: 'Another content folder (tests, benchmarks).', localOnly: true },
  MPS_DIST_DIR: { about: 'The built site whose form pages the functions fill.', localOnly: true },
  MPS_PAGES_URL: {
    about: 'The dev server the functions read form pages from (npm start).',
    localOnly: true,
  },
} as const satisfies Record<string, SiteVariable>;

export type SiteVariableName = keyof typeof SITE_VARIABLES;
export type Env = Readonly<Record<string, string | undefined>>;

export type Mode = 'production' | 'local';

/** Production on Netlify (SITE_ID) or where the operator says so; local everywhere else. */
export function deploymentMode(env: Env = process.env): Mode {
  if (env['SITE_ID']) return 'production';
  const asked = env['MPS_MODE'];
  // Anything but an explicit "local" (or nothing) is taken as production: fail closed.
  if (asked !== undefined && asked !== '' && asked !== 'local') return 'production';
  return 'local';
}

/** A required setting is missing in production: the functions answer 503 until it is set. */
export class ConfigurationError extends ServiceUnavailableError {
  override name = 'ConfigurationError';
  readonly missing: readonly string[];
  /** `missing`: the variables to set (or to correct, with `why`). */
  constructor(missing: readonly string[], why = 'in the site’s environment') {
    super(`Not configured: set ${missing.join(', ')} ${why} (docs/deploy.md).`);
    this.missing = missing;
  }
}

/** The required settings that production lacks (none outside production). */
export function missingSettings(env: Env = process.env): string[] {
  if (deploymentMode(env) !== 'production') return [];
  const missing = Object.entries(SITE_VARIABLES)
    .filter(([name, variable]) => 'required' in variable && variable.required && !env[name])
    .map(([name]) => name);
  // Links in mail need the public address: Netlify gives URL; a self-hosted server names it.
  if (!env['URL'] && !env['MPS_SITE_URL']) missing.push('MPS_SITE_URL');
  return missing;
}

/** A variable's value; a local-only one is never read in production. */
export function setting(name: SiteVariableName, env: Env = process.env): string | undefined {
  const variable: SiteVariable = SITE_VARIABLES[name];
  if (variable.localOnly && deploymentMode(env) === 'production') return undefined;
  return env[name] || undefined;
}

/** The public site's address: Netlify's URL, else MPS_SITE_URL, else the local dev server. */
export const siteUrl = (env: Env = process.env) =>
  env['URL'] || setting('MPS_SITE_URL', env) || 'http://127.0.0.1:4321';

/** The names a function may see: the platform's and the site's (for the local emulation). */
export const FUNCTION_VARIABLES: readonly string[] = [
  ...PLATFORM_VARIABLES,
  ...Object.keys(SITE_VARIABLES),
];
