/**
 * The point of an appeal to an inspector (the form works without this: the coordinates are
 * plain fields). A tap on the area's outline marks the place; "Use my location" asks the
 * browser; either fills the two fields, which the form sends. The map's projection is the one
 * the page drew it with (lib/finder/geo.ts), from the box in `data-box`.
 */
import { projection } from '../lib/finder/geo.ts';
import { inCity } from '../lib/areas.ts';

const field = document.querySelector<HTMLFieldSetElement>('[data-point-field]');
if (field) enhance(field);

function enhance(field: HTMLFieldSetElement) {
  const form = field.closest('form')!;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const [latitude, longitude] = (['latitude', 'longitude'] as const).map((name) =>
    field.querySelector<HTMLInputElement>(`[data-point="${name}"]`)!,
  ) as [HTMLInputElement, HTMLInputElement];
  const status = field.querySelector<HTMLElement>('[data-point-status]')!;
  const svg = field.querySelector<SVGSVGElement>('[data-point-map] svg');
  const marker = svg?.querySelector<SVGCircleElement>('[data-point-marker]');
  const box = svg?.dataset['box']?.split(',').map(Number) as
    [number, number, number, number] | undefined;
  const map = box && svg ? projection(box, Number(svg.dataset['width'])) : undefined;

  const say = (key: string, values: Record<string, string> = {}) => {
    status.textContent = Object.entries(values).reduce(
      (text, [name, value]) => text.replace(`{${name}}`, value),
      messages[key] ?? '',
    );
  };

  /** Shows the fields' point on the map, when they hold one inside it. */
  const draw = () => {
    if (!map || !marker) return;
    const lat = Number(latitude.value);
    const lon = Number(longitude.value);
    const shown = latitude.value !== '' && Number.isFinite(lat) && Number.isFinite(lon);
    marker.setAttribute('visibility', shown ? 'visible' : 'hidden');
    if (!shown) return;
    const [x, y] = map.project([lon, lat]);
    marker.setAttribute('cx', String(x));
    marker.setAttribute('cy', String(y));
  };

  const mark = (lat: number, lon: number) => {
    latitude.value = lat.toFixed(6);
    longitude.value = lon.toFixed(6);
    // The form keeps its draft on `input`.
    latitude.dispatchEvent(new Event('input', { bubbles: true }));
    draw();
    say('write.point.marked', { latitude: latitude.value, longitude: longitude.value });
  };

  svg?.addEventListener('click', (event) => {
    if (!map) return;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [lon, lat] = map.unproject([p.x, p.y]);
    mark(lat, lon);
  });

  field.querySelector('[data-point-locate]')?.addEventListener('click', () => {
    if (!('geolocation' in navigator)) return say('write.point.failed');
    say('write.point.locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        inCity(coords.latitude, coords.longitude)
          ? mark(coords.latitude, coords.longitude)
          : say('appeal.error.point'),
      () => say('write.point.failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });

  field.querySelector('[data-point-clear]')?.addEventListener('click', () => {
    latitude.value = '';
    longitude.value = '';
    latitude.dispatchEvent(new Event('input', { bubbles: true }));
    draw();
    say('write.point.removed');
  });

  latitude.addEventListener('change', draw);
  longitude.addEventListener('change', draw);
  draw();
}
