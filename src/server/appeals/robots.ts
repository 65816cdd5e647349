/**
 * Submissions that look automatic: why (the honeypot field filled, or sent faster than a
 * person can type), and the copy of what was sent that is kept for the spam list.
 */
import { HONEYPOT_FIELD, STARTED_FIELD } from '../../lib/appeal-fields.ts';
import { replaceForbiddenCharacters } from '../../lib/text.ts';

/** Why a submission looks automatic, or undefined. */
export function spamReason(
  body: Record<string, unknown>,
  at: Date,
  minFillMs: number,
): string | undefined {
  const honeypot = body[HONEYPOT_FIELD];
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return 'honeypot';
  // Only a page with its script sends the time it was opened.
  const started = Number(body[STARTED_FIELD]);
  if (
    body[STARTED_FIELD] !== undefined &&
    Number.isFinite(started) &&
    at.getTime() - started < minFillMs
  )
    return 'too-fast';
  return undefined;
}

/** How deep a robot's submission is kept; a form is flat, deeper parts are summarised. */
const STORED_DEPTH = 8;

/**
 * A stored copy of a robot's submission: what PostgreSQL cannot hold is replaced by U+FFFD,
 * and nesting deeper than a form could send (which would overflow the stack) by a marker.
 */
export function storable(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return replaceForbiddenCharacters(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= STORED_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((v) => storable(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [replaceForbiddenCharacters(k), storable(v, depth + 1)]),
  );
}
