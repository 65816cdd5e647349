/**
 * How the tools write content files, so that a file written by the demo generator, the areas
 * import or by hand after `npm run format` looks the same: GeoJSON indented with each
 * [lon, lat] pair on one line, YAML without line folding.
 */
import { stringify } from 'yaml';

/** Indented JSON, with each [lon, lat] pair kept on one line. */
export function geojsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

/** YAML as the content files write it. */
export const yamlText = (data: unknown) => stringify(data, { lineWidth: 0 });
