import { VOIVODESHIPS } from '../../../domain/codes.js';
import type { Place } from '../../../domain/project.js';
import { foldDiacritics } from '../../../domain/text.js';
import { readCoordinates, readLatitudeLongitude } from '../values/coordinates.js';
import { looksLikePolishPlaces, readPolishPlaces } from '../values/polish-places.js';
import type { RowCells } from './row-cells.js';

const PLACE_FIELDS = [
  'place',
  'region',
  'county',
  'municipality',
  'city',
  'postalCode',
  'coordinates',
  'latitude',
  'longitude',
] as const;
const VOIVODESHIP_BY_FOLDED = new Map(Object.values(VOIVODESHIPS).map((name) => [foldDiacritics(name), name]));

export function hasPlaceColumns(cells: RowCells): boolean {
  return PLACE_FIELDS.some((field) => cells.has(field));
}

/**
 * The places of a row: the official lists' `WOJ.: …, POW.: …, GM.: …` strings read into
 * their parts; otherwise one place from the place text and the region, county, gmina,
 * city and postal code columns, repeated once per point when several coordinates are given.
 */
export function readRowPlaces(cells: RowCells, country: string | null): readonly Place[] {
  const text = cells.text('place');
  if (text !== null && looksLikePolishPlaces(text)) return readPolishPlaces(text);
  const points = cells.read('coordinates', readCoordinates) ?? [];
  if (cells.has('latitude') || cells.has('longitude')) {
    const point = cells.read('latitude', (latitude) => readLatitudeLongitude(latitude, cells.get('longitude')));
    if (point) points.push(point);
  }
  const region = cells.text('region');
  const county = cells.text('county');
  const municipality = cells.text('municipality');
  const city = cells.text('city');
  const postalCode = cells.text('postalCode');
  const named = text ?? [city, municipality, county, region].filter((part) => part !== null).join(', ');
  const label = [named, postalCode].filter((part) => part !== null && part !== '').join(', ');
  if (label === '' && points.length === 0) return [];
  if (country === null) {
    cells.problem('country', 'no_place_country');
    return [];
  }
  const voivodeship =
    country === 'PL' && region ? (VOIVODESHIP_BY_FOLDED.get(foldDiacritics(region.toLowerCase())) ?? null) : null;
  const place: Place = {
    label: label === '' ? country : label,
    country,
    voivodeship,
    county,
    municipality,
    teryt: null,
    city,
    areaName: null,
    latitude: null,
    longitude: null,
  };
  if (points.length === 0) return [place];
  return points.map((point) => ({ ...place, latitude: point.latitude, longitude: point.longitude }));
}
