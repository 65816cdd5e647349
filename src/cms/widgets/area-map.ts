/**
 * The boundary of a district or an inspector area in the CMS, on a map: the other boundaries of
 * the district are drawn for reference, this one can be edited point by point (Leaflet with
 * Geoman, loaded when the editor opens), and its coordinates are shown as GeoJSON text that
 * can be edited with the keyboard as well. Tiles come from `mapTiles` in the site's settings
 * (the admin page passes them); without them the shapes are drawn alone. The district model
 * checks the result when the entry is saved (src/lib/area-geometry.ts).
 *
 * A Decap widget control is a React class component (Decap reaches it through a ref); the
 * value is stored as an Immutable map, as Decap keeps the entries it loads.
 */
import { fromJS } from 'immutable';
import { Component, createElement as h, createRef } from 'react';
import type * as Leaflet from 'leaflet';
// Geoman's types add `pm` to Leaflet's layers; the plugin itself is loaded with the map.
import type {} from '@geoman-io/leaflet-geoman-free';
// Styles with the admin page's own (the CMS's CSP allows them); the scripts load on open.
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { roundGeometry } from '../../lib/area-geometry.ts';
import type { Geometry } from '../../lib/finder/geo.ts';
import { geometrySchema } from '../../models/districts.ts';

const TEXT: Record<
  Locale,
  { map: string; help: string; coordinates: string; invalid: string; noTiles: string }
> = {
  kk: {
    map: 'Шекара картада',
    help: 'Нүктені жылжыту үшін оны тартыңыз; жаңа нүкте — екі нүктенің ортасындағы белгіні тартыңыз. Көршілес учаскелер сұр түспен көрсетілген: ортақ шекараны екеуінде де жылжытыңыз.',
    coordinates: 'Координаттар (GeoJSON, [бойлық, ендік])',
    invalid: 'Координаттарды оқу мүмкін емес: тұйық сақиналардың [бойлық, ендік] тізімін жазыңыз.',
    noTiles: 'Карта негізі бапталмаған; тек шекаралар көрсетілген.',
  },
  ru: {
    map: 'Граница на карте',
    help: 'Чтобы передвинуть точку, перетащите её; новая точка — перетащите метку между двумя точками. Соседние участки показаны серым: общую границу двигайте в обоих.',
    coordinates: 'Координаты (GeoJSON, [долгота, широта])',
    invalid:
      'Не удаётся прочитать координаты: нужен список замкнутых колец из пар [долгота, широта].',
    noTiles: 'Подложка карты не настроена; показаны только границы.',
  },
  en: {
    map: 'Boundary on the map',
    help: 'Drag a point to move it; drag the marker between two points to add one. Neighbouring areas are grey: move a shared boundary in both.',
    coordinates: 'Coordinates (GeoJSON, [longitude, latitude])',
    invalid:
      'The coordinates cannot be read: write a list of closed rings of [longitude, latitude] pairs.',
    noTiles: 'No map tiles are configured; the boundaries are drawn alone.',
  },
};

interface ImmutableLike {
  toJS(): unknown;
}
const plain = <T>(value: unknown): T | undefined =>
  (value && typeof (value as ImmutableLike).toJS === 'function'
    ? (value as ImmutableLike).toJS()
    : value) as T | undefined;

/** The coordinates typed in the text field, if they make this kind of boundary (the model's). */
function parseCoordinates(text: string, type: Geometry['type']): Geometry | undefined {
  try {
    const parsed = geometrySchema.safeParse({ type, coordinates: JSON.parse(text) as unknown });
    return parsed.success ? roundGeometry(parsed.data as Geometry) : undefined;
  } catch {
    return undefined;
  }
}

interface Props {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  entry?: { getIn(path: string[]): unknown };
}
interface State {
  text: string;
  invalid: boolean;
}

export class AreaMapControl extends Component<Props, State> {
  private readonly container = createRef<HTMLDivElement>();
  private map: Leaflet.Map | undefined;
  private own: Leaflet.GeoJSON | undefined;
  private leaflet: typeof Leaflet | undefined;
  private resize: ResizeObserver | undefined;
  private fitted = false;
  /** The coordinates last stored from here, to tell Decap's echo from a change elsewhere. */
  private lastStored = '';
  private readonly text =
    TEXT[isLocale(document.documentElement.lang) ? document.documentElement.lang : 'en'];

  override state: State = { text: this.coordinatesText(), invalid: false };

  private geometry(): Geometry | undefined {
    return plain<Geometry>(this.props.value);
  }

  private coordinatesText(): string {
    return JSON.stringify(this.geometry()?.coordinates ?? []);
  }

