/** Staff sign-in: locally signed tokens are checked like Identity's (signature, expiry, roles). */
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  authorize,
  can,
  issueLocalToken,
  localVerifier,
  PERMISSIONS,
  userFromClaims,
} from '../../src/server/staff/auth.ts';
import { inScope, parseRoleStrings, scopeOf, STAFF_ROLES } from '../../src/lib/staff-roles.ts';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const verify = localVerifier(SECRET);
const withToken = (token: string) =>
  new Request('http://desk.test/api/staff/appeals', {
    headers: { Authorization: `Bearer ${token}` },
  });

describe('local staff tokens', () => {
  it('accepts a token it issued and reads the user and roles from it', async () => {
    const token = await issueLocalToken(SECRET, {
      roles: ['chief'],
      email: 'chief@local.test',
      name: 'Демо Начальник',
    });
    expect(await verify(withToken(token))).toEqual({
      id: 'local:chief@local.test',
      email: 'chief@local.test',
      name: 'Демо Начальник',
      roles: ['chief'],
      areas: [],
    });
  });

  it('carries an inspector’s areas among its roles, as Identity does', async () => {
    const token = await issueLocalToken(SECRET, {
      roles: ['inspector'],
      areas: ['almaly-07', 'almaly-08'],
      email: 'inspector@local.test',
    });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      app_metadata: { roles: string[] };
    };
    expect(claims.app_metadata.roles).toEqual(['inspector', 'area:almaly-07', 'area:almaly-08']);
    expect(await verify(withToken(token))).toMatchObject({
      roles: ['inspector'],
      areas: ['almaly-07', 'almaly-08'],
    });
  });

  it('refuses no token, a malformed header, a tampered, an expired, a foreign and an unsigned token', async () => {
    const token = await issueLocalToken(SECRET, { roles: ['moderator'] });
    expect(await verify(new Request('http://desk.test/'))).toBeUndefined();
    expect(
      await verify(new Request('http://desk.test/', { headers: { Authorization: token } })),
    ).toBeUndefined();
    // The same signature over a payload that claims the admin role.
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
      app_metadata: { roles: string[] };
    };
    claims.app_metadata.roles = ['admin'];
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await verify(withToken(forged))).toBeUndefined();
    const expired = await issueLocalToken(SECRET, {
      roles: ['chief'],
      expiresIn: 60,
      now: new Date(Date.now() - 3600_000),
    });
    expect(await verify(withToken(expired))).toBeUndefined();
    const foreign = await issueLocalToken('another-secret-of-at-least-thirty-two-chars', {
      roles: ['admin'],
    });
    expect(await verify(withToken(foreign))).toBeUndefined();
    const unsigned = new UnsecuredJWT({ app_metadata: { roles: ['admin'] } })
      .setSubject('x')
      .setIssuer('mps-almaty-local')
      .setAudience('mps-almaty-staff')
      .setExpirationTime('1h')
      .encode();
    expect(await verify(withToken(unsigned))).toBeUndefined();
    // Right key, but not our issuer.
    const otherIssuer = await new SignJWT({ app_metadata: { roles: ['admin'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('someone-else')
      .setAudience('mps-almaty-staff')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    expect(await verify(withToken(otherIssuer))).toBeUndefined();
  });

  it('refuses a short secret', () => {
    expect(() => localVerifier('short')).toThrow(/32/);
  });
});

describe('roles', () => {
  it('keeps only the roles the desk knows', () => {
    expect(
      userFromClaims({ sub: 'u1', email: 'a@b.kz', app_metadata: { roles: ['editor', 'chief'] } }),
    ).toMatchObject({ roles: ['chief'], name: 'a@b.kz' });
    expect(userFromClaims({ email: 'a@b.kz' })).toBeUndefined();
  });

  it('reads the areas written as area:… and drops what is not an area id', () => {
    expect(
      userFromClaims({
        sub: 'u2',
        app_metadata: {
          roles: [
            'inspector',
            'area:almaly-07',
            'area: Almaly-08 ',
            'area:almaly-07',
            'area:almaly',
            'area:',
            'area:../x-01',
            'almaly-09',
            42,
            { area: 'almaly-10' },
          ],
        },
      }),
    ).toMatchObject({ roles: ['inspector'], areas: ['almaly-07', 'almaly-08'] });
    expect(parseRoleStrings('inspector')).toEqual({ roles: [], areas: [] });
    expect(parseRoleStrings(undefined)).toEqual({ roles: [], areas: [] });
    expect(userFromClaims({ sub: 'u3', app_metadata: null })).toMatchObject({
      roles: [],
      areas: [],
    });
  });

  it('gives each role its operations', () => {
    const user = (role: (typeof STAFF_ROLES)[number]) => ({
      id: role,
      email: '',
      name: role,
      roles: [role],
      areas: [],
    });
    expect(can(user('moderator'), 'forward')).toBe(true);
    expect(can(user('moderator'), 'answer')).toBe(false);
    expect(can(user('moderator'), 'publish')).toBe(false);
    expect(can(user('chief'), 'answer')).toBe(true);
    expect(can(user('chief'), 'forward')).toBe(false);
    for (const operation of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(can(user('admin'), operation), operation).toBe(true);
    expect(can({ id: 'x', email: '', name: 'x', roles: [], areas: [] }, 'read')).toBe(false);
    // An inspector reads (its areas' appeals), takes and answers; nothing else (not reject:
    // a rejection sends no mail, docs/staff.md).
    expect(
      (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((o) =>
        can(user('inspector'), o),
      ),
    ).toEqual(['read', 'take', 'answer']);
    for (const role of ['moderator', 'chief', 'admin'] as const)
      expect(can(user(role), 'spam'), role).toBe(true);
  });

  it('authorize: 401 without a user, 403 without the role', async () => {
    const chief = await issueLocalToken(SECRET, { roles: ['chief'] });
    expect(await authorize(new Request('http://x/'), verify, 'read')).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await authorize(withToken(chief), verify, 'forward')).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await authorize(withToken(chief), verify, 'answer')).toMatchObject({ ok: true });
  });
});

describe('which appeals a user sees', () => {
  const all = { all: true } as const;

  it('sees all with moderator, chief or admin, whatever areas it also has', () => {
    for (const role of ['moderator', 'chief', 'admin'] as const) {
      expect(scopeOf({ roles: [role], areas: [] })).toEqual(all);
      expect(scopeOf({ roles: ['inspector', role], areas: ['almaly-07'] })).toEqual(all);
    }
    expect(inScope(all, null)).toBe(true);
    expect(inScope(all, 'medeu-03')).toBe(true);
  });

  it('sees an inspector’s areas only: not another area, not an appeal to the chief', () => {
    const scope = scopeOf({ roles: ['inspector'], areas: ['almaly-07', 'almaly-08'] });
    expect(scope).toEqual({ all: false, areas: ['almaly-07', 'almaly-08'] });
    expect(inScope(scope, 'almaly-07')).toBe(true);
    expect(inScope(scope, 'almaly-08')).toBe(true);
    expect(inScope(scope, 'almaly-09')).toBe(false);
    expect(inScope(scope, null)).toBe(false);
  });

  it('sees nothing with no areas, and areas without the inspector role give nothing', () => {
    const none = scopeOf({ roles: ['inspector'], areas: [] });
    expect(inScope(none, 'almaly-07')).toBe(false);
    expect(inScope(none, null)).toBe(false);
    const noRole = scopeOf({ roles: [], areas: ['almaly-07'] });
    expect(inScope(noRole, 'almaly-07')).toBe(false);
  });
});
