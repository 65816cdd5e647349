/**
 * HTML validation with the W3C Nu Html Checker (vnu.jar from the vnu-jar package).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  extract: string | undefined;
}

/** Parses vnu's `--format json` output (written to stderr); keeps errors only. */
export function parseVnuJson(output: string): VnuMessage[] {
  if (output.trim() === '') return [];
  const data = JSON.parse(output) as { messages?: Record<string, unknown>[] };
  return (
    (data.messages ?? [])
      // "non-document-error" covers I/O problems such as an unreadable file.
      .filter((m) => m['type'] === 'error' || m['type'] === 'non-document-error')
      .map((m) => {
        const url = typeof m['url'] === 'string' ? m['url'] : '';
        return {
          file: url.startsWith('file:') ? fileURLToPath(url) : url,
          line: typeof m['lastLine'] === 'number' ? m['lastLine'] : undefined,
          column: typeof m['firstColumn'] === 'number' ? m['firstColumn'] : undefined,
          message: String(m['message'] ?? ''),
          extract: typeof m['extract'] === 'string' ? m['extract'] : undefined,
        };
      })
  );
}

export class JavaMissingError extends Error {}

/** Runs vnu once over `paths` (files or folders). Throws JavaMissingError if java is absent. */
export function runVnu(jar: string, paths: readonly string[]): VnuMessage[] {
  const result = spawnSync(
    'java',
    ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...paths],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JavaMissingError(
        'java was not found on PATH; the HTML check needs a Java runtime (apt-get install default-jre-headless)',
      );
    }
    throw result.error;
  }
  let messages: VnuMessage[];
  try {
    messages = parseVnuJson(result.stderr);
  } catch {
    throw new Error(`vnu exited with ${result.status} and unreadable output:\n${result.stderr}`);
  }
  if (result.status !== 0 && messages.length === 0) {
    throw new Error(`vnu exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  }
  return messages;
}
