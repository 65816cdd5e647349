/**
 * Fields of the forms that are not what they send: a field people do not see (a robot fills
 * it in; the appeal forms and the alerts' form) and the time the page's script saw the form open (a person takes more than a few
 * seconds). Apart from src/lib/appeal.ts so that the page's script can use them without
 * loading the schema.
 */
export const HONEYPOT_FIELD = 'website';
export const STARTED_FIELD = 'startedAt';

/**
 * The appeal forms' drafts kept on the device (src/scripts/appeal-form.ts): this key for the
 * form to the chief, `<key>:area-<id>` for an inspector's. The quick exit removes them all.
 */
export const DRAFT_KEY = 'mps-appeal-draft';
