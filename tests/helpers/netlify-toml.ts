/**
 * Reading netlify.toml's header and redirect rules, for the unit tests that check the file's
 * rules (tests/unit/dist-checks.test.ts). Serving is Netlify's own emulation's job
 * (scripts/lib/local-netlify.ts); the site's security headers are not in this file but in
 * src/server/security-headers.ts. Pure: strings in, data out.
 */
import { parse } from 'smol-toml';

export interface HeaderRule {
  /** Path pattern, e.g. `/*` or `/_astro/*`. */
  for: string;
  values: Record<string, string>;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
  /** Present when the rule depends on the request (Language, Country, Role…). */
  conditions?: Record<string, unknown>;
}

export interface NetlifyConfig {
  headers: HeaderRule[];
  redirects: RedirectRule[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tables(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Parses the text of netlify.toml into the parts our tools use. */
export function parseNetlifyToml(text: string): NetlifyConfig {
  const doc = parse(text) as Record<string, unknown>;
  const headers = tables(doc['headers']).map((rule): HeaderRule => {
    const values: Record<string, string> = {};
    if (isRecord(rule['values'])) {
      for (const [name, value] of Object.entries(rule['values'])) {
        // Netlify accepts multi-line values; browsers want them on one line.
        values[name] = String(value)
          .replace(/\s*\n\s*/g, ' ')
          .trim();
      }
    }
    return { for: String(rule['for']), values };
  });
  const redirects = tables(doc['redirects']).map((rule): RedirectRule => {
    const redirect: RedirectRule = {
      from: String(rule['from']),
      to: String(rule['to']),
      status: typeof rule['status'] === 'number' ? rule['status'] : 301,
      force: rule['force'] === true,
    };
    if (isRecord(rule['conditions'])) redirect.conditions = rule['conditions'];
    return redirect;
  });
  return { headers, redirects };
}

/**
 * Matches a Netlify path pattern against a URL path. `*` (the splat) matches anything,
 * including slashes; `:name` matches one path segment. A trailing `/*` also matches the
 * bare prefix (`/kk/*` matches `/kk`), as on Netlify. Returns the captured values or null.
 */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  let source = '';
  for (const token of pattern.split(/(\*|:[A-Za-z_]\w*)/)) {
    if (token === '*') {
      names.push('splat');
      source += '(.*)';
    } else if (/^:[A-Za-z_]\w*$/.test(token)) {
      names.push(token.slice(1));
      source += '([^/]+)';
    } else {
      source += token.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  // `/kk/*` also matches `/kk`: make the slash before a final splat optional.
  source = source.replace(/\/\(\.\*\)$/, '(?:/(.*))?');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return null;
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = match[i + 1] ?? '';
  });
  return params;
}

/** The headers Netlify would send for a path: all matching rules, later rules winning. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (matchPattern(rule.for, path)) Object.assign(result, rule.values);
  }
  return result;
}
