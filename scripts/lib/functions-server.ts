/**
 * `node scripts/lib/functions-server.ts --port 8890 [--only appeals,appeal-status]`: the
 * functions of functions/ in one long-lived process, each at its `config.path`, called with a
 * Request and the parts of Netlify's Context they read (ip, params, waitUntil). It is the
 * handler code the platform runs, without the emulation's per-call worker and bundle (which
 * measures @netlify/dev, not our code: docs/decisions/0007-netlify-emulation.md): what
 * `npm run bench:appeals` loads. The environment is the process's own, as on the platform.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Config, Context } from '@netlify/functions';

type Handler = (request: Request, context: Context) => Promise<Response> | Response;
interface Route {
  name: string;
  /** The path's segments; `:name` captures one. */
  segments: string[];
  handler: Handler;
}

/** The routes of the functions in `dir` with a path (the scheduled ones have none). */
export async function loadRoutes(dir: string, only?: readonly string[]): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.m?[jt]s$/.test(f))
    .sort()) {
    const name = basename(file, extname(file));
    if (only && !only.includes(name)) continue;
    const module = (await import(pathToFileURL(join(dir, file)).href)) as {
      default: Handler;
      config?: Config;
    };
    const paths = module.config?.path;
    for (const path of typeof paths === 'string' ? [paths] : (paths ?? []))
      routes.push({ name, segments: path.split('/'), handler: module.default });
  }
  return routes;
}

/** The route a path matches, with its parameters (literal paths first, as Netlify orders them). */
export function match(routes: readonly Route[], path: string) {
  const parts = path.split('/');
  const ordered = [...routes].sort(
    (a, b) =>
      a.segments.filter((s) => s.startsWith(':')).length -
      b.segments.filter((s) => s.startsWith(':')).length,
  );
  for (const route of ordered) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (
      route.segments.every((segment, i) => {
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = decodeURIComponent(parts[i]!);
          return parts[i] !== '';
        }
        return segment === parts[i];
      })
    )
      return { route, params };
  }
  return undefined;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD'
      ? {}
      : { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' }),
  } as RequestInit);
}

export async function startFunctionsServer(port: number, dir: string, only?: readonly string[]) {
  const routes = await loadRoutes(dir, only);
  const pending = new Set<Promise<unknown>>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = match(routes, url.pathname);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('No function here.\n');
      return;
    }
    const context = {
      ip: req.socket.remoteAddress ?? '127.0.0.1',
      params: found.params,
      waitUntil: (promise: Promise<unknown>) => {
        pending.add(promise);
        void promise.finally(() => pending.delete(promise));
      },
    } as unknown as Context;
    try {
      const response = await found.route.handler(
        toRequest(req, `http://${req.headers.host}`),
        context,
      );
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error.\n');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    routes: routes.map((r) => `${r.segments.join('/')} → ${r.name}`),
    close: async () => {
      await Promise.allSettled(pending);
      await new Promise((done) => server.close(done));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8890' }, only: { type: 'string' } },
  });
  const server = await startFunctionsServer(
    Number(values.port),
    resolve('functions'),
    values.only?.split(','),
  );
  console.log(`functions on http://127.0.0.1:${values.port}/: ${server.routes.join(', ')}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void server.close().then(() => process.exit(0)));
}
