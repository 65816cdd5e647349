/**
 * A small static server for dist/ that behaves like Netlify where our tests care:
 * directory indexes, 301 to the trailing-slash URL, the headers and the 404 rules of
 * netlify.toml. The Language redirects of `/` are not applied: `/` serves /index.html.
 *
 * Usage: node scripts/serve.ts [--port 4322] [--dir dist]   (port also from $PORT)
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  dispatch,
  loadFunctions,
  loadScheduled,
  runScheduled,
  type FunctionRoute,
} from './lib/functions.ts';
import type { Lookup } from './lib/links.ts';
import { resolvePath } from './lib/links.ts';
import {
  fillTarget,
  headersFor,
  matchPattern,
  parseNetlifyToml,
  type NetlifyConfig,
} from './lib/netlify.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind's index files.
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What to answer for a request path. */
export type Decision =
  | { kind: 'file'; file: string; status: number }
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'missing' };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Decides how to answer `path` (decoded, without query). Mirrors Netlify: forced rules
 * first, then files, then the other rules in order, then /404.html. Rules with conditions
 * (Language…) and rules for `/` (the language redirect) are not applied locally.
 */
export function decide(
  path: string,
  search: string,
  lookup: Lookup,
  config: NetlifyConfig,
): Decision {
  const rules = config.redirects.filter((r) => !r.conditions && r.from !== '/');
  const applyRule = (forced: boolean): Decision | undefined => {
    for (const rule of rules) {
      if (rule.force !== forced) continue;
      const params = matchPattern(rule.from, path);
      if (!params) continue;
      const target = fillTarget(rule.to, params);
      if (REDIRECT_STATUSES.has(rule.status)) {
        return { kind: 'redirect', location: target, status: rule.status };
      }
      const file = resolvePath(target, lookup);
      if (file !== undefined) return { kind: 'file', file, status: rule.status };
    }
    return undefined;
  };

  const forced = applyRule(true);
  if (forced) return forced;
  const rel = path.replace(/^\/+/, '');
  if (rel !== '' && !path.endsWith('/') && lookup(rel) === 'dir') {
    return { kind: 'redirect', location: `${path}/${search}`, status: 301 };
  }
  const file = resolvePath(path, lookup);
  if (file !== undefined) return { kind: 'file', file, status: 200 };
  const rule = applyRule(false);
  if (rule) return rule;
  return lookup('404.html') === 'file'
    ? { kind: 'file', file: '404.html', status: 404 }
    : { kind: 'missing' };
}

/** A Lookup on a real folder that never leaves it. */
export function folderLookup(root: string): Lookup {
  return (rel) => {
    const full = resolve(root, rel);
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    try {
      const stat = statSync(full);
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : undefined;
    } catch {
      return undefined;
    }
  };
}

export function createStaticServer(
  dir: string,
  config: NetlifyConfig,
  functions: readonly FunctionRoute[] = [],
): Server {
  const root = resolve(dir);
  const lookup = folderLookup(root);

  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    // The functions, at their Netlify paths (/api/…), before the static files.
    if (functions.length && (req.url ?? '').startsWith('/api/')) {
      if (!(await dispatch(functions, req, res))) send(404, 'Not Found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let path: string;
    let search: string;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
      search = url.search;
    } catch {
      send(400, 'Bad Request\n');
      return;
    }
    if (path.includes('\0')) {
      send(400, 'Bad Request\n');
      return;
    }

    // Netlify's default when no rule sets Cache-Control.
    const headers: Record<string, string> = {
      'Cache-Control': 'public, max-age=0, must-revalidate',
      ...headersFor(path, config.headers),
    };
    const decision = decide(path, search, lookup, config);
    if (decision.kind === 'redirect') {
      send(decision.status, `Redirecting to ${decision.location}\n`, {
        ...headers,
        Location: decision.location,
      });
      return;
    }
    if (decision.kind === 'missing') {
      send(404, 'Not Found\n', headers);
      return;
    }
    const full = resolve(root, decision.file);
    res.writeHead(decision.status, {
      ...headers,
      'Content-Type': contentType(full),
      'Content-Length': String(statSync(full).size),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(full)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? '4322' },
      dir: { type: 'string', default: 'dist' },
      config: {
        type: 'string',
        default: fileURLToPath(new URL('../netlify.toml', import.meta.url)),
      },
    },
  });
  const dir = resolve(values.dir);
  const port = Number(values.port);
  if (folderLookup(dir)('index.html') !== 'file') {
    console.error(`${dir}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  const config = parseNetlifyToml(readFileSync(values.config, 'utf8'));
  // The functions read the built form pages of this folder.
  process.env['MPS_DIST_DIR'] ??= dir;
  const server = createStaticServer(dir, config, await loadFunctions());
  // The scheduled functions (the outbox's retries, the daily digest), as Netlify would run them.
  runScheduled(await loadScheduled());
  server.listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dir} at http://127.0.0.1:${port}/`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
