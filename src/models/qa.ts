import { z } from 'astro/zod';
import { APPEAL_KINDS, APPEAL_TOPICS } from '../lib/appeal.ts';
import { isoDate } from './common.ts';

/**
 * A question to the head of the service and its answer, published from the staff desk
 * (src/server/staff/publisher.ts) with the applicant's consent: content/qa/{lang}/{number}.md,
 * in the language of the appeal. Both texts are plain text in the front matter — shown
 * escaped, never rendered as Markdown or HTML — and were edited to carry no personal data.
 */
export const qaSchema = z.object({
  kind: z.enum(APPEAL_KINDS).describe('Question, complaint or proposal.'),
  topic: z.enum(APPEAL_TOPICS).describe('Topic, as the applicant chose it.'),
  asked: isoDate.describe('Day the appeal was registered (YYYY-MM-DD).'),
  answered: isoDate.describe('Day it was answered (YYYY-MM-DD).'),
  published: isoDate.describe('Day the answer was published (YYYY-MM-DD).'),
  question: z
    .string()
    .trim()
    .min(20, 'The question is too short: at least 20 characters.')
    .max(5000, 'Shorten the question to at most 5,000 characters.')
    .describe('The question as published, without personal data.'),
  answer: z
    .string()
    .trim()
    .min(20, 'The answer is too short: at least 20 characters.')
    .max(20000, 'Shorten the answer to at most 20,000 characters.')
    .describe('The answer as published.'),
});
export type QaData = z.infer<typeof qaSchema>;
