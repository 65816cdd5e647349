/**
 * An appeal to the head of the service (a question, complaint or proposal): the one schema
 * that the form in the browser and the function on the server both use (see
 * ../shared/brief/domain.md, "Appeals"). Messages are UI-string keys, so that each side shows
 * them in the page's language: `appealErrors()` turns a failed parse into keys per field.
 *
 * The schema reads what a form sends: every value a string (a ticked checkbox is "on"), as
 * URL-encoded without JavaScript or as a JSON object of the same strings with it.
 */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/index.ts';

export const APPEAL_KINDS = ['question', 'complaint', 'proposal'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

/** Topics residents choose from; labels in src/i18n under `appeal.topic.<id>`. */
export const APPEAL_TOPICS = [
  'public-order',
  'road-safety',
  'district-inspector',
  'neighbours-noise',
  'fraud',
  'domestic-violence',
  'youth',
  'police-conduct',
  'other',
] as const;
export type AppealTopic = (typeof APPEAL_TOPICS)[number];

/** Bounds of the text, shown next to the field and by its counter. */
export const APPEAL_TEXT_MIN = 20;
export const APPEAL_TEXT_MAX = 5000;
export const APPEAL_NAME_MAX = 200;

/**
 * A Kazakhstan phone number as people type it — "+7 701 123 45 67", "87011234567",
 * "8 (727) 254-40-02" — written the way the site writes numbers: "+7 701 123 45 67".
 * Kazakhstan's numbers after +7 start with 6 or 7; returns undefined for anything else.
 */
export function normalizeKzPhone(input: string): string | undefined {
  if (!/^[\d\s()+-]+$/.test(input.trim())) return undefined;
  let digits = input.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8')))
    digits = digits.slice(1);
  else if (digits.length !== 10 || input.trim().startsWith('+')) return undefined;
  if (!/^[67]/.test(digits)) return undefined;
  return `+7 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 8)} ${digits.slice(8)}`;
}

const text = (key: UiKey) => z.string({ message: key }).trim();
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(true), z.literal(''), z.literal(false)])
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === true);

/** The fields of the form, as the form sends them. */
export const appealSchema = z
  .object({
    kind: z.enum(APPEAL_KINDS, { message: 'appeal.error.kind' satisfies UiKey }),
    topic: z.enum(APPEAL_TOPICS, { message: 'appeal.error.topic' satisfies UiKey }),
    district: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'appeal.error.district' satisfies UiKey)
        .optional(),
    ),
    text: text('appeal.error.textShort')
      .min(APPEAL_TEXT_MIN, 'appeal.error.textShort' satisfies UiKey)
      .max(APPEAL_TEXT_MAX, 'appeal.error.textLong' satisfies UiKey),
    name: text('appeal.error.name')
      .min(2, 'appeal.error.name' satisfies UiKey)
      .max(APPEAL_NAME_MAX, 'appeal.error.name' satisfies UiKey),
    email: optionalText.pipe(
      z
        .email({ message: 'appeal.error.email' satisfies UiKey })
        .max(254)
        .optional(),
    ),
    phone: optionalText.transform((v, ctx) => {
      if (v === undefined) return undefined;
      const phone = normalizeKzPhone(v);
      if (!phone) ctx.addIssue({ code: 'custom', message: 'appeal.error.phone' satisfies UiKey });
      return phone;
    }),
    answerLanguage: z.enum(LOCALES, { message: 'appeal.error.answerLanguage' satisfies UiKey }),
    consent: checkbox.refine((v) => v, 'appeal.error.consent' satisfies UiKey),
    publish: checkbox,
  })
  .refine((a) => a.email !== undefined || a.phone !== undefined, {
    message: 'appeal.error.contact' satisfies UiKey,
    path: ['email'],
  });

/** A parsed appeal: trimmed, the phone normalised, the checkboxes booleans. */
export type Appeal = z.infer<typeof appealSchema>;
/** The form's fields by name. */
export type AppealField = keyof z.input<typeof appealSchema>;
export const APPEAL_FIELDS = Object.keys(appealSchema.shape) as AppealField[];

/** The first error of each field as a UI-string key; `form` for a body that is not a form. */
export type AppealErrors = Partial<Record<AppealField | 'form', UiKey>>;

export function appealErrors(error: z.ZodError): AppealErrors {
  const errors: AppealErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in appealSchema.shape && !errors[field as AppealField])
      errors[field as AppealField] = issue.message as UiKey;
  }
  if (Object.keys(errors).length === 0) errors.form = 'appeal.error.form';
  return errors;
}

/** Values for the placeholders of the error strings. */
export const APPEAL_ERROR_VALUES = {
  min: APPEAL_TEXT_MIN,
  max: APPEAL_TEXT_MAX,
} as const;

/** Parses what a form sent; on failure, the errors per field. */
export function parseAppeal(
  input: unknown,
): { ok: true; appeal: Appeal } | { ok: false; errors: AppealErrors } {
  const result = appealSchema.safeParse(input);
  return result.success
    ? { ok: true, appeal: result.data }
    : { ok: false, errors: appealErrors(result.error) };
}

/** Registration numbers: `MPS-2026-000123`, increasing per year. */
export const APPEAL_NUMBER_PATTERN = /^MPS-(\d{4})-(\d{6,})$/;
export const formatAppealNumber = (year: number, seq: number) =>
  `MPS-${year}-${String(seq).padStart(6, '0')}`;

/** Access codes: 12 characters from an alphabet without look-alikes, shown as XXXX-XXXX-XXXX. */
export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;
/** What a person typed as a code, in the stored form (upper case, dashes where they belong). */
export function normalizeAccessCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return chars.length === 12
    ? `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
    : chars;
}

/** Where an appeal stands; labels in src/i18n under `appeal.status.<id>`. */
export const APPEAL_STATUSES = [
  'registered',
  'in-progress',
  'forwarded',
  'extended',
  'answered',
  'rejected',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
