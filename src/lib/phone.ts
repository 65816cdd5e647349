/**
 * Kazakhstan phone numbers, written the way the site shows them: "+7 727 254 40 02".
 * One definition for the content models, the pages and (later) the appeal form.
 */
export const PHONE_PATTERN = /^\+7 \d{3} \d{3} \d{2} \d{2}$/;

/** The `tel:` address of a displayed number: "+7 727 254 40 02" → "tel:+77272544002", "102" → "tel:102". */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `tel:+${digits}` : `tel:${digits}`;
}
