import { z } from 'astro/zod';
import { type ImageFn, publishedAt, slug } from './common.ts';

/**
 * The fixed vocabulary of news categories. Labels live in src/i18n/*.json under
 * `category.<id>`; adding a category here without labels fails the i18n test.
 */
export const NEWS_CATEGORIES = [
  'prevention',
  'road-safety',
  'public-order',
  'appeals',
  'events',
] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/**
 * A news item: one Markdown file per language in content/news/{kk,ru,en}/.
 * The language versions of one story share `translationKey`; the file name is the URL slug.
 */
export const newsSchema = ({ image }: { image: ImageFn }) =>
  z.object({
    title: z
      .string()
      .trim()
      .min(5, 'The title is too short: write at least 5 characters.')
      .max(160, 'Shorten the title to at most 160 characters.')
      .describe('Headline shown in lists, on the article page and in search results.'),
    translationKey: slug.describe(
      'Links the language versions of one story: the same key in kk, ru and en.',
    ),
    date: publishedAt.describe('Publication date (YYYY-MM-DD); the newest news comes first.'),
    summary: z
      .string()
      .trim()
      .min(20, 'The summary is too short: write at least 20 characters.')
      .max(300, 'Shorten the summary to at most 300 characters.')
      .describe('One or two sentences shown in lists, the RSS feed and link previews.'),
    cover: image().describe('Cover picture; uploaded pictures are resized by the build.'),
    coverAlt: z
      .string()
      .trim()
      .min(3, 'Describe the cover picture for people who cannot see it.')
      .max(250, 'Shorten the picture description to at most 250 characters.')
      .describe('What the cover picture shows, for screen readers and when images are off.'),
    category: z
      .enum(NEWS_CATEGORIES, {
        message: `Choose one of the categories: ${NEWS_CATEGORIES.join(', ')}.`,
      })
      .describe('The topic the story is filed under.'),
    district: slug
      .optional()
      .describe('The city district the story is about, if any (an id from content/districts).'),
    draft: z.boolean().default(false).describe('A draft is not published.'),
  });
export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
