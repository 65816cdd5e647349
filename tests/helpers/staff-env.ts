/**
 * What the staff-desk tests share with playwright.config.ts: the local signing secret of the
 * server under test, the folder its publisher writes Q&A entries to, and the mail sink's ports.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaffRole } from '../../src/lib/staff-roles.ts';
import { issueLocalToken } from '../../src/server/staff/auth.ts';

export const STAFF_SECRET = 'e2e-staff-secret-not-for-production-use';
/** The content folder the desk publishes into (the repository's content/ stays untouched). */
export const QA_SANDBOX = process.env['QA_SANDBOX'] ?? join(tmpdir(), 'mps-qa-sandbox');
export const MAIL_SMTP_PORT = 2526;
export const MAIL_HTTP_PORT = 8026;

/** A token of one role; an inspector's areas (`almaly-07`) go with it as Identity keeps them. */
export const staffToken = (role: StaffRole, name: string, areas: readonly string[] = []) =>
  issueLocalToken(STAFF_SECRET, { roles: [role], name, email: `${role}@mps.test`, areas });
