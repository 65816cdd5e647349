import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { LOCALES } from '../i18n/locales.ts';
import { DAY_PATTERN, isCalendarDay } from '../lib/days.ts';
import { PHONE_PATTERN } from '../lib/phone.ts';
import { SLUG_PATTERN } from '../lib/routes.ts';

/** Astro's `image()` helper, passed in so that models stay plain functions that tests can call. */
export type ImageFn = SchemaContext['image'];

/** A lowercase identifier used in file names and URLs. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'Use lowercase Latin letters, digits and single hyphens, e.g. "almaly-07".');

/** A text given in every language of the site. */
export const localizedText = (min = 1, max = 2000) =>
  z.object(
    Object.fromEntries(
      LOCALES.map((lang) => [
        lang,
        z
          .string()
          .trim()
          .min(min, `Write the ${lang} text (at least ${min} characters).`)
          .max(max, `Shorten the ${lang} text to at most ${max} characters.`),
      ]),
    ) as Record<(typeof LOCALES)[number], z.ZodString>,
  );

/** One language of a text that may be left out; the CMS writes an emptied field as "". */
const optionalText = (lang: string, min: number, max: number) =>
  z
    .preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .trim()
        .min(min, `Write the ${lang} text (at least ${min} characters) or leave it out.`)
        .max(max, `Shorten the ${lang} text to at most ${max} characters.`)
        .optional(),
    )
    .optional();

/**
 * A text given in some of the site's languages (at least one): a name that exists only in
 * Russian, for example.
 */
export const someLanguagesText = (min = 1, max = 2000) =>
  z
    .object(
      Object.fromEntries(LOCALES.map((lang) => [lang, optionalText(lang, min, max)])) as Record<
        (typeof LOCALES)[number],
        ReturnType<typeof optionalText>
      >,
    )
    .refine((text) => LOCALES.some((lang) => text[lang]), 'Write it in at least one language.');

/** A Kazakhstan phone number written as +7 XXX XXX XX XX. */
export const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, 'Write the phone as +7 XXX XXX XX XX, e.g. "+7 727 254 40 02".');

/** An ISO calendar date (YYYY-MM-DD). YAML dates are accepted and turned into that form. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(DAY_PATTERN, 'Write the date as YYYY-MM-DD.')
    .refine(isCalendarDay, 'This is not a real date.'),
);

/** A publication date and time. */
export const publishedAt = z.coerce.date({ message: 'Write the date as YYYY-MM-DD.' });

/** An absolute https:// address. */
export const httpsUrl = z
  .url({ message: 'Write a full address starting with https://' })
  .refine((u) => u.startsWith('https://'), 'The address must start with https://');
