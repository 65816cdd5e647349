import type { Translate } from '../i18n';
import type { StreetRange } from '../models/districts.ts';

/** "odd numbers, from No. 1 to No. 99" in the reader's language. */
export function describeHouses(range: Pick<StreetRange, 'houses' | 'from' | 'to'>, t: Translate) {
  const parts = [t(`houses.${range.houses}`)];
  if (range.from !== undefined) parts.push(t('houses.from', { from: range.from }));
  if (range.to !== undefined) parts.push(t('houses.to', { to: range.to }));
  return parts.join(', ');
}
