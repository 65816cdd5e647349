/**
 * The load of the HTTP benches (scripts/bench-appeals.ts): tasks driven as fast as they go or
 * at a steady rate, autocannon runs, and their figures as a table of requests per second and
 * p50/p95/p99 beside a baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest, type Agent } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface Figures {
  label: string;
  requests: number;
  seconds: number;
  times: number[];
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;

export function row(f: Figures, baseline?: Figures) {
  const sorted = [...f.times].sort((a, b) => a - b);
  const rps = f.requests / f.seconds;
  const ratio = baseline
    ? ` ${((100 * rps) / (baseline.requests / baseline.seconds)).toFixed(0)} %`.padStart(8)
    : ''.padStart(8);
  const ms = (q: number) => quantile(sorted, q).toFixed(1).padStart(8);
  return `${f.label.padEnd(44)}${rps.toFixed(0).padStart(8)}${ms(0.5)}${ms(0.95)}${ms(0.99)}${ratio}`;
}
export const HEADER = `${''.padEnd(44)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'of base'.padStart(8)}`;

export const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Starts a child process and waits for a line of its output that says it is ready. */
export async function child(args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  const proc = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = '';
  proc.stdout!.setEncoding('utf8');
  await new Promise<void>((done, fail) => {
    proc.stdout!.on('data', (chunk: string) => {
      seen += chunk;
      if (ready.test(seen)) done();
    });
    proc.once('exit', (code) => fail(new Error(`${args.join(' ')} exited (${code}): ${seen}`)));
  });
  return proc;
}
export const stop = async (proc: ChildProcess) => {
  if (proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  await once(proc, 'exit');
};

/**
 * Runs `task` on `connections` workers for `seconds`: as fast as they go, or at a steady `rate` a
 * second, each start scheduled at its own moment (autocannon's overallRate instead sends each
 * second's quota at once and then waits, which measures bursts at full speed). The latency of
 * each task is from its start to its end.
 */
export async function drive(
  label: string,
  task: () => Promise<void>,
  { connections, seconds, rate }: { connections: number; seconds: number; rate?: number },
): Promise<Figures> {
  const times: number[] = [];
  let scheduled = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      if (rate) {
        const wait = started + (scheduled++ * 1000) / rate - performance.now();
        if (wait > 0) await setTimeout(wait);
        if (performance.now() >= until) break;
      }
      const t = performance.now();
      await task();
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { label, requests: times.length, seconds: (performance.now() - started) / 1000, times };
}

/** One POST of `body` over a kept-alive connection of `agent`: its status and its answer. */
export function post(agent: Agent, origin: string, path: string, body: string) {
  return new Promise<{ status: number; text: string }>((done, fail) => {
    const request = httpRequest(
      `${origin}${path}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, text }));
        response.on('error', fail);
      },
    );
    request.on('error', fail);
    request.end(body);
  });
}

/** An autocannon run; the latency of every answer, and the answers by status. */
export async function cannon(
  label: string,
  options: autocannon.Options,
  expected: number,
): Promise<Figures> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(options, (error, finished) =>
      error ? fail(error as Error) : done(finished),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      times.push(time);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const wrong = [...statuses].filter(([s]) => s !== expected);
  if (wrong.length || result.errors || result.timeouts)
    throw new Error(
      `${label}: ${JSON.stringify(Object.fromEntries(statuses))}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return { label, requests: times.length, seconds, times };
}
