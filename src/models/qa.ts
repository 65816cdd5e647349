import { z } from 'astro/zod';
import { APPEAL_KINDS, APPEAL_TOPICS } from '../lib/appeal.ts';
import { LIMITS } from '../lib/appeal-lifecycle.ts';
import { isoDate } from './common.ts';

const count = (n: number) => n.toLocaleString('en');

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
    .min(
      LIMITS.question[0],
      `The question is too short: at least ${LIMITS.question[0]} characters.`,
    )
    .max(
      LIMITS.question[1],
      `Shorten the question to at most ${count(LIMITS.question[1])} characters.`,
    )
    .describe('The question as published, without personal data.'),
  answer: z
    .string()
    .trim()
    .min(LIMITS.answer[0], `The answer is too short: at least ${LIMITS.answer[0]} characters.`)
    .max(LIMITS.answer[1], `Shorten the answer to at most ${count(LIMITS.answer[1])} characters.`)
    .describe('The answer as published.'),
});
export type QaData = z.infer<typeof qaSchema>;
