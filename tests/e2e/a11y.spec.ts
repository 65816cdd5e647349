/**
 * Accessibility: two engines scan every page in the sitemaps and every other page the build
 * wrote (404 pages, "not translated" pages): axe (WCAG 2.2 AA rule set) and HTML_CodeSniffer,
 * pa11y's engine (WCAG2AA, errors). Zero violations allowed. On the phone project (tag @phone)
 * only one page per template and locale is scanned.
 */
import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from '../../src/i18n/locales.ts';
import { AXE_TAGS } from '../helpers/axe.ts';
import { htmlcsErrors } from '../helpers/htmlcs.ts';
import { expect, test } from '../helpers/playwright-fixtures.ts';
import { builtPaths, onePerTemplate, sitemapPaths } from '../helpers/site.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Pages that are not in the sitemaps but must be accessible too (all are in builtPaths()). */
const EXTRA = ['/index.html', '/kk/404/', '/ru/search/'];

const fromSitemaps = sitemapPaths();
const pages = [...new Set([...fromSitemaps, ...builtPaths()])].sort();
const phonePages = new Set([
  ...onePerTemplate(fromSitemaps),
  ...EXTRA,
  ...LOCALES.map((lang) => `/${lang}/search/`),
]);

function describeViolation(violation: Violation): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
  return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${targets}${more}`;
}

test.describe('axe and HTML_CodeSniffer', () => {
  test('the sitemaps exist (run `npm run build` first)', () => {
    expect(fromSitemaps.length, 'pages listed in dist/sitemap-index.xml').toBeGreaterThan(0);
  });

  for (const path of pages) {
    test(path, { tag: phonePages.has(path) ? '@phone' : [] }, async ({ reusedPage: page }) => {
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);
      // Speed: legacy mode skips the blank page axe opens to merge frame results (we have no
      // cross-origin frames: the CSP allows frames from 'self' only), and resultTypes limits
      // the details collected for passing rules.
      const { violations } = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .options({ resultTypes: ['violations'] })
        .setLegacyMode(true)
        .analyze();
      expect(violations.map(describeViolation).join('\n\n'), `axe violations on ${path}`).toBe('');
      const errors = await htmlcsErrors(page);
      expect(
        errors.map((e) => `${e.code}: ${e.message}\n    ${e.element}`).join('\n\n'),
        `HTML_CodeSniffer (pa11y) errors on ${path}`,
      ).toBe('');
    });
  }
});
