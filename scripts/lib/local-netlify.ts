/**
 * The site under Netlify's own local emulation (@netlify/dev), behind a small Node HTTP
 * server: `npm run preview` and the end-to-end tests (the built site), `npm start` (in front of
 * `astro dev`), the build tests and bench:admin (a built site without functions).
 *
 * The emulation serves the publish folder, applies netlify.toml's headers and redirects
 * (Language conditions included) and runs functions/ as Netlify does. What this module adds,
 * each for a reason given where it is done (docs/decisions/0007-netlify-emulation.md):
 *   - the functions see only the variables a deployed function would (cleanEnvironment);
 *   - a non-forced rewrite with status 404 answers 404, not 200 (RewriteStatus);
 *   - a path nothing matches gets /404.html with status 404, as on Netlify;
 *   - a malformed URL answers 400 instead of throwing;
 *   - the functions run one call at a time (Lane: a race in the emulation, and the embedded
 *     database);
 *   - the client's address reaches the functions (x-forwarded-for, as the CLI's proxy sets it);
 *   - locally, /admin/ may connect to the CMS's local backend (localAdminCsp);
 *   - the scheduled functions run every few seconds (startScheduler);
 *   - with `upstream` (npm start), what the emulation does not answer goes to astro dev.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { NetlifyDev } from '@netlify/dev';
import { shouldBase64Encode } from '@netlify/dev-utils';
import { HeadersHandler } from '@netlify/headers';
import { RedirectsHandler } from '@netlify/redirects';
import { StaticHandler } from '@netlify/static';
import { parse } from 'smol-toml';
import { EMULATION_FEATURES, localAdminCsp } from './local-environment.ts';
import { functionPaths, Lane, scheduledFunctions, startScheduler } from './local-functions.ts';

/**
 * @netlify/redirects 4.0.2 answers a non-forced rewrite with its target's status, 200, where
 * Netlify answers the rule's status: `/ru/* → /ru/404/ 404` must answer 404 for a missing page.
 * This matches the request against the same rules and files and gives the status Netlify would.
 */
export class RewriteStatus {
  readonly #redirects: RedirectsHandler;
  readonly #files: StaticHandler;

  constructor(options: { projectRoot: string; publish: string }) {
    this.#redirects = new RedirectsHandler({
      configPath: join(options.projectRoot, 'netlify.toml'),
      configRedirects: [],
      jwtRoleClaim: '',
      jwtSecret: '',
      projectDir: options.projectRoot,
    });
    this.#files = new StaticHandler({ directory: [options.publish] });
  }

  /** The status for `request`, which the emulation answered as a redirect rule with `status`. */
  async status(request: Request, status: number): Promise<number> {
    if (status !== 200) return status;
    const rule = await this.#redirects.match(request);
    if (!rule || rule.force || rule.redirect || rule.external || rule.statusCode === 200)
      return status;
    // A file at the requested path shadows a rule that is not forced: it is served as it is.
    if (await this.#files.match(request)) return status;
    return rule.statusCode;
  }
}

/** netlify.toml's `[build]` folders, relative to its project. */
function buildFolders(projectRoot: string): { publish: string; functions: string } {
  const config = parse(readFileSync(join(projectRoot, 'netlify.toml'), 'utf8')) as {
    build?: { publish?: string; functions?: string };
  };
  return {
    publish: config.build?.publish ?? '.',
    functions: config.build?.functions ?? 'netlify/functions',
  };
}

/**
 * The emulation serves netlify.toml's publish folder and refuses folders outside the project.
 * To serve another built site, it gets a project of its own: a folder in `.netlify/` whose
 * netlify.toml, functions folder and publish folder are links to the real ones.
 */
