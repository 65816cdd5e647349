import type { Translate } from '../i18n';

/** Which houses of a street an area serves. */
export const HOUSE_PARITIES = ['all', 'odd', 'even'] as const;
export type HouseParity = (typeof HOUSE_PARITIES)[number];

/** The houses of a street an area serves (the street's model is in src/models/districts.ts). */
export interface HouseSpan {
  houses: HouseParity;
  /** First house number served (inclusive). */
  from?: number | undefined;
  /** Last house number served (inclusive). */
  to?: number | undefined;
}

/** "odd numbers, from No. 1 to No. 99" in the reader's language. */
export function describeHouses(range: HouseSpan, t: Translate) {
  const parts = [t(`houses.${range.houses}`)];
  if (range.from !== undefined) parts.push(t('houses.from', { from: range.from }));
  if (range.to !== undefined) parts.push(t('houses.to', { to: range.to }));
  return parts.join(', ');
}
