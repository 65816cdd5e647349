import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HELPFUL_SHARE_MIN_RATINGS,
  helpfulShare,
  parseHelpful,
} from '../../src/lib/answer-feedback.ts';

describe('was the answer helpful', () => {
  it('reads only yes and no', () => {
    expect(parseHelpful('yes')).toBe(true);
    expect(parseHelpful('no')).toBe(false);
    for (const other of ['', 'Yes', 'yes ', 'true', '1', 'да', undefined, null, true, ['yes']])
      expect(parseHelpful(other), String(other)).toBeUndefined();
  });

  it('shows no share below the minimum number of ratings', () => {
    expect(HELPFUL_SHARE_MIN_RATINGS).toBe(10);
    expect(helpfulShare(0, 0)).toBeNull();
    expect(helpfulShare(1, 1)).toBeNull();
    expect(helpfulShare(9, 9)).toBeNull();
    expect(helpfulShare(10, 10)).toBe(1);
    expect(helpfulShare(7, 10)).toBeCloseTo(0.7);
    expect(helpfulShare(0, 12)).toBe(0);
  });

  it('is a share of the rated answers, between 0 and 1', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [helpful, rated] = a <= b ? [a, b] : [b, a];
        const share = helpfulShare(helpful, rated);
        if (rated < HELPFUL_SHARE_MIN_RATINGS) expect(share).toBeNull();
        else {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(share! * rated).toBeCloseTo(helpful);
        }
      }),
    );
  });

  it('refuses counts that are not counts', () => {
    expect(() => helpfulShare(11, 10)).toThrow(RangeError);
    expect(() => helpfulShare(-1, 10)).toThrow(RangeError);
    expect(() => helpfulShare(1.5, 10)).toThrow(RangeError);
  });
});
