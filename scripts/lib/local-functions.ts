/**
 * The functions under the local emulation: where they answer and which are scheduled (read
 * from their source), the scheduler that calls them, and the lane that runs calls one at a
 * time. Reasons in docs/decisions/0007-netlify-emulation.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/**
 * Runs tasks one after another. @netlify/dev 5.1.3 bundles a function anew into a temporary
 * folder on every call, but keeps one "latest build" per function and deletes each call's
 * folder when that call ends: two calls of one function at once can run from the other's
 * folder while it is deleted ("Cannot find module …/node_modules/zod/…", a 500). And each call
 * is a worker with database connections of its own, whose statements the embedded database
 * (scripts/db.ts) can mix with another call's ("bind message supplies 4 parameters, but
 * prepared statement "" requires 1"). Calls that may reach a function, the scheduled ones
 * too, therefore go through one lane.
 */
export class Lane {
  #last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#last.then(task, task);
    this.#last = result.catch(() => {});
    return result;
  }
}

/** The `config` object of each function of a folder, as source text, by name. */
function functionConfigs(dir: string): [name: string, config: string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.(m?[jt]s)$/.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const config = /export const config\b[^=]*=\s*(\{[^}]*\})/.exec(source)?.[1] ?? '';
      return [basename(file, extname(file)), config];
    });
}

/**
 * The scheduled functions of a folder (those whose `config` has a `schedule`), by name. Read
 * from the source: importing them would open their connections in this process.
 */
export function scheduledFunctions(dir: string): string[] {
  return functionConfigs(dir)
    .filter(([, config]) => /\bschedule\s*:/.test(config))
    .map(([name]) => name);
}

/**
 * Where the functions of a folder answer: the literal beginning of each `config.path` (up to
 * its first parameter or wildcard), and /.netlify/functions/. Read from the source as above;
 * a path not written as a string literal there is not seen.
 */
export function functionPaths(dir: string): string[] {
  const paths = new Set(['/.netlify/functions/']);
  for (const [, config] of functionConfigs(dir)) {
    const value = /\bpath\s*:\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/.exec(config)?.[1] ?? '';
    for (const [, path = ''] of value.matchAll(/['"]([^'"]+)['"]/g))
      paths.add(path.split(/[:*({?+]/)[0]!.toLowerCase());
  }
  return [...paths].sort();
}

/**
 * Runs the scheduled functions every `seconds`, not on their cron lines — the emulation does not
 * run them, and each of ours is safe to run more often (the outbox sends what is due; the
 * digest goes out once a day). `call` sends each through the emulation, as a request to
 * /.netlify/functions/<name>, like Netlify's scheduler. They run one after another, each put in
 * the queue when the one before has answered, so that a request waits for one of them at most;
 * a round still going when the next is due is not started again.
 */
export function startScheduler(
  call: (name: string) => Promise<Response | undefined>,
  names: readonly string[],
  seconds: number,
) {
  let running = false;
  const round = async () => {
    for (const name of names) {
      try {
        const response = await call(name);
        if (!response || response.status >= 400)
          console.error(
            `[schedule] ${name}: ${response?.status ?? 'no such function'} ${(await response?.text()) ?? ''}`,
          );
        else await response.body?.cancel();
      } catch (error) {
        console.error(`[schedule] ${name}:`, error);
      }
    }
  };
  const timer = setInterval(() => {
    if (running || !names.length) return;
    running = true;
    void round().finally(() => (running = false));
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
