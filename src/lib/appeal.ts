/**
 * An appeal to the head of the service (a question, complaint or proposal): the one schema
 * that the form in the browser and the function on the server both use (see
 * docs/domain.md, "Appeals"). Messages are UI-string keys, so that each side shows
 * them in the page's language: `appealErrors()` turns a failed parse into keys per field.
 *
 * The schema reads what a form sends: every value a string (a ticked checkbox is "on"), as
 * URL-encoded without JavaScript or as a JSON object of the same strings with it.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/index.ts';
import { inCity, isAreaId } from './areas.ts';
import { SLUG_PATTERN } from './routes.ts';
import { cleanText, EMAIL_MAX, hasForbiddenCharacters, isPersonName } from './text.ts';

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

/** A text field: no control characters (lib/text.ts), cleaned, with its bounds. */
const text = (min: number, max: number, short: UiKey, long: UiKey) =>
  z.string({ error: short }).check(
    z.refine((v) => !hasForbiddenCharacters(v), 'appeal.error.characters' satisfies UiKey),
    z.overwrite(cleanText),
    z.minLength(min, short),
    z.maxLength(max, long),
  );
/** An optional text field: empty means absent. */
const optionalText = z.pipe(
  z.optional(z.string()),
  z.transform((v) => (v?.trim() ? v.trim() : undefined)),
);
/** A checkbox: ticked is "on" from a form or true from the script; anything else is not. */
const checkbox = z.pipe(
  z.optional(z.unknown()),
  z.transform((v) => v === 'on' || v === 'true' || v === true),
);

/**
 * A coordinate as a form sends it ("43.25123", or "43,25123" from a keyboard that writes a
 * decimal comma); empty means absent, anything else not a number is NaN. Whether the point is
 * one is checked once, for both coordinates together, below (its message is the latitude's).
 */
const coordinate = z.pipe(
  optionalText,
  z.transform((v) => {
    if (v === undefined) return undefined;
    const decimal = v.replace(',', '.');
    return /^-?\d{1,3}(\.\d{1,8})?$/.test(decimal) ? Number(decimal) : NaN;
  }),
);

/**
 * The fields of the form, as the form sends them. Written with `zod/mini`, whose size suits
 * the browser (the full zod would not fit the page-weight budget).
 */
export const appealSchema = z
  .object({
    kind: z.enum(APPEAL_KINDS, { error: 'appeal.error.kind' satisfies UiKey }),
    topic: z.enum(APPEAL_TOPICS, { error: 'appeal.error.topic' satisfies UiKey }),
    district: z.pipe(
      optionalText,
      z.optional(z.string().check(z.regex(SLUG_PATTERN, 'appeal.error.district' satisfies UiKey))),
    ),
    /** To an area's inspector ("almaly-07"); absent for an appeal to the chief. */
    area: z.pipe(
      optionalText,
      z.optional(z.string().check(z.refine(isAreaId, 'appeal.error.area' satisfies UiKey))),
    ),
    /** The point the resident marked, in the city (lib/areas.ts). */
    latitude: coordinate,
    longitude: coordinate,
    text: text(APPEAL_TEXT_MIN, APPEAL_TEXT_MAX, 'appeal.error.textShort', 'appeal.error.textLong'),
    name: text(2, APPEAL_NAME_MAX, 'appeal.error.name', 'appeal.error.name').check(
      z.refine(isPersonName, 'appeal.error.nameCharacters' satisfies UiKey),
    ),
    email: z.pipe(
      optionalText,
      z.optional(
        z.email({ error: 'appeal.error.email' satisfies UiKey }).check(z.maxLength(EMAIL_MAX)),
      ),
    ),
    phone: z.pipe(
      optionalText,
      z.transform((v, ctx) => {
        if (v === undefined) return undefined;
        const phone = normalizeKzPhone(v);
        if (!phone)
          ctx.issues.push({
            code: 'custom',
            input: v,
            message: 'appeal.error.phone' satisfies UiKey,
          });
        return phone;
      }),
    ),
    answerLanguage: z.enum(LOCALES, { error: 'appeal.error.answerLanguage' satisfies UiKey }),
    consent: checkbox.check(z.refine((v) => v, 'appeal.error.consent' satisfies UiKey)),
    publish: checkbox,
  })
  .check(
    z.refine((a) => a.email !== undefined || a.phone !== undefined, {
      message: 'appeal.error.contact' satisfies UiKey,
      path: ['email'],
    }),
    z.refine(
      (a) =>
        (a.latitude === undefined && a.longitude === undefined) ||
        (a.latitude !== undefined &&
          a.longitude !== undefined &&
          !Number.isNaN(a.latitude) &&
          !Number.isNaN(a.longitude) &&
          inCity(a.latitude, a.longitude)),
      { message: 'appeal.error.point' satisfies UiKey, path: ['latitude'] },
    ),
  );

/** A parsed appeal: trimmed, the phone normalised, the checkboxes booleans. */
export type Appeal = z.infer<typeof appealSchema>;
/** The form's fields by name. */
export type AppealField = keyof z.input<typeof appealSchema>;
export const APPEAL_FIELDS = Object.keys(appealSchema.shape) as AppealField[];

/**
 * The first error of each field as a UI-string key; `form` for a body that is not a form,
 * `photos` for the photos (checked by the server, src/server/appeals/photos.ts).
 */
export type AppealErrors = Partial<Record<AppealField | 'form' | 'photos', UiKey>>;

/** Every message the schema gives; the first is each field's message for any other problem. */
export const APPEAL_ERROR_KEYS: Record<AppealField | 'form' | 'photos', readonly UiKey[]> = {
  kind: ['appeal.error.kind'],
  topic: ['appeal.error.topic'],
  district: ['appeal.error.district'],
  area: ['appeal.error.area'],
  latitude: ['appeal.error.point'],
  longitude: ['appeal.error.point'],
  text: ['appeal.error.textShort', 'appeal.error.textLong', 'appeal.error.characters'],
  name: ['appeal.error.name', 'appeal.error.characters', 'appeal.error.nameCharacters'],
  email: ['appeal.error.email', 'appeal.error.contact'],
  phone: ['appeal.error.phone'],
  answerLanguage: ['appeal.error.answerLanguage'],
  consent: ['appeal.error.consent'],
  publish: ['appeal.error.form'],
  form: ['appeal.error.form', 'appeal.error.replayConflict'],
  photos: [
    'appeal.error.photoType',
    'appeal.error.photoSize',
    'appeal.error.photoCount',
    'appeal.error.photosTotal',
  ],
};

export function appealErrors(error: z.core.$ZodError): AppealErrors {
  const errors: AppealErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in appealSchema.shape)) continue;
    const name = field as AppealField;
    // A value of the wrong type (a number, a list) gets the field's own message.
    const keys = APPEAL_ERROR_KEYS[name];
    errors[name] ??= keys.includes(issue.message as UiKey) ? (issue.message as UiKey) : keys[0]!;
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

/** Statuses in which an appeal still waits for the service. */
export const OPEN_STATUSES = [
  'registered',
  'in-progress',
  'extended',
] as const satisfies readonly AppealStatus[];
