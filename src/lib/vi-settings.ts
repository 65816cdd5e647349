/**
 * The settings of the version for the visually impaired: what each one can be, in the order
 * the panel offers them. Stored together in localStorage under VI_STORAGE_KEY and applied as
 * data-vi-* attributes of <html> (/vi-init.js (src/pages/vi-init.js.ts) before the first paint, the panel's script
 * after changes); src/styles/global.css does the rest with custom properties.
 */
export const VI_STORAGE_KEY = 'mps-vi';

export const VI_SETTINGS = {
  size: ['100', '150', '200'],
  scheme: ['default', 'bw', 'wb', 'blue', 'brown', 'green'],
  images: ['on', 'off', 'grey'],
  spacing: ['normal', 'medium', 'large'],
  line: ['normal', 'medium', 'large'],
  font: ['sans', 'serif'],
} as const;

export type ViSetting = keyof typeof VI_SETTINGS;
export type ViSettings = { [K in ViSetting]: (typeof VI_SETTINGS)[K][number] };

export const VI_DEFAULTS: ViSettings = {
  size: '100',
  scheme: 'default',
  images: 'on',
  spacing: 'normal',
  line: 'normal',
  font: 'sans',
};

/** Reads stored settings, keeping only known values. */
export function readViSettings(stored: string | null): Partial<ViSettings> {
  const out: Partial<Record<ViSetting, string>> = {};
  try {
    const data = JSON.parse(stored ?? '{}') as Record<string, unknown>;
    for (const key of Object.keys(VI_SETTINGS) as ViSetting[]) {
      const value = data[key];
      if (typeof value === 'string' && (VI_SETTINGS[key] as readonly string[]).includes(value))
        out[key] = value;
    }
  } catch {
    // Broken storage: the normal version.
  }
  return out as Partial<ViSettings>;
}

/**
 * The script served as /vi-init.js (src/pages/vi-init.js.ts): a blocking script at the top of
 * <head> that copies the stored settings onto <html> before the first paint. An external file,
 * not inline code (decision 0004); made from VI_SETTINGS so the two cannot disagree. Only
 * values other than the default (the first) become attributes. It also marks <html data-js>,
 * which shows the controls that need scripts (.js-only in src/styles/global.css) from the first
 * paint.
 */
export function viInitScript(): string {
  return `(function () {
  var allowed = ${JSON.stringify(VI_SETTINGS)};
  document.documentElement.setAttribute('data-js', '');
  try {
    var stored = JSON.parse(localStorage.getItem(${JSON.stringify(VI_STORAGE_KEY)}) || '{}');
    var root = document.documentElement;
    for (var key in allowed) {
      var value = stored[key];
      if (typeof value === 'string' && allowed[key].indexOf(value) > 0)
        root.setAttribute('data-vi-' + key, value);
    }
  } catch (e) {
    /* no storage: the normal version */
  }
})();
`;
}
