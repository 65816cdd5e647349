/**
 * "Write to the inspector": the link to an area's form (src/pages/[lang]/inspectors/write/),
 * drawn once for the district page's areas, the inspector's profile and the finder's answer.
 * Several stand on one page, so each names its area for screen readers.
 */
import { escapeHtml } from '../lib/html.ts';

export const writeLink = (href: string, text: string, area: string): string =>
  `<a href="${escapeHtml(href)}" class="button-link">${escapeHtml(text)}<span class="sr-only">, ${escapeHtml(area)}</span></a>`;
