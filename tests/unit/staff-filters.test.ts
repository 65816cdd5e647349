/** The queue's filters from the desk's query string (src/server/staff/filters.ts). */
import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../src/server/staff/filters.ts';

describe('queue filters', () => {
  it('keeps known values only', () => {
    expect(
      parseFilters(
        new URLSearchParams(
          'status=registered&kind=nope&topic=fraud&district=almaly&language=xx&due=overdue',
        ),
      ),
    ).toEqual({
      status: 'registered',
      kind: undefined,
      topic: 'fraud',
      district: 'almaly',
      language: undefined,
      due: 'overdue',
    });
    expect(parseFilters(new URLSearchParams("district=a'; DROP TABLE appeals;--")).district).toBe(
      undefined,
    );
  });

  it('takes an area id, or none for the appeals to the chief, and nothing else', () => {
    const area = (value: string) => parseFilters(new URLSearchParams({ area: value })).area;
    expect(area('almaly-07')).toBe('almaly-07');
    expect(area('none')).toBe('none');
    for (const bad of ['almaly', 'Almaly-07', "almaly-07'--", 'almaly-07 ', ''])
      expect(area(bad), bad).toBeUndefined();
  });
});
