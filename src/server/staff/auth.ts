/**
 * Who may use the staff desk. Every staff function authenticates the request's bearer token
 * and checks the role on the server; nothing turns the checks off.
 *
 * - In production (environment.ts: on Netlify, or MPS_MODE=production) the token is a Netlify Identity token: `@netlify/identity`'s
 *   getUser() has Identity itself check it and returns the account with its roles
 *   (app_metadata.roles, set by an administrator in the Identity dashboard).
 * - Locally and in tests there is no Identity: `npm run staff:token -- --role chief` signs a
 *   token of the same shape (sub, email, app_metadata.roles, user_metadata.full_name, exp)
 *   with a local secret, and `jose` checks signature, algorithm, issuer, audience and expiry.
 * Either way the desk gets the same StaffUser and the same role checks apply.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import {
  DESK_ACTIONS,
  LIFECYCLE,
  READ_ROLES,
  type DeskActionType,
} from '../../lib/appeal-lifecycle.ts';
import {
  areaRole,
  parseRoleStrings,
  SEES_ALL_ROLES,
  type StaffRole,
} from '../../lib/staff-roles.ts';
import { deploymentMode, setting, type Env } from '../environment.ts';

/**
 * What each desk operation needs (any one of the roles): reading (an inspector reads only its
 * areas' appeals: staff-roles.ts, scopeOf()), the spam list, and the lifecycle's actions.
 */
export type Operation = 'read' | 'spam' | DeskActionType;
export const PERMISSIONS = Object.fromEntries([
  ['read', READ_ROLES],
  ['spam', SEES_ALL_ROLES],
  ...DESK_ACTIONS.map((action) => [action, LIFECYCLE[action].roles]),
]) as Record<Operation, readonly StaffRole[]>;

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  roles: StaffRole[];
  /** An inspector's areas ("almaly-07"), from the `area:…` strings among its roles. */
  areas: string[];
}

export const can = (user: StaffUser, operation: Operation) =>
  user.roles.some((role) => PERMISSIONS[operation].includes(role));

/** Turns a token's bearer header into a user; undefined for no, a bad or an expired token. */
export type Verifier = (request: Request) => Promise<StaffUser | undefined>;

interface Claims {
  sub?: unknown;
  email?: unknown;
  app_metadata?: { roles?: unknown } | null;
  user_metadata?: { full_name?: unknown } | null;
}

/**
 * The user a token's claims describe (Identity's claim shape): the roles and the areas
 * (`area:almaly-07`) of `app_metadata.roles`; roles we do not know and malformed areas are
 * dropped.
 */
export function userFromClaims(claims: Claims): StaffUser | undefined {
  if (typeof claims.sub !== 'string' || claims.sub === '') return undefined;
  const email = typeof claims.email === 'string' ? claims.email : '';
  const fullName = claims.user_metadata?.full_name;
  return {
    id: claims.sub,
    email,
    name: typeof fullName === 'string' && fullName.trim() ? fullName.trim() : email || claims.sub,
    ...parseRoleStrings(claims.app_metadata?.roles),
  };
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  return match?.[1];
}

const ISSUER = 'mps-almaty-local';
const AUDIENCE = 'mps-almaty-staff';
const ALGORITHM = 'HS256';

const key = (secret: string) => {
  if (secret.length < 32) throw new Error('The staff token secret must be at least 32 characters.');
  return new TextEncoder().encode(secret);
};

/** Checks locally signed tokens (HS256, our issuer and audience, not expired). */
export function localVerifier(secret: string): Verifier {
  const k = key(secret);
  return async (request) => {
    const token = bearerToken(request);
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, k, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp', 'sub'],
      });
      return userFromClaims(payload as Claims);
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return undefined;
      throw error;
    }
  };
}

export interface LocalTokenOptions {
  roles: StaffRole[];
  /** An inspector's areas, written among the roles as `area:almaly-07`. */
  areas?: readonly string[];
  email?: string;
  name?: string;
  /** Lifetime in seconds (default 8 hours: one working day). */
  expiresIn?: number;
  now?: Date;
}

/** Signs a token for a local user (`npm run staff:token`, tests). */
export async function issueLocalToken(secret: string, options: LocalTokenOptions): Promise<string> {
  const role = options.roles[0] ?? 'staff';
  const email = options.email ?? `${role}@local.test`;
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({
    email,
    app_metadata: { roles: [...options.roles, ...(options.areas ?? []).map(areaRole)] },
    user_metadata: { full_name: options.name ?? `Local ${options.roles.join(', ')}` },
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(`local:${email}`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresIn ?? 8 * 3600))
    .sign(key(secret));
}

/** Netlify Identity: Identity checks the token (the platform passes it to @netlify/identity). */
export const identityVerifier: Verifier = async (request) => {
  // Only a bearer header, never the nf_jwt cookie alone: another site cannot make a browser
  // send a header, so the desk's POSTs need no separate CSRF token.
  if (!bearerToken(request)) return undefined;
  const { getUser } = await import('@netlify/identity');
  const user = await getUser();
  if (!user) return undefined;
  return {
    id: user.id,
    email: user.email ?? '',
    name: user.name || user.email || user.id,
    ...parseRoleStrings(user.roles),
  };
};

export const LOCAL_SECRET_FILE = '.data/staff-secret';

/**
 * The local signing secret: $STAFF_JWT_SECRET, else .data/staff-secret (made on first use,
 * ignored by git). Never used on Netlify, where Identity signs the tokens.
 */
export function localSecret(
  fromEnv = setting('STAFF_JWT_SECRET'),
  file = LOCAL_SECRET_FILE,
): string {
  if (fromEnv) return fromEnv;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** In production (environment.ts) Identity is the only way in; elsewhere local tokens. */
export function runtimeVerifier(env: Env = process.env): Verifier {
  return deploymentMode(env) === 'production'
    ? identityVerifier
    : localVerifier(localSecret(setting('STAFF_JWT_SECRET', env)));
}

export type AuthResult =
  | { ok: true; user: StaffUser }
  | { ok: false; status: 401 | 403; reason: 'unauthenticated' | 'forbidden' };

/** 401 without a valid token, 403 without a role allowed to do `operation`. */
export async function authorize(
  request: Request,
  verifier: Verifier,
  operation: Operation,
): Promise<AuthResult> {
  const user = await verifier(request);
  if (!user) return { ok: false, status: 401, reason: 'unauthenticated' };
  if (!can(user, operation)) return { ok: false, status: 403, reason: 'forbidden' };
  return { ok: true, user };
}