  override async componentDidMount() {
    const { default: L } = await import('leaflet');
    (window as { L?: unknown }).L = L;
    await import('@geoman-io/leaflet-geoman-free');
    const container = this.container.current;
    if (!container || this.map) return;
    this.leaflet = L;
    const map = L.map(container, { scrollWheelZoom: false });
    this.map = map;
    const tiles = document.body.dataset['tiles'];
    if (tiles)
      L.tileLayer(tiles, {
        maxZoom: 19,
        attribution: document.body.dataset['attribution'] ?? '',
      }).addTo(map);
    // The district's other boundaries, for reference.
    const mine = JSON.stringify(this.geometry());
    const features =
      plain<{ geometry: Geometry }[]>(this.props.entry?.getIn(['data', 'features'])) ?? [];
    const others = features.filter((f) => JSON.stringify(f.geometry) !== mine);
    const context = L.geoJSON(
      others.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) as never,
      { style: { color: '#5b6770', weight: 1, fillOpacity: 0.05 }, interactive: false },
    ).addTo(map);
    this.drawOwn();
    const bounds = context.getBounds();
    if (this.own?.getBounds().isValid()) bounds.extend(this.own.getBounds());
    // Decap may draw the widget inside a collapsed list item: the map is sized and fitted to
    // the boundaries when it first becomes visible.
    this.resize = new ResizeObserver(() => {
      if (!container.clientWidth) return;
      map.invalidateSize();
      if (!this.fitted && bounds.isValid()) map.fitBounds(bounds);
      this.fitted = true;
    });
    this.resize.observe(container);
  }

  /** A value changed outside the widget (a draft restored, the entry reloaded) is redrawn. */
  override componentDidUpdate(previous: Props) {
    if (previous.value === this.props.value) return;
    const text = this.coordinatesText();
    if (text === this.lastStored) return;
    this.lastStored = text;
    this.setState({ text, invalid: false });
    this.drawOwn();
  }

  override componentWillUnmount() {
    this.resize?.disconnect();
    this.map?.remove();
    this.map = undefined;
  }

  /** Draws this boundary, editable; every edit is stored at once. */
  private drawOwn() {
    const L = this.leaflet;
    const geometry = this.geometry();
    if (!L || !this.map || !geometry) return;
    this.own?.remove();
    const own = L.geoJSON({ type: 'Feature', properties: {}, geometry } as never, {
      style: { color: '#062f57', weight: 3, fillColor: '#00afca', fillOpacity: 0.25 },
    }).addTo(this.map);
    // Geoman draws its point markers only on a map that has a view (fitted when first shown).
    this.map.whenReady(() =>
      own.eachLayer((layer) => {
        const polygon = layer as Leaflet.Polygon;
        polygon.pm.enable({ allowSelfIntersection: false });
        polygon.on('pm:edit', () => this.store(own));
      }),
    );
    this.own = own;
  }

  private store(own: Leaflet.GeoJSON) {
    const feature = (own.toGeoJSON(false) as unknown as { features: { geometry: Geometry }[] })
      .features[0];
    if (!feature) return;
    this.keep(roundGeometry(feature.geometry));
  }

  /** Hands Decap a new boundary (nothing when it is the same). */
  private keep(geometry: Geometry) {
    const text = JSON.stringify(geometry.coordinates);
    this.setState({ text, invalid: false });
    if (text === this.coordinatesText()) return;
    this.lastStored = text;
    this.props.onChange(fromJS(geometry));
  }

  private readonly typed = (text: string) => {
    const geometry = parseCoordinates(text, this.geometry()?.type ?? 'Polygon');
    if (!geometry) return this.setState({ text, invalid: true });
    this.keep(geometry);
    // Redrawn once Decap has the new value.
    setTimeout(() => this.drawOwn());
  };

  override render() {
    const { forID, classNameWrapper } = this.props;
    const { text, invalid } = this.state;
    const hasTiles = Boolean(document.body.dataset['tiles']);
    return h(
      'div',
      { className: classNameWrapper },
      h('div', {
        ref: this.container,
        role: 'img',
        'aria-label': this.text.map,
        'data-area-map': '',
        style: { height: '360px', background: '#f2f4f5' },
      }),
      h(
        'p',
        { style: { fontSize: '0.9em', margin: '0.5em 0' } },
        this.text.help,
        hasTiles ? '' : ` ${this.text.noTiles}`,
      ),
      h(
        'label',
        { htmlFor: forID, style: { display: 'block', fontWeight: 600 } },
        this.text.coordinates,
      ),
      h('textarea', {
        id: forID,
        value: text,
        rows: 4,
        spellCheck: false,
        'aria-invalid': invalid,
        'aria-describedby': invalid ? `${forID}-error` : undefined,
        style: { width: '100%', fontFamily: 'monospace', fontSize: '0.85em' },
        onChange: (event: { target: { value: string } }) =>
          this.setState({ text: event.target.value }),
        onBlur: (event: { target: { value: string } }) => this.typed(event.target.value),
      }),
      invalid
        ? h(
            'p',
            { id: `${forID}-error`, role: 'alert', style: { color: '#b00020' } },
            this.text.invalid,
          )
        : null,
    );
  }
}

/** The preview pane shows the boundary's kind and number of points: "Polygon: 5". */
export function AreaMapPreview({ value }: { value: unknown }) {
  const geometry = plain<Geometry>(value);
  const points =
    geometry?.type === 'Polygon'
      ? geometry.coordinates.flat().length
      : (geometry?.coordinates.flat(2).length ?? 0);
  return h('p', {}, `${geometry?.type ?? '—'}: ${points}`);
}
