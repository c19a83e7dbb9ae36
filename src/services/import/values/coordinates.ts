import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';

export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
const POINT = new RegExp(String.raw`^point\s*\(\s*(${NUMBER})[\s,]+(${NUMBER})\s*\)$`, 'i');
const PAIR = new RegExp(String.raw`^(${NUMBER})\s*[,; ]\s*(${NUMBER})$`);

/**
 * Reads one or more points: `50.06, 19.94` (latitude first, as Kohesio's
 * Location_Indicator_latitude_longitude), `Point(19.94 50.06)` (WKT, longitude first), several
 * separated by `|` or `;`. Empty → an empty list.
 */
export function readCoordinates(cell: Cell): Reading<Coordinates[]> {
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok([]);
  const points: Coordinates[] = [];
  for (const part of text.split(/\s*[|\n]\s*|;\s*(?=point)/i).filter((piece) => piece !== '')) {
    const point = readPoint(part);
    if (point === null) return refuse('not_coordinates', { value: quoted(text) });
    points.push(point);
  }
  return ok(points);
}

function readPoint(text: string): Coordinates | null {
  const wkt = POINT.exec(text);
  const pair = wkt ? null : PAIR.exec(text);
  const [first, second] = wkt ? [wkt[2], wkt[1]] : [pair?.[1], pair?.[2]];
  if (first === undefined || second === undefined) return null;
  return checked(decimal(first), decimal(second));
}

/** A latitude and a longitude read from separate columns. */
export function readLatitudeLongitude(latitude: Cell, longitude: Cell): Reading<Coordinates | null> {
  const latitudeText = cellText(latitude instanceof Date ? null : latitude);
  const longitudeText = cellText(longitude instanceof Date ? null : longitude);
  if (latitudeText === null && longitudeText === null) return ok(null);
  const point = checked(decimal(latitudeText ?? ''), decimal(longitudeText ?? ''));
  return point === null ? refuse('not_coordinates', { value: quoted(`${latitudeText}, ${longitudeText}`) }) : ok(point);
}

function decimal(text: string): number {
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN;
}

function checked(latitude: number, longitude: number): Coordinates | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}
