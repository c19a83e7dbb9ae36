import type { FacetName } from '../../../domain/search-facets.js';
import type { DocStore } from './doc-store.js';

/** For each value of a facet, the ids of the visible documents that have it (ascending). */
export interface Postings {
  /** Documents of value v are ids[offsets[v] … offsets[v + 1]). */
  readonly offsets: Uint32Array;
  readonly ids: Int32Array;
}

const built = new WeakMap<DocStore, Map<FacetName, { version: number; postings: Postings }>>();

/** Inverted lists of one facet, built in two passes (a counting sort) and kept until the store changes. */
export function postingsOf(store: DocStore, facet: FacetName): Postings {
  let byFacet = built.get(store);
  if (!byFacet) {
    byFacet = new Map();
    built.set(store, byFacet);
  }
  const cached = byFacet.get(facet);
  if (cached && cached.version === store.version) return cached.postings;
  const postings = buildPostings(store, facet);
  byFacet.set(facet, { version: store.version, postings });
  return postings;
}

function buildPostings(store: DocStore, facet: FacetName): Postings {
  const column = store.columns[facet];
  const offsets = new Uint32Array(store.dictionaries[facet].size + 2);
  const ids = store.visibleIds();
  const values: number[] = [];
  for (const id of ids)
    for (const value of column.valuesOf(id, values)) offsets[value + 1] = (offsets[value + 1] as number) + 1;
  for (let value = 1; value < offsets.length; value += 1) {
    offsets[value] = (offsets[value] as number) + (offsets[value - 1] as number);
  }
  const filled = offsets.slice();
  const list = new Int32Array(offsets[offsets.length - 1] as number);
  for (const id of ids) {
    for (const value of column.valuesOf(id, values)) {
      list[filled[value] as number] = id;
      filled[value] = (filled[value] as number) + 1;
    }
  }
  return { offsets, ids: list };
}