function projectFor(projectRoot: string, publish: string): { root: string; remove: () => void } {
  const folders = buildFolders(projectRoot);
  if (resolve(projectRoot, folders.publish) === publish)
    return { root: projectRoot, remove: () => {} };
  const root = mkdtempSync(join(projectRoot, '.netlify', 'serve-'));
  symlinkSync(join(projectRoot, 'netlify.toml'), join(root, 'netlify.toml'));
  symlinkSync(publish, join(root, folders.publish));
  if (existsSync(join(projectRoot, folders.functions)))
    symlinkSync(join(projectRoot, folders.functions), join(root, folders.functions));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface LocalNetlifyOptions {
  /** The folder with netlify.toml and functions/ (default: the current folder). */
  projectRoot?: string;
  /** The built site to serve (default: netlify.toml's publish folder). */
  publish?: string;
  /** Run the functions (default true). */
  functions?: boolean;
  /**
   * A dev server (astro dev) that answers what the emulation does not: files are not served
   * from the publish folder then, and netlify.toml's headers are applied to its answers.
   */
  upstream?: string;
}

export interface LocalNetlify {
  server: Server;
  dev: NetlifyDev;
  /** The built site served. */
  publish: string;
  /** The scheduled functions of the project. */
  scheduled: string[];
  /** Runs the scheduled functions every `seconds` (see startScheduler); returns a stop. */
  schedule: (seconds: number) => () => void;
  close: () => Promise<void>;
}

/** The request without its body, for matching rules. */
function readOnlyRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    headers,
  });
}

/**
 * A body Netlify's platform hands to a function Base64-encoded (a file upload: multipart, an
 * image…; `shouldBase64Encode` is the emulation's own rule). @netlify/functions-dev 2.0.8 reads
 * such a body as UTF-8 text yet marks it `isBase64Encoded`, so the function receives the text
 * Base64-decoded: garbage (`lambdaEventFromWebRequest` in its dist/main.js). The platform
 * encodes the bytes first; base64Request does the same here, and the emulation's decoding gives
 * the function the bytes that were sent.
 */
const hasBinaryBody = (req: IncomingMessage) =>
  req.method !== 'GET' &&
  req.method !== 'HEAD' &&
  req.headers['content-type'] !== undefined &&
  shouldBase64Encode(req.headers['content-type']);

async function base64Request(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = readOnlyRequest(req).headers;
  headers.delete('content-length');
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    method: req.method ?? 'POST',
    headers,
    body: Buffer.concat(chunks).toString('base64'),
  });
}

/** Writes a fetch Response to a Node response (no body for HEAD). */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
  status = response.status,
  adjust: (headers: Record<string, string | string[]>) => void = () => {},
) {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  adjust(headers);
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || !response.body) {
    await response.body?.cancel();
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
      .on('error', () => {
        res.destroy();
        done();
      })
      .pipe(res)
      .on('close', done);
  });
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

