// decap-cms-locales ships no types; tests/unit/cms-locale-kk.test.ts reads its English locale.
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
