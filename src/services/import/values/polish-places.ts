import { VOIVODESHIPS } from '../../../domain/codes.js';
import type { Place } from '../../../domain/project.js';
import { foldDiacritics } from '../../../domain/text.js';
import { memoise } from './memo.js';

const VOIVODESHIP_BY_FOLDED = new Map(Object.values(VOIVODESHIPS).map((name) => [foldDiacritics(name), name]));
const NATIONWIDE = /^(cał[ay]|cala|caly)\s+(kraj|polska)$|^polska$/i;
const PART = /^(woj|pow|gm|gmina|powiat|województwo|wojewodztwo)\.?\s*:\s*(.*)$/i;

/** True when the text is written in the official lists' way (`WOJ.: …`, `Cały Kraj`). */
export function looksLikePolishPlaces(text: string): boolean {
  return /\b(woj|pow|gm)\.?\s*:/i.test(text) || text.split('|').some((part) => NATIONWIDE.test(part.trim()));
}

/**
 * Reads the place strings of the official lists into structured places: one per `|`-separated
 * part, `WOJ.: MAŁOPOLSKIE, POW.: krakowski, GM.: Kraków - gmina miejska` into voivodeship,
 * county and gmina (the gmina's type suffix, even cut short, dropped); `Cały Kraj` into one
 * nationwide place. Repeated parts count once.
 * @example readPolishPlaces('WOJ.: PODLASKIE, POW.: hajnowski')[0].county // 'hajnowski'
 */
export const readPolishPlaces: (text: string) => readonly Place[] = memoise(readPlaces);

function readPlaces(text: string): Place[] {
  const places: Place[] = [];
  const seen = new Set<string>();
  for (const segment of text.split('|')) {
    const place = readSegment(segment.trim());
    if (place === null) continue;
    const key = `${place.voivodeship}|${place.county}|${place.municipality}|${place.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(place);
  }
  return places;
}

function readSegment(segment: string): Place | null {
  if (segment === '') return null;
  if (NATIONWIDE.test(segment)) return place('Cały kraj', null, null, null);
  let voivodeship: string | null = null;
  let county: string | null = null;
  let municipality: string | null = null;
  const parts = segment.split(/,\s*(?=(?:woj|pow|gm|gmina|powiat|wojew[oó]dztwo)\.?\s*:)/i);
  for (const part of parts) {
    const match = PART.exec(part.trim());
    if (!match) return place(segment, null, null, null);
    const key = foldDiacritics(match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim().replace(/,$/, '').trim();
    if (value === '') continue;
    if (key.startsWith('woj')) voivodeship = voivodeshipName(value);
    else if (key.startsWith('pow')) county = value;
    else municipality = withoutGminaType(value);
  }
  if (voivodeship === null && county === null && municipality === null) return null;
  return place(labelOf(voivodeship, county, municipality), voivodeship, county, municipality);
}

/** `MAŁOPOLSKIE` and `malopolskie` become `małopolskie`; an unknown name is kept, in lower case. */
function voivodeshipName(value: string): string {
  const lower = value.toLowerCase().replace(/^woj(ewództwo|\.)?\s+/, '');
  return VOIVODESHIP_BY_FOLDED.get(foldDiacritics(lower)) ?? lower;
}

/** `Kraków - gmina miejska`, `Nowy Targ - Gmina wi` → the gmina's own name. */
function withoutGminaType(value: string): string {
  return value.replace(/\s+-(\s.*)?$/, '').trim();
}

function labelOf(voivodeship: string | null, county: string | null, municipality: string | null): string {
  const context = [county === null ? null : `pow. ${county}`, voivodeship === null ? null : `woj. ${voivodeship}`]
    .filter((part) => part !== null)
    .join(', ');
  if (municipality !== null) return context === '' ? `gmina ${municipality}` : `gmina ${municipality} (${context})`;
  if (county !== null) return voivodeship === null ? `powiat ${county}` : `powiat ${county} (woj. ${voivodeship})`;
  return `województwo ${voivodeship}`;
}

function place(label: string, voivodeship: string | null, county: string | null, municipality: string | null): Place {
  return {
    label,
    country: 'PL',
    voivodeship,
    county,
    municipality,
    teryt: null,
    city: null,
    areaName: null,
    latitude: null,
    longitude: null,
  };
}
