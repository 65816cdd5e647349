/**
 * The parts of the appeal form that only the form to an area's inspector has: whom it goes to,
 * the point on the map and the photos. Drawn into the form by appeal-form.ts; the point's map
 * and buttons need the script (src/scripts/appeal-point.ts) and are hidden without it, the
 * coordinates and the photos work as plain fields.
 */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { escapeHtml } from '../lib/html.ts';
import { attributes, describedBy, errorMessage, hint, input } from './html.ts';

/** The area an appeal goes to, as the form shows it. */
export interface AreaTarget {
  id: string;
  district: string;
  /** "Inspector of area 7, Almaly district". */
  label: string;
}

/** A coordinate field's attributes: a decimal number a phone keyboard can type. */
const coordinate = (name: 'latitude' | 'longitude', value: string | undefined, error?: string) =>
  input({
    ...describedBy('appeal-point', { hint: true, error, errorSlot: true }),
    id: `appeal-${name}`,
    name,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 14,
    value: value ?? '',
    class: 'w-full max-w-40',
    'data-point': name,
  });

export interface AreaFieldsOptions {
  lang: Locale;
  target: AreaTarget;
  values: Record<string, string>;
  /** Errors of the point and of the photos, in words. */
  pointError?: string | undefined;
  photosError?: string | undefined;
  /** The area's outline as an SVG (the page draws it at build time); absent on error pages. */
  map?: string | undefined;
}

/** Whom the appeal goes to, with the hidden fields that carry it. */
export function areaHeader({ lang, target }: Pick<AreaFieldsOptions, 'lang' | 'target'>): string {
  const t = useTranslations(lang);
  return `<p class="mt-2 max-w-2xl border-l-8 border-navy bg-panel p-4 text-lg" data-area-target>
    <span class="font-bold">${escapeHtml(t('write.toLabel'))}</span> ${escapeHtml(target.label)}
  </p>
  <input type="hidden" name="area" value="${escapeHtml(target.id)}" />
  <input type="hidden" name="district" value="${escapeHtml(target.district)}" />`;
}

/** The point (optional) and the photos (optional). */
export function areaFields(o: AreaFieldsOptions): string {
  const t = useTranslations(o.lang);
  const { values } = o;
  return `<fieldset class="mt-6 flex max-w-2xl flex-col gap-2" id="appeal-point" data-point-field>
    <legend class="font-bold">${escapeHtml(t('write.point.legend'))}</legend>
    ${hint('appeal-point', t('write.point.hint'))}
    ${errorMessage('appeal-point', o.pointError, { slot: true, attrs: { 'data-error-for': 'latitude' } })}
    ${o.map ? `<div class="js-only" data-point-map>${o.map}</div>` : ''}
    <div class="js-only flex flex-wrap gap-2">
      <button type="button" class="button-secondary" data-point-locate>${escapeHtml(t('write.point.locate'))}</button>
      <button type="button" class="button-secondary" data-point-clear>${escapeHtml(t('write.point.clear'))}</button>
    </div>
    <p class="hint" data-point-status aria-live="polite"></p>
    <div class="flex flex-wrap gap-4">
      <div class="flex min-w-0 flex-col gap-1"><label for="appeal-latitude">${escapeHtml(t('write.point.latitude'))}</label>${coordinate('latitude', values['latitude'], o.pointError)}</div>
      <div class="flex min-w-0 flex-col gap-1"><label for="appeal-longitude">${escapeHtml(t('write.point.longitude'))}</label>${coordinate('longitude', values['longitude'], o.pointError)}</div>
    </div>
  </fieldset>
  <div class="mt-6 flex max-w-2xl flex-col gap-1">
    <label for="appeal-photos" class="font-bold">${escapeHtml(t('write.photos.label'))}</label>
    ${hint('appeal-photos', o.photosError ? `${t('write.photos.hint')} ${t('write.photos.again')}` : t('write.photos.hint'))}
    ${errorMessage('appeal-photos', o.photosError, { slot: true, attrs: { 'data-error-for': 'photos' } })}
    <input${attributes({
      id: 'appeal-photos',
      name: 'photos',
      type: 'file',
      multiple: true,
      accept: 'image/jpeg,image/png,image/webp',
      class: 'input w-full text-base',
      'data-photos': true,
      ...describedBy('appeal-photos', { hint: true, error: o.photosError, errorSlot: true }),
    })} />
    <p class="hint" data-photos-status aria-live="polite"></p>
  </div>`;
}

/** The target of an area's id, when it names an area of one of `districts`. */
export function areaTarget(
  lang: Locale,
  area: { id: string; district: string; number: number },
  districts: readonly { id: string; name: string }[],
): AreaTarget | undefined {
  const district = districts.find((d) => d.id === area.district);
  if (!district) return undefined;
  const label = useTranslations(lang)('write.to', { number: area.number, district: district.name });
  return { id: area.id, district: area.district, label };
}
