import { z } from 'astro/zod';
import { type ImageFn, localizedText, phone, slug } from './common.ts';

/** Ranks of the police, as a fixed vocabulary; labels in src/i18n under `rank.<id>`. */
export const RANKS = [
  'lieutenant',
  'senior-lieutenant',
  'captain',
  'major',
  'lieutenant-colonel',
] as const;
export type Rank = (typeof RANKS)[number];

/**
 * A district police inspector: one YAML file per officer in content/officers/.
 * The file name is the officer's id and URL slug. Text that differs by language
 * (name spelling, reception hours, addresses) is given in kk, ru and en.
 */
export const officerSchema = ({ image }: { image: ImageFn }) =>
  z.object({
    name: localizedText(5, 120).describe(
      'Full name as written in each language (surname, first name, patronymic).',
    ),
    rank: z
      .enum(RANKS, { message: `Choose a rank: ${RANKS.join(', ')}.` })
      .describe('Police rank.'),
    photo: image().describe('Portrait photo, head and shoulders.'),
    photoAlt: localizedText(3, 200).describe('What the photo shows, in each language.'),
    phones: z
      .array(phone)
      .min(1, 'Give at least one work phone number.')
      .max(3, 'Give at most three phone numbers.')
      .describe('Work phone numbers, the main one first.'),
    email: z
      .email({ message: 'Write a valid e-mail address or leave the field empty.' })
      .optional()
      .describe('Work e-mail address, if the officer has one.'),
    receptionHours: localizedText(3, 200).describe(
      'When residents are received at the police point, e.g. "Tue, Thu 18:00–20:00; Sat 10:00–13:00".',
    ),
    policePoint: z
      .object({
        number: z.number().int().min(1).max(999).describe('Number of the police point (УПП №).'),
        address: localizedText(5, 200).describe('Street address of the police point.'),
      })
      .describe('The police point where the officer works.'),
    district: slug.describe('The district the officer serves (an id from content/districts).'),
    areas: z
      .array(slug)
      .min(1, 'Name at least one inspector area the officer serves.')
      .describe('Ids of the inspector areas served, e.g. "almaly-07".'),
    active: z.boolean().default(true).describe('Unticked: the officer is no longer listed.'),
  });
export type OfficerData = z.infer<ReturnType<typeof officerSchema>>;
