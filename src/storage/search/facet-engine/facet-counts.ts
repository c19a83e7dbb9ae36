import type { FacetName } from '../../../domain/search-facets.js';
import type { DocStore } from './doc-store.js';
import type { FacetColumn } from './facet-column.js';

export interface FacetValueCount {
  readonly value: number;
  readonly count: number;
}

export interface EngineFacet {
  readonly values: readonly FacetValueCount[];
  /** How many different values have at least one result (in the sample, when sampled). */
  readonly distinct: number;
  /** True when the counts were estimated from a sample of the results (see FACET_SAMPLE_SIZE). */
  readonly approximate: boolean;
}

/** Documents to count over, and the factor that scales a sample's counts back up (1: every result). */
export interface CountSample {
  readonly ids: Int32Array;
  readonly scale: number;
}

/**
 * One array of counts per store and facet, as long as the facet has values, reused by every
 * request and left zeroed after it: a facet such as the beneficiary has a value per
 * organisation, and allocating (then scanning) hundreds of thousands of counters for a search
 * with fifty results costs more than the search.
 */
const scratch = new WeakMap<DocStore, Map<FacetName, Uint32Array>>();

function scratchCounts(store: DocStore, facet: FacetName): Uint32Array {
  const size = store.dictionaries[facet].size + 1;
  let byFacet = scratch.get(store);
  if (!byFacet) {
    byFacet = new Map();
    scratch.set(store, byFacet);
  }
  let counts = byFacet.get(facet);
  if (!counts || counts.length < size) {
    counts = new Uint32Array(Math.max(64, size * 2));
    byFacet.set(facet, counts);
  }
  return counts;
}

/**
 * Counts one facet's values over the sample and keeps the `limit` most frequent, plus the
 * ones that must be reported. When the sample is small next to the facet's number of values,
 * only the values met are looked at afterwards. `keep` receives a copy of all the counts (for
 * counts that are cached).
 */
export function countFacet(
  store: DocStore,
  facet: FacetName,
  sample: CountSample,
  limit: number,
  alwaysReport: readonly number[],
  keep?: (counts: Uint32Array) => void,
): EngineFacet {
  const column = store.columns[facet];
  const size = store.dictionaries[facet].size + 1;
  const counts = scratchCounts(store, facet);
  const isSparse = keep === undefined && sample.ids.length * column.slots * 4 < size;
  const touched: number[] | null = isSparse ? [] : null;
  countColumn(column, sample.ids, counts, touched);
  const approximate = sample.scale !== 1;
  if (approximate) {
    if (touched) for (const value of touched) counts[value] = Math.round((counts[value] as number) * sample.scale);
    else
      for (let value = 1; value < size; value += 1)
        counts[value] = Math.round((counts[value] as number) * sample.scale);
  }
  keep?.(counts.slice(0, size));
  const top = topValues(counts, touched, size, limit, alwaysReport);
  if (touched) for (const value of touched) counts[value] = 0;
  else counts.fill(0, 0, size);
  return { ...top, approximate };
}

/** A facet's values from counts kept earlier (the whole registry's, cached per change). */
export function facetFromCounts(counts: Uint32Array, limit: number, alwaysReport: readonly number[]): EngineFacet {
  return { ...topValues(counts, null, counts.length, limit, alwaysReport), approximate: false };
}

function countColumn(column: FacetColumn, ids: Int32Array, counts: Uint32Array, touched: number[] | null): void {
  const { values, slots } = column;
  if (slots === 1 && touched === null) {
    for (let index = 0; index < ids.length; index += 1) {
      const value = values[ids[index] as number] as number;
      counts[value] = (counts[value] as number) + 1;
    }
    counts[0] = 0;
    return;
  }
  const hasOverflow = slots > 1 && column.overflow.size > 0;
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index] as number;
    const base = id * slots;
    for (let slot = 0; slot < slots; slot += 1) {
      const value = values[base + slot] as number;
      if (value === 0) break;
      const count = counts[value] as number;
      if (count === 0 && touched) touched.push(value);
      counts[value] = count + 1;
      if (slot === slots - 1 && hasOverflow) {
        for (const more of column.overflow.get(id) ?? []) {
          const extra = counts[more] as number;
          if (extra === 0 && touched) touched.push(more);
          counts[more] = extra + 1;
        }
      }
    }
  }
}

/** The `limit` most frequent values (all below `size`, or only those touched), ties by value number, plus the ones that must be reported. */
function topValues(
  counts: Uint32Array,
  touched: readonly number[] | null,
  size: number,
  limit: number,
  alwaysReport: readonly number[],
): Omit<EngineFacet, 'approximate'> {
  const best: FacetValueCount[] = [];
  let distinct = 0;
  const consider = (value: number) => {
    const count = counts[value] as number;
    if (count === 0) return;
    distinct += 1;
    const last = best[best.length - 1];
    if (best.length === limit && last && (count < last.count || (count === last.count && value > last.value))) return;
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1] as FacetValueCount;
      if (before.count > count || (before.count === count && before.value < value)) break;
      at -= 1;
    }
    best.splice(at, 0, { value, count });
    if (best.length > limit) best.pop();
  };
  if (touched) for (const value of touched) consider(value);
  else for (let value = 1; value < size; value += 1) consider(value);
  for (const value of alwaysReport) {
    if (!best.some((entry) => entry.value === value)) best.push({ value, count: counts[value] ?? 0 });
  }
  return { values: best, distinct };
}
