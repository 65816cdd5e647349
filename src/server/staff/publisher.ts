/**
 * Publishing an answered question: a Q&A entry written into content/qa/{lang}/, which the
 * next build puts on the chief's blog. Where it is written depends on where the desk runs:
 *
 * - `fs`: the file system (local development: `npm start`'s dev server picks it up at once);
 * - `git-gateway`: a commit through Netlify's Git Gateway with the staff member's own
 *   Identity token (the same route the CMS takes; the commit triggers a build);
 * - `github`: a commit through the GitHub contents API with a token of the site's own
 *   (GITHUB_TOKEN, repository GITHUB_REPO).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import type { Locale } from '../../i18n/locales.ts';
import { qaSchema } from '../../models/qa.ts';
import { deploymentMode, setting, siteUrl, type Env } from '../environment.ts';

export interface WriteOptions {
  /** The staff member's own token (git-gateway commits with it). */
  bearer?: string | undefined;
  /** Gives up when aborted (the desk's time limit for a push). */
  signal?: AbortSignal | undefined;
}

export interface Publisher {
  /** Writes (or replaces) `path`, relative to the repository's content folder. */
  write(path: string, content: string, message: string, options?: WriteOptions): Promise<void>;
}

export class PublishError extends Error {
  override name = 'PublishError';
}

export interface QaInput {
  number: string;
  language: Locale;
  kind: string;
  topic: string;
  asked: string;
  answered: string;
  published: string;
  question: string;
  answer: string;
}

/**
 * The entry's path (relative to content/) and its file, parsed with its model
 * (src/models/qa.ts) first: an entry the build would refuse is a PublishError, never written.
 */
export function qaEntry(input: QaInput): { path: string; content: string } {
  const slug = input.number.toLowerCase();
  // Everything is front matter: the question and the answer are plain text, shown escaped,
  // never rendered as Markdown or HTML.
  const parsed = qaSchema.safeParse({
    kind: input.kind,
    topic: input.topic,
    asked: input.asked,
    answered: input.answered,
    published: input.published,
    question: input.question,
    answer: input.answer,
  });
  if (!parsed.success)
    throw new PublishError(
      `Refusing to publish ${input.number}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    path: `qa/${input.language}/${slug}.md`,
    content: `---\n${stringify(parsed.data, { lineWidth: 0 })}---\n`,
  };
}

const SAFE_PATH = /^qa\/(kk|ru|en)\/[a-z0-9-]+\.md$/;

function checkPath(path: string) {
  if (!SAFE_PATH.test(path)) throw new PublishError(`Refusing to publish to ${path}.`);
}

export function fsPublisher(contentDir: string): Publisher {
  const root = resolve(contentDir);
  return {
    async write(path, content) {
      checkPath(path);
      const file = join(root, path);
      if (!file.startsWith(root + sep)) throw new PublishError(`Refusing to publish to ${path}.`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    },
  };
}

export interface GitHubOptions {
  /** Contents API base: https://api.github.com/repos/OWNER/REPO or {site}/.netlify/git/github. */
  api: string;
  /** A token of the site's own; without it the staff member's bearer token is used. */
  token?: string | undefined;
  branch: string;
  /** The content folder inside the repository. */
  contentDir?: string;
  fetch?: typeof fetch;
}

/** A commit through the GitHub contents API (directly, or via Netlify's Git Gateway). */
export function gitHubPublisher(options: GitHubOptions): Publisher {
  const doFetch = options.fetch ?? fetch;
  const base = options.api.replace(/\/+$/, '');
  return {
    async write(path, content, message, auth) {
      checkPath(path);
      const token = options.token ?? auth?.bearer;
      if (!token) throw new PublishError('No token to commit with.');
      const url = `${base}/contents/${options.contentDir ?? 'content'}/${path}`;
      const headers = {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'Content-Type': 'application/json',
      };
      // Replacing a file needs its current blob sha.
      const signal = auth?.signal;
      const existing = await doFetch(`${url}?ref=${encodeURIComponent(options.branch)}`, {
        headers,
        ...(signal ? { signal } : {}),
      });
      const sha = existing.ok ? ((await existing.json()) as { sha?: string }).sha : undefined;
      const response = await doFetch(url, {
        method: 'PUT',
        headers,
        ...(signal ? { signal } : {}),
        body: JSON.stringify({
          message,
          content: Buffer.from(content, 'utf8').toString('base64'),
          branch: options.branch,
          ...(sha ? { sha } : {}),
        }),
      });
      if (!response.ok)
        throw new PublishError(`The repository refused the commit (${response.status}).`);
    },
  };
}

/**
 * The publisher the environment asks for (QA_PUBLISHER): in production a git publisher
 * (git-gateway by default; the file system is refused, a deployed function's is read-only and
 * thrown away), locally the file system by default.
 */
export function runtimePublisher(env: Env = process.env): Publisher {
  const production = deploymentMode(env) === 'production';
  const kind = setting('QA_PUBLISHER', env) ?? (production ? 'git-gateway' : 'fs');
  const branch = setting('GITHUB_BRANCH', env) ?? 'main';
  switch (kind) {
    case 'fs':
      if (production)
        throw new Error('QA_PUBLISHER=fs is for local use; use git-gateway or github.');
      return fsPublisher(
        setting('QA_CONTENT_DIR', env) ?? setting('MPS_CONTENT_DIR', env) ?? 'content',
      );
    case 'git-gateway': {
      const site = siteUrl(env);
      return gitHubPublisher({ api: `${site}/.netlify/git/github`, branch });
    }
    case 'github': {
      const repo = setting('GITHUB_REPO', env);
      const token = setting('GITHUB_TOKEN', env);
      if (!repo || !token) throw new Error('github publishing needs GITHUB_REPO and GITHUB_TOKEN.');
      return gitHubPublisher({ api: `https://api.github.com/repos/${repo}`, token, branch });
    }
    default:
      throw new Error(`Unknown QA_PUBLISHER "${kind}" (fs, git-gateway or github).`);
  }
}
