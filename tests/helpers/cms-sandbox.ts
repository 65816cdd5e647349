/**
 * The CMS tests edit a throw-away copy of the site, never the repository's content/.
 *
 * Run as a script (playwright.config.ts does), this copies tests/fixtures/content-min into a
 * fresh git repository at SANDBOX and serves it with decap-server in git mode on port 8081:
 * drafts become branches, as with git-gateway in production, so the editorial workflow
 * (draft → in review → ready → published) works as it does on Netlify. The tests import
 * SANDBOX to read the files the CMS wrote and to build the site from them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SANDBOX = process.env['CMS_SANDBOX'] ?? join(tmpdir(), 'mps-cms-sandbox');
export const SANDBOX_CONTENT = join(SANDBOX, 'content');
export const CMS_PORT = 8081;

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: SANDBOX, encoding: 'utf8', stdio: 'pipe' }).trim();

/**
 * Puts the sandbox back as it was created: no drafts, no published edits. The CMS tests call
 * it first, so that a retried test starts from the same content.
 */
export function resetSandbox() {
  git('checkout', '--quiet', '--force', 'main');
  git('reset', '--quiet', '--hard', 'start');
  git('clean', '--quiet', '-fd');
  const drafts = git('branch', '--list', 'cms/*', '--format=%(refname:short)');
  if (drafts) git('branch', '--quiet', '-D', ...drafts.split('\n'));
}

function createSandbox() {
  rmSync(SANDBOX, { recursive: true, force: true });
  mkdirSync(SANDBOX, { recursive: true });
  cpSync('tests/fixtures/content-min', SANDBOX_CONTENT, { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Sandbox content');
  git('tag', 'start');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  createSandbox();
  Object.assign(process.env, {
    GIT_REPO_DIRECTORY: SANDBOX,
    MODE: 'git',
    PORT: String(CMS_PORT),
    BIND_HOST: '127.0.0.1',
  });
  createRequire(import.meta.url)('decap-server');
}
