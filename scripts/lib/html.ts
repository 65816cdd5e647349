/**
 * A tiny HTML tag scanner, enough for checking our own build output (Astro emits
 * well-formed HTML). It finds start tags with their attributes, and the raw text of
 * <script> and <style> elements. It does not build a tree.
 */

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes with lower-case names and entity-decoded values (`""` if no value). */
  attrs: Map<string, string>;
  /** Raw text content, for elements whose content is not HTML (script, style…). */
  text?: string;
  /** Offset of the `<` in the document, for line numbers. */
  offset: number;
}

/** Elements whose content is raw text, up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references that can appear in attribute values we care about. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Lists the start tags of a document in order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let pos = 0;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch?.[1]) {
      // End tag, doctype, processing instruction or a stray "<": skip past it.
      const gt = html.indexOf('>', lt + 1);
      pos =
        html[lt + 1] === '/' || html[lt + 1] === '!' ? (gt === -1 ? html.length : gt + 1) : lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    const attrs = new Map<string, string>();
    pos = lt + nameMatch[0].length;
    for (;;) {
      ATTRIBUTE.lastIndex = pos;
      const m = ATTRIBUTE.exec(html);
      if (!m?.[1]) break;
      pos = ATTRIBUTE.lastIndex;
      const attrName = m[1].toLowerCase();
      // The first occurrence of an attribute wins, as in browsers.
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    const gt = html.indexOf('>', pos);
    pos = gt === -1 ? html.length : gt + 1;
    const tag: Tag = { name, attrs, offset: lt };
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s>/]`, 'ig');
      close.lastIndex = pos;
      const end = close.exec(html);
      const stop = end ? end.index : html.length;
      tag.text = html.slice(pos, stop);
      pos = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** 1-based line number of an offset. */
export function lineOf(html: string, offset: number): number {
  let line = 1;
  for (let i = html.indexOf('\n'); i !== -1 && i < offset; i = html.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Is a <script> with this `type` executed as script (and so subject to script-src)?
 * Data blocks such as JSON-LD are not.
 */
export function isExecutableScript(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return (
    t === '' ||
    t === 'module' ||
    t === 'importmap' ||
    t === 'speculationrules' ||
    /^(text|application)\/(x-)?(java|ecma)script$/.test(t)
  );
}

/** Splits a `srcset` value into its URLs (following the HTML parsing rules, simplified). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let pos = 0;
  while (pos < srcset.length) {
    // Skip separators, then read the URL up to whitespace.
    while (pos < srcset.length && /[\s,]/.test(srcset[pos] ?? '')) pos++;
    let end = pos;
    while (end < srcset.length && !/\s/.test(srcset[end] ?? '')) end++;
    let url = srcset.slice(pos, end);
    pos = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, ''); // "a.png," has no descriptors
    } else {
      // Skip the descriptors ("2x", "640w") up to the next comma outside parentheses.
      let depth = 0;
      while (pos < srcset.length && !(srcset[pos] === ',' && depth === 0)) {
        if (srcset[pos] === '(') depth++;
        if (srcset[pos] === ')') depth = Math.max(0, depth - 1);
        pos++;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}
