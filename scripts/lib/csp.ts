/**
 * Content-Security-Policy checks for built pages: would the browser run every inline
 * script, apply every inline style, and run every event-handler attribute in the page?
 * Pure functions over strings.
 */
import { createHash } from 'node:crypto';
import { isExecutableScript, lineOf, scanTags } from './html.ts';

/** Directive name → source list, e.g. `script-src` → [`'self'`, `'sha256-…'`]. */
export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; later duplicates are ignored by browsers.
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

/** The CSP source expression that allows exactly this inline script or style. */
export function sha256Source(text: string): string {
  // The HTML parser turns CRLF and CR into LF before the browser hashes the text.
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/** The sources for a directive, falling back as browsers do (e.g. script-src-elem → script-src → default-src). */
export function effectiveSources(csp: Csp, ...directives: string[]): string[] | undefined {
  for (const directive of [...directives, 'default-src']) {
    const sources = csp.get(directive);
    if (sources) return sources;
  }
  return undefined;
}

const HASH_OR_NONCE = /^'(sha(256|384|512)-|nonce-|strict-dynamic')/i;

/**
 * Is inline content allowed by these sources? `kind` is `element` for <script>/<style>
 * and `attribute` for `style=` and `on*=` (hashes only count there with 'unsafe-hashes').
 */
export function allowsInline(
  sources: string[] | undefined,
  text: string,
  kind: 'element' | 'attribute',
): boolean {
  if (!sources) return true; // no applicable directive: no restriction
  const lower = sources.map((s) => s.toLowerCase());
  const hashAllowed = kind === 'element' || lower.includes("'unsafe-hashes'");
  if (hashAllowed && sources.includes(sha256Source(text))) return true;
  // 'unsafe-inline' is ignored when a hash or nonce is present.
  return lower.includes("'unsafe-inline'") && !sources.some((s) => HASH_OR_NONCE.test(s));
}

export interface CspViolation {
  line: number;
  message: string;
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

/** Everything in a page that the policy would block. */
export function cspViolations(html: string, csp: Csp): CspViolation[] {
  const violations: CspViolation[] = [];
  const scriptElem = effectiveSources(csp, 'script-src-elem', 'script-src');
  const scriptAttr = effectiveSources(csp, 'script-src-attr', 'script-src');
  const styleElem = effectiveSources(csp, 'style-src-elem', 'style-src');
  const styleAttr = effectiveSources(csp, 'style-src-attr', 'style-src');
  for (const tag of scanTags(html)) {
    const line = lineOf(html, tag.offset);
    const type = tag.attrs.get('type');
    if (
      tag.name === 'script' &&
      !tag.attrs.has('src') &&
      isExecutableScript(type) &&
      !allowsInline(scriptElem, tag.text ?? '', 'element')
    ) {
      violations.push({
        line,
        message: `inline <script> not allowed by script-src; add ${sha256Source(tag.text ?? '')} or move it to a file ("${excerpt(tag.text ?? '')}")`,
      });
    }
    if (tag.name === 'style' && !allowsInline(styleElem, tag.text ?? '', 'element')) {
      violations.push({
        line,
        message: `inline <style> element not allowed by style-src ("${excerpt(tag.text ?? '')}")`,
      });
    }
    for (const [name, value] of tag.attrs) {
      if (name === 'style' && !allowsInline(styleAttr, value, 'attribute')) {
        violations.push({
          line,
          message: `style="${excerpt(value)}" attribute on <${tag.name}> not allowed by style-src`,
        });
      }
      if (/^on[a-z]+$/.test(name) && !allowsInline(scriptAttr, value, 'attribute')) {
        violations.push({
          line,
          message: `${name}= event handler on <${tag.name}> not allowed by script-src`,
        });
      }
      if (
        (name === 'href' || name === 'src' || name === 'action') &&
        /^\s*javascript:/i.test(value) &&
        !allowsInline(scriptElem, value, 'attribute')
      ) {
        violations.push({
          line,
          message: `javascript: URL in ${name}= on <${tag.name}> not allowed by script-src`,
        });
      }
    }
  }
  return violations;
}
