/**
 * Fills `{name}` placeholders of a UI string in browser scripts (which do not load the
 * dictionaries of src/i18n; the page hands them their strings). A missing value is left empty.
 */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
