/**
 * The interactive map of the finder page, loaded on request: Leaflet draws the inspector
 * areas (each opens its page); the background tiles come from the address configured in
 * content/settings/site.yaml (`mapTiles`), and the map stays usable when they cannot load.
 */
import L from 'leaflet';
// As a URL, linked when the map opens: imported as CSS, the build would put it on the page.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { loadCss } from './load-css.ts';

interface AreaCollection {
  type: 'FeatureCollection';
  features: {
    properties: {
      id: string;
      number: number;
      district: string;
      district_name: Record<string, string>;
    };
  }[];
}

export async function showMap(container: HTMLElement, areasUrl: string, noTiles: string) {
  const [response] = await Promise.all([fetch(areasUrl), loadCss(leafletCss)]);
  const areas = (await response.json()) as AreaCollection;
  const lang = document.documentElement.lang;
  const map = L.map(container, { scrollWheelZoom: false });
  const tiles = container.dataset['tiles'];
  const note = () => {
    if (container.parentElement?.querySelector('[data-map-note]')) return;
    const p = document.createElement('p');
    p.dataset['mapNote'] = '';
    p.className = 'mt-2';
    p.textContent = noTiles;
    container.after(p);
  };
  if (tiles) {
    const layer = L.tileLayer(tiles, {
      maxZoom: 18,
      attribution: container.dataset['attribution'] ?? '',
    });
    layer.on('tileerror', note);
    layer.addTo(map);
  } else note();
  const shapes = L.geoJSON(areas as never, {
    style: { color: '#062f57', weight: 2, fillColor: '#00afca', fillOpacity: 0.2 },
    onEachFeature(feature, layer) {
      const p = feature.properties as AreaCollection['features'][number]['properties'];
      const link = document.createElement('a');
      link.href = `/${lang}/districts/${p.district}/#area-${p.id}`;
      link.textContent = `${p.district_name[lang] ?? p.district}, ${(container.dataset['areaLabel'] ?? '{number}').replace('{number}', String(p.number))}`;
      layer.bindPopup(link);
    },
  }).addTo(map);
  map.fitBounds(shapes.getBounds());
}
