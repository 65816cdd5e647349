// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cmsFromSources } from './scripts/lib/cms-dev.ts';

const outDir = process.env.MPS_OUT_DIR ?? './dist';

/**
 * Pages that ask search engines not to index them (search, "not translated" notices) stay out
 * of the sitemap. The sitemap is written after the pages, so the built page itself is read.
 * @param {string} page the page's full URL
 */
function indexable(page) {
  try {
    const html = readFileSync(join(outDir, new URL(page).pathname, 'index.html'), 'utf8');
    return !/<meta name="robots" content="noindex/.test(html);
  } catch {
    return true;
  }
}

/**
 * Writes dist/_headers: the site's security headers for every path, from the one module that
 * also gives them to the functions' responses (src/server/security-headers.ts).
 * @returns {import('astro').AstroIntegration}
 */
function securityHeaders() {
  return {
    name: 'mps-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { headersFile } = await import('./src/server/security-headers.ts');
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}

/**
 * Writes dist/sw.js, the service worker that keeps the finder, the contacts and the offline
 * page of each language for use without a connection (scripts/lib/service-worker.ts,
 * docs/offline.md), and logs its size and what it keeps.
 * @returns {import('astro').AstroIntegration}
 */
function serviceWorker() {
  return {
    name: 'mps-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { describeReport, writeServiceWorker } =
          await import('./scripts/lib/service-worker.ts');
        logger.info(describeReport(await writeServiceWorker(fileURLToPath(dir))));
      },
    },
  };
}

/** The public address of the site; Netlify sets URL during its builds. */
const site = process.env.SITE_URL ?? process.env.URL ?? 'https://mps-almaty.netlify.app';

export default defineConfig({
  site,
  // Tests and benchmarks build other content trees (MPS_CONTENT_DIR) into folders of their own.
  outDir,
  cacheDir: process.env.MPS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline <style>: the Content Security Policy allows styles from 'self' only.
    inlineStylesheets: 'never',
  },
  integrations: [
    securityHeaders(),
    serviceWorker(),
    sitemap({
      // The root language chooser and the 404 pages are not content.
      filter: (page) => !/\/404\/$/.test(page) && new URL(page).pathname !== '/' && indexable(page),
      i18n: {
        defaultLocale: 'kk',
        locales: { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' },
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss(), cmsFromSources()],
    build: {
      // Keep scripts and fonts as files: inline data would need CSP exceptions.
      assetsInlineLimit: 0,
    },
    server: {
      watch: { ignored: ['**/.netlify/**', '**/.data/**', '**/dist/**', '**/.bench/**'] },
    },
  },
});
