import type { Place } from '../../../domain/project.js';
import { canonical } from './project-facts.js';

/**
 * Places of a project that several rows of one file name: lists repeat a project once per
 * place. The places are settled when the file ends, against the project's places from
 * before the import, so a re-import of the same file changes nothing.
 */
export interface PlaceMerge {
  /** The places before this import; null for a project this import created. */
  readonly base: readonly Place[] | null;
  union: Place[];
}

/** Places of both lists, each once, in the order first seen. */
export function unionOfPlaces(first: readonly Place[], second: readonly Place[]): Place[] {
  const seen = new Set(first.map((place) => canonical(place)));
  const union = [...first];
  for (const place of second) {
    const key = canonical(place);
    if (seen.has(key)) continue;
    seen.add(key);
    union.push(place);
  }
  return union;
}

export function samePlaces(a: readonly Place[] | null, b: readonly Place[]): boolean {
  return a !== null && canonical(a) === canonical(b);
}
