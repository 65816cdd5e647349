/**
 * The Netlify Identity e-mail templates (src/cms/identity-emails.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  IDENTITY_EMAILS,
  identityEmail,
  type IdentityEmail,
} from '../../src/cms/identity-emails.ts';

describe('Netlify Identity e-mail templates', () => {
  // The links open /admin/, where the Identity widget accepts the token (docs/cms.md).
  const TEMPLATES = {
    invitation: 'invite_token',
    confirmation: 'confirmation_token',
    recovery: 'recovery_token',
    'email-change': 'email_change_token',
  };
  it('has exactly these four', () => {
    expect(Object.keys(IDENTITY_EMAILS).sort()).toEqual(Object.keys(TEMPLATES).sort());
  });
  it.each(Object.entries(TEMPLATES))('%s.html links to /admin/ with its token', (name, token) => {
    const html = identityEmail(name as IdentityEmail);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(2); // Kazakh and Russian
    for (const link of links) expect(link).toBe(`{{ .SiteURL }}/admin/#${token}={{ .Token }}`);
  });
});
