import { z } from 'astro/zod';
import { isLocalDateTime, LOCAL_DATE_TIME_PATTERN } from '../lib/meetings.ts';
import { httpsUrl, isoDate, localizedText, slug } from './common.ts';

/** Where a priority stands; labels in src/i18n under `priority.status.<id>`. */
export const PRIORITY_STATUSES = ['new', 'in-progress', 'resolved'] as const;
export type PriorityStatus = (typeof PRIORITY_STATUSES)[number];

/** An area names at most this many current priorities (as police.uk's neighbourhoods do). */
export const MAX_PRIORITIES = 3;

const isEmptyText = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'object' && Object.values(value).every((v) => v === '' || v == null));

/** A text in every language that may be left out: the CMS writes an emptied one as "" each. */
const optionalLocalizedText = (min: number, max: number) =>
  z.preprocess(
    (value) => (isEmptyText(value) ? undefined : value),
    localizedText(min, max).optional(),
  );

const prioritySchema = z.object({
  title: localizedText(3, 120).describe(
    'The problem residents raised, in a few words: "Cars parked on the pavement at school No. 54".',
  ),
  action: localizedText(3, 600).describe(
    'What is being done about it, and by whom: "Patrols at 7:30–8:30 on school days; 12 drivers fined in November".',
  ),
  status: z
    .enum(PRIORITY_STATUSES, { message: `Choose a status: ${PRIORITY_STATUSES.join(', ')}.` })
    .describe('New, in progress or resolved.'),
  reviewed: isoDate.describe(
    'The day the priority was last reviewed with residents (YYYY-MM-DD); after three months it is shown as not reviewed.',
  ),
});
export type Priority = z.infer<typeof prioritySchema>;

const meetingSchema = z
  .object({
    id: slug.describe(
      'The meeting\'s id, unique in the city: the area and the day, "almaly-07-2027-01-15". It becomes the address of its calendar file.',
    ),
    start: z
      .string()
      .trim()
      .regex(LOCAL_DATE_TIME_PATTERN, 'Write the start as YYYY-MM-DDTHH:MM, Almaty time.')
      .refine(
        (s) => !LOCAL_DATE_TIME_PATTERN.test(s) || isLocalDateTime(s),
        'This is not a real date.',
      )
      .describe('Date and time of the start in Almaty time, e.g. "2027-01-15T18:30".'),
    duration: z
      .number()
      .int('Write the length in whole minutes.')
      .min(15, 'A meeting lasts at least 15 minutes.')
      .max(480, 'A meeting lasts at most 8 hours (480 minutes).')
      .default(60)
      .describe('Length in minutes.'),
    place: optionalLocalizedText(3, 200).describe(
      'Where residents come, with the address: "Police point No. 12, Abay Ave 50, hall on the 1st floor". Leave empty for an online meeting.',
    ),
    link: httpsUrl
      .optional()
      .describe('For an online meeting: the https:// address residents join at.'),
    agenda: localizedText(3, 1000).describe('What will be discussed.'),
    minutes: optionalLocalizedText(3, 4000).describe(
      'After the meeting: what was said and agreed. Paragraphs are separated by an empty line.',
    ),
  })
  .refine((m) => m.place !== undefined || m.link !== undefined, {
    message: 'Give the place of the meeting, or the link of an online one.',
    path: ['place'],
  });
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * An inspector area's current priorities and its meetings with residents: one YAML file per
 * area in content/neighbourhoods/<area-id>.yaml. The file name is the area id, which `area`
 * repeats (the CMS names a new file from it; the build checks both name a real area).
 */
export const neighbourhoodSchema = z
  .object({
    area: slug.describe('The inspector area, e.g. "almaly-07" (see the district\'s areas).'),
    priorities: z
      .array(prioritySchema)
      .max(MAX_PRIORITIES, `Name at most ${MAX_PRIORITIES} current priorities.`)
      .default([])
      .describe('Up to three current priorities of the area, the most important first.'),
    meetings: z
      .array(meetingSchema)
      .default([])
      .describe('Meetings with residents, past ones kept with their minutes.'),
  })
  .superRefine((n, ctx) => {
    const seen = new Set<string>();
    n.meetings.forEach((m, i) => {
      if (seen.has(m.id))
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'id'],
          message: `The meeting id "${m.id}" is used twice.`,
        });
      seen.add(m.id);
    });
  });
export type NeighbourhoodData = z.infer<typeof neighbourhoodSchema>;
