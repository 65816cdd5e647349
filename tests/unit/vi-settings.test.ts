/**
 * The version for the visually impaired: the script that applies the settings before the
 * first paint (/vi-init.js, made from src/lib/vi-settings.ts) applies exactly the settings
 * the definition has, and both refuse what they do not know.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  readViSettings,
  VI_DEFAULTS,
  VI_SETTINGS,
  viInitScript,
} from '../../src/lib/vi-settings.ts';

/**
 * Runs the script against a stored value; the attributes it sets on <html>. data-js (scripts
 * run: show the controls that need them) is set whatever is stored.
 */
function init(stored: string | null): Record<string, string> {
  const attributes: Record<string, string> = {};
  runInNewContext(viInitScript(), {
    localStorage: { getItem: () => stored },
    document: { documentElement: { setAttribute: (n: string, v: string) => (attributes[n] = v) } },
  });
  return attributes;
}

const JS_ONLY = { 'data-js': '' };

describe('settings of the version for the visually impaired', () => {
  it('the script applies every non-default value the definition has', () => {
    for (const [key, values] of Object.entries(VI_SETTINGS)) {
      expect(values[0], key).toBe(VI_DEFAULTS[key as keyof typeof VI_DEFAULTS]);
      for (const value of values.slice(1))
        expect(init(JSON.stringify({ [key]: value })), `${key}=${value}`).toEqual({
          'data-js': '',
          [`data-vi-${key}`]: value,
        });
      expect(init(JSON.stringify({ [key]: values[0] })), `${key} default`).toEqual(JS_ONLY);
    }
  });

  it('ignores unknown keys and values, broken storage and markup', () => {
    expect(init('{"scheme":"<b>","size":"999","evil":"x"}')).toEqual(JS_ONLY);
    expect(init('not json')).toEqual(JS_ONLY);
    expect(init(null)).toEqual(JS_ONLY);
    expect(readViSettings('{"scheme":"wb","size":"999","font":3}')).toEqual({ scheme: 'wb' });
    expect(readViSettings('{')).toEqual({});
  });
});
