/** Small text helpers shared by the demo generator's modules. */
import type { Locale } from '../../src/i18n/locales.ts';

/** One text in each language of the site. */
export type Text = Record<Locale, string>;

/** Two-digit number: 7 → "07". */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/** The text with its first letter in upper case. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
