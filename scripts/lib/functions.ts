/**
 * Runs the Netlify Functions of functions/ inside a local Node server (the static server of
 * tests and `npm run preview`, and the API server of `npm start`): each function is a
 * `(Request, Context) => Response` with `config.path`, so locally it is called the same way
 * as on Netlify, with the same paths and parameters.
 */
import { readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

type Handler = (
  request: Request,
  context: { ip: string; params: Record<string, string> },
) => Response | Promise<Response>;

export interface FunctionRoute {
  segments: string[];
  handler: Handler;
}

/** Matches `/api/appeals/:number` against a path; the parameters, or undefined. */
export function matchRoute(segments: string[], path: string): Record<string, string> | undefined {
  const parts = path.replace(/\/+$/, '').split('/');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]!;
    if (segment.startsWith(':')) {
      if (!part) return undefined;
      params[segment.slice(1)] = decodeURIComponent(part);
    } else if (segment !== part) return undefined;
  }
  return params;
}

interface FunctionModule {
  default: Handler;
  config?: { path?: string | string[]; schedule?: string };
}

/** The modules of functions/, by file name, in name order. */
async function importFunctions(dir: string): Promise<[string, FunctionModule][]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f))
    .sort();
  return Promise.all(
    files.map(
      async (file) =>
        [file, (await import(pathToFileURL(join(dir, file)).href)) as FunctionModule] as [
          string,
          FunctionModule,
        ],
    ),
  );
}

export async function loadFunctions(dir = resolve('functions')): Promise<FunctionRoute[]> {
  const routes: FunctionRoute[] = [];
  for (const [, mod] of await importFunctions(dir)) {
    const paths = mod.config?.path;
    for (const path of Array.isArray(paths) ? paths : paths ? [paths] : [])
      routes.push({ segments: path.split('/'), handler: mod.default });
  }
  return routes;
}

/** Answers `req` with the function whose path matches; false when none does. */
export async function dispatch(
  routes: readonly FunctionRoute[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  for (const route of routes) {
    const params = matchRoute(route.segments, url.pathname);
    if (!params) continue;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method ?? 'GET',
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    });
    try {
      const response = await route.handler(request, {
        ip: req.socket.remoteAddress ?? '127.0.0.1',
        params,
      });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    }
    return true;
  }
  return false;
}

export interface ScheduledFunction {
  name: string;
  schedule: string;
  handler: () => unknown;
}

/** The scheduled functions (`config.schedule`) of functions/. */
export async function loadScheduled(dir = resolve('functions')): Promise<ScheduledFunction[]> {
  return (await importFunctions(dir)).flatMap(([name, mod]) =>
    mod.config?.schedule
      ? [{ name, schedule: mod.config.schedule, handler: mod.default as unknown as () => unknown }]
      : [],
  );
}

/**
 * Runs the scheduled functions locally: every `seconds` (default $MPS_SCHEDULE_SECONDS or 60),
 * not on their cron lines — each of ours is safe to run more often (the outbox sends what is
 * due; the digest goes out once a day). A run still going is not started again.
 */
export function runScheduled(
  list: readonly ScheduledFunction[],
  seconds = Number(process.env['MPS_SCHEDULE_SECONDS'] ?? 60),
): () => void {
  const running = new Set<string>();
  const timer = setInterval(() => {
    for (const fn of list) {
      if (running.has(fn.name)) continue;
      running.add(fn.name);
      Promise.resolve()
        .then(() => fn.handler())
        .catch((error: unknown) => console.error(`[schedule] ${fn.name}:`, error))
        .finally(() => running.delete(fn.name));
    }
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
