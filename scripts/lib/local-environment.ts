/**
 * What the local emulation's functions may see: the emulation's features we switch off, the
 * variables a deployed function has (plus what the emulation itself needs), and the one CSP
 * change made locally. Reasons in docs/decisions/0007-netlify-emulation.md.
 */
import { FUNCTION_VARIABLES } from '../../src/server/environment.ts';

const OFF = { enabled: false } as const;

/**
 * Features of the emulation we do not use: edge functions (none; they need Deno, which cannot
 * be fetched here), geolocation and the AI gateway (both ask Netlify's API), Netlify Database,
 * Blobs and the Image CDN (unused). `environmentVariables` would inject netlify.toml's build
 * environment and CONTEXT=dev into the functions, which a deployed function never sees.
 */
export const EMULATION_FEATURES = {
  edgeFunctions: OFF,
  geolocation: OFF,
  aiGateway: OFF,
  database: OFF,
  blobs: OFF,
  images: OFF,
  environmentVariables: OFF,
} as const;

/**
 * Kept besides FUNCTION_VARIABLES because the emulation needs it: lambda-local, which runs each
 * function call, joins `~/.aws/config` with HOME and every call fails with a TypeError without it.
 */
export const EMULATION_VARIABLES: readonly string[] = ['HOME'];

/** Whether a function may see the variable `name` (as on Netlify, plus EMULATION_VARIABLES). */
export const functionMaySee = (name: string) =>
  FUNCTION_VARIABLES.includes(name) || EMULATION_VARIABLES.includes(name);

/**
 * Removes from `env` every variable a deployed function would not have. The emulation runs each
 * call in a worker thread that inherits this process's environment, so this process keeps only
 * what the functions may see: run it before NetlifyDev starts, in a process of its own.
 * Returns the names removed.
 */
export function cleanEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  const removed = Object.keys(env).filter((name) => !functionMaySee(name));
  for (const name of removed) delete env[name];
  return removed.sort();
}

/** The port of the CMS's local backend (decap-server), which Decap calls at localhost. */
export const CMS_BACKEND = 'http://localhost:8081';

/**
 * Locally, the CMS page reaches its local backend (decap-server on another port); production's
 * policy (netlify.toml) does not allow it, so it is added here, to /admin/ only.
 */
export function localAdminCsp(path: string, csp: string): string {
  if (!/^\/admin(\/|$)/.test(path)) return csp;
  const directives = csp.split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => /^connect-src(\s|$)/i.test(d));
  if (at === -1) return csp;
  if (directives[at]!.split(/\s+/).includes(CMS_BACKEND)) return csp;
  directives[at] = `${directives[at]} ${CMS_BACKEND}`;
  return directives.filter(Boolean).join('; ');
}
