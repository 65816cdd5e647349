// /admin/emails/<name>.html: the Netlify Identity e-mail templates (src/cms/identity-emails.ts).
import type { APIRoute } from 'astro';
import {
  IDENTITY_EMAILS,
  identityEmail,
  type IdentityEmail,
} from '../../../cms/identity-emails.ts';

export function getStaticPaths() {
  return Object.keys(IDENTITY_EMAILS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(identityEmail(params['name'] as IdentityEmail), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
