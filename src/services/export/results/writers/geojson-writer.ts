import type { Writable } from 'node:stream';
import type { ExportRow } from '../export-row.js';
import { DATA_LICENCE } from '../licence.js';
import { type ExportHeading, type ResultWriter, textSink } from './result-writer.js';

export interface GeoJsonCounts {
  features: number;
  /** Projects with no place that has coordinates: they cannot be drawn, so they have no feature. */
  projectsWithoutCoordinates: number;
}

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point feature per place of a project that has
 * coordinates, its properties the project's row plus `place` (the place drawn). Projects
 * without coordinates are counted in the foreign member `projectsWithoutCoordinates`.
 */
export function createGeoJsonWriter(output: Writable, heading: ExportHeading, counts: GeoJsonCounts): ResultWriter {
  const write = textSink(output);
  const opening = JSON.stringify({ type: 'FeatureCollection', licence: DATA_LICENCE, ...heading }).slice(0, -1);
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write(`${opening},"features":[`);
  };
  return {
    async writeBatch(rows: readonly ExportRow[]) {
      await start();
      const lines: string[] = [];
      for (const row of rows) {
        const { places, ...properties } = row;
        let drawn = 0;
        places.forEach((place, index) => {
          if (place.latitude === null || place.longitude === null) return;
          drawn += 1;
          const feature = {
            type: 'Feature',
            id: `${row.slug}/${index + 1}`,
            geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
            properties: { ...properties, place },
          };
          lines.push(`${counts.features === 0 && lines.length === 0 ? '' : ','}\n${JSON.stringify(feature)}`);
        });
        if (drawn === 0) counts.projectsWithoutCoordinates += 1;
      }
      counts.features += lines.length;
      await write(lines.join(''));
    },
    async finish() {
      await start();
      await write(`\n],"projectsWithoutCoordinates":${counts.projectsWithoutCoordinates}}\n`);
    },
  };
}
