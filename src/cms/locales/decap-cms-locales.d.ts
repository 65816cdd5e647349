// decap-cms-locales ships no types: its English locale (read by the locale tests) and its
// Russian one (completed in ru.ts and registered by the admin page).
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
declare module 'decap-cms-locales/dist/esm/ru/index.js' {
  const ru: Record<string, unknown>;
  export default ru;
}
