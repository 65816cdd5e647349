/**
 * The CMS's bundle (scripts/build-cms.ts) exists only after `npm run build`; in development the
 * same two URLs are answered from the sources by a Vite plugin (scripts/lib/cms-dev.ts), here
 * run in a real Vite development server.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { CMS_SOURCE, cmsDevelopmentModule, cmsFromSources } from '../../scripts/lib/cms-dev.ts';
import { routes } from '../../src/lib/routes.ts';

describe('the CMS bundle in development', () => {
  it('is a module importing the sources, and an empty style sheet', () => {
    expect(cmsDevelopmentModule(`${routes.cmsScript}?v=1`)?.body).toBe(`import '${CMS_SOURCE}';\n`);
    expect(cmsDevelopmentModule(routes.cmsStyle)).toEqual({
      type: 'text/css; charset=utf-8',
      body: '',
    });
    expect(cmsDevelopmentModule('/admin/')).toBeUndefined();
    expect(cmsDevelopmentModule('/admin/cms.js.map')).toBeUndefined();
  });

  describe('served by Vite', { timeout: 60_000 }, () => {
    let server: ViteDevServer;
    let origin: string;
    beforeAll(async () => {
      server = await createServer({
        configFile: false,
        logLevel: 'silent',
        plugins: [cmsFromSources()],
        server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      await server.listen();
      const { port } = server.httpServer!.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
    });
    afterAll(() => server.close());

    it('answers the bundle with the sources, which Vite turns into a module for the browser', async () => {
      const script = await fetch(`${origin}${routes.cmsScript}`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await script.text()).toContain(CMS_SOURCE);
      expect((await fetch(`${origin}${routes.cmsStyle}`)).headers.get('content-type')).toMatch(
        /^text\/css/,
      );
      const source = await fetch(`${origin}${CMS_SOURCE}`);
      expect(source.status).toBe(200);
      expect(source.headers.get('content-type')).toMatch(/javascript/);
      const code = await source.text();
      // TypeScript is gone and the bare import is resolved to a file the browser can load.
      expect(code).not.toContain('interface BackendImplementation');
      expect(code).toMatch(/from "\/node_modules\/[^"]*decap-cms-app/);
    });
  });
});
