/**
 * "Was this answer helpful?": the applicant's one yes/no about the answer to their appeal
 * (docs/appeals.md, "Was this answer helpful?"), and the share the public statistics show.
 */

/** What the status page's two buttons send as `helpful`. */
export const HELPFUL_VALUES = { yes: true, no: false } as const;

/** `yes` → true, `no` → false; anything else (nothing, "true", "Yes ") → undefined. */
export function parseHelpful(value: unknown): boolean | undefined {
  return value === 'yes' || value === 'no' ? HELPFUL_VALUES[value] : undefined;
}

/**
 * The fewest ratings the statistics show a share for: below it one or two votes would read
 * as "100 %" or "0 %" and say nothing about the answers.
 */
export const HELPFUL_SHARE_MIN_RATINGS = 10;

/** The share (0…1) of rated answers found helpful; null below `HELPFUL_SHARE_MIN_RATINGS`. */
export function helpfulShare(helpful: number, rated: number): number | null {
  if (!Number.isInteger(helpful) || !Number.isInteger(rated) || helpful < 0 || helpful > rated)
    throw new RangeError(`${helpful} helpful of ${rated} rated is not a count.`);
  return rated < HELPFUL_SHARE_MIN_RATINGS ? null : helpful / rated;
}
