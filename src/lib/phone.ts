/**
 * Kazakhstan phone numbers, written the way the site shows them: "+7 727 254 40 02".
 * One definition for the content models, the pages and (later) the appeal form.
 */
const FULL = String.raw`\+7 \d{3} \d{3} \d{2} \d{2}`;
/** A short number: the emergency services (102) and national lines (1414). */
const SHORT = String.raw`\d{3,4}`;

export const PHONE_PATTERN = new RegExp(`^${FULL}$`);
export const SHORT_NUMBER_PATTERN = new RegExp(`^${SHORT}$`);
/** A helpline: a short number or a full one. */
export const HELPLINE_PATTERN = new RegExp(`^(${SHORT}|${FULL})$`);

/** The `tel:` address of a displayed number: "+7 727 254 40 02" → "tel:+77272544002", "102" → "tel:102". */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `tel:+${digits}` : `tel:${digits}`;
}
