import { z } from 'astro/zod';

const unitName = z.string().trim().min(2, 'Name the unit.').max(200);
const unitNote = z.string().trim().max(300).optional();

/** A unit in the organisation chart, with up to two levels below it. */
const orgUnit = z.object({
  name: unitName.describe('Name of the unit or post.'),
  note: unitNote.describe('A short line under the name: what it does, how many staff.'),
  children: z
    .array(
      z.object({
        name: unitName.describe('Name of the sub-unit.'),
        note: unitNote.describe('A short line under the name.'),
        children: z
          .array(z.object({ name: unitName, note: unitNote }))
          .default([])
          .describe('Units below this one.'),
      }),
    )
    .default([])
    .describe('Units below this one.'),
});

/**
 * A page about the service (structure, jurisdiction, functions, plans): one Markdown file per
 * language in content/pages/{kk,ru,en}/; the file name is the URL slug and the translation key.
 */
export const pageSchema = z.object({
  title: z.string().trim().min(3).max(120).describe('Page title.'),
  summary: z
    .string()
    .trim()
    .min(20, 'The summary is too short: write at least 20 characters.')
    .max(300)
    .describe('One or two sentences shown on the About page and in link previews.'),
  order: z.number().int().min(0).max(99).describe('Position in the About menu (smallest first).'),
  orgChart: orgUnit
    .optional()
    .describe('Organisation chart shown under the text (structure page).'),
  updated: z.coerce.date().optional().describe('When the page was last checked (YYYY-MM-DD).'),
});
export type PageData = z.infer<typeof pageSchema>;
