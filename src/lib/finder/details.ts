/**
 * What the finder shows about an area (its title, link and inspectors) in one language, from
 * the district, the area and its officers: the same at build (src/data/finder.ts, with the
 * photos' built addresses) and in `npm run bench:lookup` (with stand-in addresses).
 */
import { useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import { routes } from '../routes.ts';
import type { AreaDetails } from './data.ts';

type Localized = Record<Locale, string>;

export interface OfficerSource {
  id: string;
  name: Localized;
  /** A rank of src/models/officers.ts (its label is `rank.<rank>`). */
  rank: string;
  phones: readonly string[];
  receptionHours: Localized;
  policePoint: { number: number; address: Localized };
  photoAlt: Localized;
}

export interface AreaSource {
  id: string;
  districtId: string;
  districtName: Localized;
  number: number;
}

/** An area's details in `lang`; `photo` gives each officer's picture address. */
export function areaDetails(
  lang: Locale,
  area: AreaSource,
  officers: readonly (OfficerSource & { photo: string })[],
): AreaDetails {
  const t = useTranslations(lang);
  return {
    title: `${area.districtName[lang]}, ${t('inspectors.area', { number: area.number })}`,
    url: routes.area(lang, area.districtId, area.id),
    officers: officers.map((o) => ({
      name: o.name[lang],
      rank: t(`rank.${o.rank}` as UiKey),
      phones: [...o.phones],
      hours: o.receptionHours[lang],
      point: `${t('inspectors.policePoint', { number: o.policePoint.number })}: ${o.policePoint.address[lang]}`,
      photo: o.photo,
      photoAlt: o.photoAlt[lang],
      url: routes.officer(lang, o.id),
    })),
  };
}
