/**
 * The whole demo city from its options: districts with their areas and house ranges, officers
 * and news. Pure: nothing is read or written here, and importing it does nothing; the CLI
 * (scripts/generate-demo.ts) validates the city (validate.ts) and writes it (write.ts).
 */
import { type BuiltDistrict, buildDistricts, type StreetMap } from './areas.ts';
import { checkAddressInvariant } from './houses.ts';
import { type BuiltNeighbourhood, buildNeighbourhoods } from './neighbourhoods.ts';
import { type BuiltNews, buildNews } from './news.ts';
import { type BuiltOfficer, buildOfficers } from './officers.ts';

export interface CityOptions {
  /** Seed of the PRNG; the same seed gives the same city. */
  seed: string;
  /** News stories per language. */
  newsPerLocale: number;
  /** Add invented streets until the city has this many houses (0: the real streets only). */
  addresses: number;
}

export interface City {
  streets: StreetMap;
  districts: BuiltDistrict[];
  officers: BuiltOfficer[];
  news: BuiltNews[];
  neighbourhoods: BuiltNeighbourhood[];
}

/** Builds the city; fails if its geometry or its house ranges break a rule. */
export function buildCity({ seed, newsPerLocale, addresses }: CityOptions): City {
  const { streets, districts } = buildDistricts(seed, addresses);
  checkAddressInvariant(districts.flatMap((d) => d.areas));
  const officers = buildOfficers(seed, districts);
  const news = buildNews(seed, newsPerLocale, districts, streets);
  const neighbourhoods = buildNeighbourhoods(seed, districts);
  return { streets, districts, officers, news, neighbourhoods };
}
