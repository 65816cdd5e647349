/** The axe scan every spec uses: WCAG 2.2 A and AA rules; one readable line per violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations on the page as it is now, e.g. "color-contrast: #x .y". */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${label ? `${label} ` : ''}${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
  );
}
