import { describe, expect, it } from 'vitest';
import { median } from '../../src/server/appeals/stats.ts';

describe('appeal statistics', () => {
  it('takes the median of odd and even counts, null of none', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
