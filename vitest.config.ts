import { defineConfig } from 'vitest/config';

// Plain Vitest: the unit and integration tests import modules directly, not `astro:content`.
// (If one ever needs Astro's virtual modules, wrap this in `getViteConfig` from 'astro/config'.)
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
  },
});