/** Starts the emulation for a project and returns a server (not yet listening) around it. */
export async function createLocalNetlify(options: LocalNetlifyOptions = {}): Promise<LocalNetlify> {
  const projectRoot = resolve(options.projectRoot ?? '.');
  const folders = buildFolders(projectRoot);
  const publish = resolve(options.publish ?? join(projectRoot, folders.publish));
  const functions = options.functions ?? true;
  const project = projectFor(projectRoot, publish);
  const upstream = options.upstream ? new URL(options.upstream) : undefined;

  const dev = new NetlifyDev({
    projectRoot: project.root,
    // .netlify/ is ignored by the repository already; fixture projects get no .gitignore.
    skipGitignore: true,
    serverAddress: upstream ? upstream.origin : null,
    ...EMULATION_FEATURES,
    functions: { enabled: functions },
    // In front of astro dev the pages come from it, never from an older build in dist/.
    staticFiles: { enabled: !upstream },
  });
  await dev.start();
  const rewrites = new RewriteStatus({ projectRoot: project.root, publish });
  const headerRules = new HeadersHandler({
    configPath: join(project.root, 'netlify.toml'),
    projectDir: project.root,
    logger: console,
  });

  const functionLane = new Lane();
  const routes = functions ? functionPaths(join(projectRoot, folders.functions)) : [];
  /** The emulation's answer; one at a time for the paths of the functions. */
  const emulate = async (req: IncomingMessage, path: string) =>
    routes.some((route) => path.toLowerCase().startsWith(route))
      ? functionLane.run(async () =>
          hasBinaryBody(req)
            ? dev.handleAndIntrospect(await base64Request(req))
            : dev.handleAndIntrospectNodeRequest(req),
        )
      : dev.handleAndIntrospectNodeRequest(req);

  const localHeaders = (path: string) => (headers: Record<string, string | string[]>) => {
    const csp = headers['content-security-policy'];
    if (typeof csp === 'string') headers['content-security-policy'] = localAdminCsp(path, csp);
  };

  /** Answers from astro dev, with the headers Netlify would add to a page at that path. */
  const proxy = async (req: IncomingMessage, res: ServerResponse, url: URL, target: URL) => {
    const rules = await headerRules.apply(readOnlyRequest(req));
    await new Promise<void>((done) => {
      const forward = httpRequest(
        new URL(req.url ?? '/', target),
        { method: req.method, headers: req.headers },
        (answer) => {
          const headers: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (value !== undefined) headers[name] = value;
          for (const [name, value] of Object.entries(rules)) headers[name.toLowerCase()] = value;
          localHeaders(url.pathname)(headers);
          // Astro's dev pages carry inline scripts and styles (hot reload, the dev toolbar)
          // that the built pages do not: the policy is reported in the console, not enforced.
          // The built site is served with it enforced (npm run preview, the e2e tests).
          const csp = headers['content-security-policy'];
          if (csp !== undefined) {
            delete headers['content-security-policy'];
            headers['content-security-policy-report-only'] = csp;
          }
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res).on('close', done);
        },
      );
      forward.on('error', (error) => {
        if (!res.headersSent) plain(res, 502, `The dev server did not answer: ${error.message}`);
        else res.destroy();
        done();
      });
      req.pipe(forward);
    });
  };

  const server = createServer(async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      // Netlify's redirect matcher decodes the path; a malformed %-sequence would throw there.
      decodeURIComponent(url.pathname);
    } catch {
      plain(res, 400, 'Bad Request');
      return;
    }
    // The functions read the client's address from it (Netlify's CDN sets its own).
    req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
    try {
      const result = await emulate(req, url.pathname);
      if (result) {
        const status =
          result.type === 'redirect'
            ? await rewrites.status(readOnlyRequest(req), result.response.status)
            : result.response.status;
        await send(req, res, result.response, status, localHeaders(url.pathname));
        return;
      }
      if (upstream) {
        await proxy(req, res, url, upstream);
        return;
      }
      // Nothing matched: Netlify answers with the site's /404.html.
      const notFound = await dev.handle(new Request(new URL('/404.html', 'http://localhost')));
      if (notFound?.ok) await send(req, res, notFound, 404, localHeaders(url.pathname));
      else plain(res, 404, 'Not Found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });

  // astro dev's hot reload talks over a WebSocket: pass upgrades through to it.
  if (upstream)
    server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
      const target = connect(Number(upstream.port), upstream.hostname, () => {
        const lines = [`${req.method} ${req.url} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2)
          lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        target.write(`${lines.join('\r\n')}\r\n\r\n`);
        target.write(head);
        socket.pipe(target).pipe(socket);
      });
      target.on('error', () => socket.destroy());
      socket.on('error', () => target.destroy());
    });

  const scheduled = functions ? scheduledFunctions(join(projectRoot, folders.functions)) : [];
  return {
    server,
    dev,
    publish,
    scheduled,
    schedule: (seconds) =>
      startScheduler(
        (name) =>
          functionLane.run(() =>
            dev.handle(new Request(`http://localhost/.netlify/functions/${name}`)),
          ),
        scheduled,
        seconds,
      ),
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await dev.stop();
      project.remove();
    },
  };
}

/** Listens on 127.0.0.1; the port (useful with 0). */
export async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}
