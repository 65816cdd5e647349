import { z } from 'astro/zod';
import { type ImageFn, publishedAt, slug } from './common.ts';

/**
 * A post of the head of the service: one Markdown file per language in content/blog/{kk,ru,en}/.
 * Language versions share `translationKey`.
 */
export const blogSchema = ({ image }: { image: ImageFn }) =>
  z
    .object({
      title: z
        .string()
        .trim()
        .min(5, 'The title is too short: write at least 5 characters.')
        .max(160, 'Shorten the title to at most 160 characters.')
        .describe('Title of the post.'),
      translationKey: slug.describe('Links the language versions of one post.'),
      date: publishedAt.describe('Publication date (YYYY-MM-DD).'),
      summary: z
        .string()
        .trim()
        .min(20, 'The summary is too short: write at least 20 characters.')
        .max(300, 'Shorten the summary to at most 300 characters.')
        .describe('One or two sentences shown in lists and link previews.'),
      cover: image().optional().describe('Optional picture shown above the post.'),
      coverAlt: z
        .string()
        .trim()
        .max(250, 'Shorten the picture description to at most 250 characters.')
        .optional()
        .describe('What the picture shows; required when there is a picture.'),
      draft: z.boolean().default(false).describe('A draft is not published.'),
    })
    .refine((post) => !post.cover || (post.coverAlt && post.coverAlt.length >= 3), {
      message: 'Describe the picture for people who cannot see it (coverAlt).',
      path: ['coverAlt'],
    });
export type BlogData = z.infer<ReturnType<typeof blogSchema>>;
