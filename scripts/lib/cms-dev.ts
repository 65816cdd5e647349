/**
 * The CMS's bundle in development. `npm run build` makes routes.cmsScript and routes.cmsStyle
 * (scripts/build-cms.ts); the development server (`astro dev`, what `npm start` runs) answers
 * the same two URLs from the sources: a module that imports src/cms/admin.ts through Vite
 * (which also injects the sources' styles), and an empty style sheet.
 */
import type { Plugin } from 'vite';
import { routes } from '../../src/lib/routes.ts';

export const CMS_SOURCE = '/src/cms/admin.ts';

/** What the development server answers for `url`, when it is one of the bundle's two URLs. */
export function cmsDevelopmentModule(url: string): { type: string; body: string } | undefined {
  const path = url.split(/[?#]/)[0];
  if (path === routes.cmsScript)
    return { type: 'text/javascript; charset=utf-8', body: `import '${CMS_SOURCE}';\n` };
  if (path === routes.cmsStyle) return { type: 'text/css; charset=utf-8', body: '' };
  return undefined;
}

/** The Vite plugin of astro.config.mjs that answers them (in development only). */
export function cmsFromSources(): Plugin {
  return {
    name: 'mps-cms-from-sources',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const served = cmsDevelopmentModule(request.url ?? '');
        if (!served) return next();
        response.setHeader('Content-Type', served.type);
        response.end(served.body);
      });
    },
  };
}
