/**
 * What a person may send as text, everywhere (the appeal form, the desk): any letters of any
 * script, tabs and line breaks, but no other control characters (U+0000 among them, which
 * PostgreSQL cannot store) and no halves of surrogate pairs (no character at all). A text with
 * one is refused with a message next to its field, never altered in silence and never a 500.
 * Accepted text is kept as typed after trimming, with line breaks as \n, in Unicode NFC.
 */

/** C0 controls but tab and line breaks, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** True when `value` has a character no text field accepts. */
export const hasForbiddenCharacters = (value: string): boolean =>
  value.search(CONTROL) !== -1 || !value.isWellFormed();

/** `value` with each forbidden character replaced by U+FFFD (for keeping what a robot sent). */
export const replaceForbiddenCharacters = (value: string): string =>
  value.toWellFormed().replace(CONTROL, '\uFFFD');

/** The form in which a text is stored and compared: trimmed, \n line breaks, NFC. */
export const cleanText = (value: string): string =>
  value.replace(/\r\n?/g, '\n').trim().normalize('NFC');

/**
 * A person's name as names are written: letters (any script, with their marks), spaces,
 * hyphens, apostrophes and dots, at least two letters, and nothing that reads as an address
 * on the web (`example.kz`, `www…`): the name is repeated in mail to the address given.
 */
export function isPersonName(value: string): boolean {
  if (!/^[\p{L}\p{M} .'’ʼ‘-]+$/u.test(value)) return false;
  if ((value.match(/\p{L}/gu) ?? []).length < 2) return false;
  return !/\p{L}{2,}\.\p{L}{2,}/u.test(value) && !/\bwww\b/iu.test(value);
}

/** The longest e-mail address a form takes (RFC 5321's path limit). */
export const EMAIL_MAX = 254;
