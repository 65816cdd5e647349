/**
 * `npm run build`'s CMS step: /admin/'s script (src/cms/admin.ts: Decap CMS with the site's
 * widgets, previews and locales) bundled by Vite into routes.cmsScript and routes.cmsStyle, in
 * a process of its own. Inside `astro build` the 0.7 GB that bundling Decap takes came on top
 * of the pages' content (docs/decisions/0012-build-memory.md). The development server maps the
 * same two URLs to the sources (astro.config.mjs).
 */
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { build } from 'vite';
import { routes } from '../src/lib/routes.ts';
import { OUT_DIR } from './lib/build-steps.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  configFile: false,
  root,
  // The bundle's files are served from /admin/: its style sheets' fonts are asked for there.
  base: `${dirname(routes.cmsScript)}/`,
  publicDir: false,
  logLevel: 'warn',
  plugins: [tailwindcss()],
  build: {
    outDir: `${OUT_DIR}/admin`,
    emptyOutDir: false,
    assetsDir: '',
    // As the site's own scripts: files, not inline data (the CSP of /admin/ allows 'self').
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    rollupOptions: {
      input: 'src/cms/admin.ts',
      output: {
        entryFileNames: basename(routes.cmsScript),
        chunkFileNames: 'cms-[hash].js',
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.css'))
            ? basename(routes.cmsStyle)
            : 'cms-[hash][extname]',
      },
    },
  },
});
