/**
 * HTML_CodeSniffer, the engine pa11y runs, as pa11y runs it (WCAG2AA, errors only), in a page
 * Playwright has open. pa11y itself drives Puppeteer, which downloads a browser of its own at
 * install and would start a second browser for every page; the engine is the same file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('@pa11y/html_codesniffer/build/HTMLCS.js'),
  'utf8',
);

export interface HtmlcsError {
  code: string;
  message: string;
  element: string;
}

/** The WCAG 2 AA errors HTML_CodeSniffer finds on the page as it is now. */
export async function htmlcsErrors(page: Page): Promise<HtmlcsError[]> {
  // evaluate() runs in the page without being subject to its CSP (no inline script is added).
  await page.evaluate(SOURCE);
  return page.evaluate(
    () =>
      new Promise<HtmlcsError[]>((resolve, reject) => {
        interface Message {
          type: number;
          code: string;
          msg: string;
          element: Element | Document;
        }
        const htmlcs = (
          window as unknown as {
            HTMLCS: {
              ERROR: number;
              process(standard: string, root: Document, done: () => void, failed: () => void): void;
              getMessages(): Message[];
            };
          }
        ).HTMLCS;
        htmlcs.process(
          'WCAG2AA',
          document,
          () =>
            resolve(
              htmlcs
                .getMessages()
                .filter((m) => m.type === htmlcs.ERROR)
                .map((m) => ({
                  code: m.code,
                  message: m.msg,
                  element:
                    m.element instanceof Element ? m.element.outerHTML.slice(0, 160) : '#document',
                })),
            ),
          () => reject(new Error('HTML_CodeSniffer could not run')),
        );
      }),
  );
}
