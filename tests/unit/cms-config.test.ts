/**
 * The assembled Decap configuration (src/cms/config.ts): backend, workflow and languages.
 */
import { describe, expect, it } from 'vitest';
import { buildDecapConfig } from '../../src/cms/config.ts';

const config = buildDecapConfig();

describe('Decap CMS configuration', () => {
  it('has the backend, workflow and languages of the issue', () => {
    expect(config.backend).toEqual({ name: 'git-gateway', branch: 'main' });
    expect(config.local_backend).toBe(true);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['kk', 'ru', 'en'],
      default_locale: 'kk',
    });
    expect(buildDecapConfig({ backend: { branch: 'staging' } }).backend.branch).toBe('staging');
  });
});
