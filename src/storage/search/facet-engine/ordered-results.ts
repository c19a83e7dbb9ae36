import { type Bitset, countBits, hasBit } from './bitset.js';
import type { DocStore } from './doc-store.js';
import type { Candidates, EngineSort } from './run-search.js';

/**
 * Every document of a result set in the search's order (ties by id, unknown keys last), as
 * the pages would list them one after another. Four bytes per result, so a million results
 * take 4 MB: whole-result work walks this list instead of paging through the engine again.
 */
export function orderedResults(store: DocStore, passing: Bitset, candidates: Candidates, sort: EngineSort): Int32Array {
  if (sort.key === 'relevance') return byRelevance(passing, candidates);
  const ids = new Int32Array(countBits(passing));
  let at = 0;
  for (let word = 0; word < passing.length; word += 1) {
    let bits = passing[word] as number;
    while (bits !== 0) {
      const lowest = bits & -bits;
      ids[at++] = (word << 5) + 31 - Math.clz32(lowest);
      bits = (bits ^ lowest) >>> 0;
    }
  }
  const raw = store.sortKeys[sort.key];
  // The comparable key of each result, computed once rather than in every comparison.
  const keys = new Float64Array(ids.length);
  for (let index = 0; index < ids.length; index += 1) {
    const value = raw[ids[index] as number] as number;
    keys[index] = Number.isNaN(value) ? Number.POSITIVE_INFINITY : sort.descending ? -value : value;
  }
  const order = new Uint32Array(ids.length);
  for (let index = 0; index < order.length; index += 1) order[index] = index;
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || (ids[a] as number) - (ids[b] as number));
  const sorted = new Int32Array(ids.length);
  for (let index = 0; index < order.length; index += 1) sorted[index] = ids[order[index] as number] as number;
  return sorted;
}

function byRelevance(passing: Bitset, { ids, scores }: Candidates): Int32Array {
  const kept: number[] = [];
  for (let index = 0; index < ids.length; index += 1) if (hasBit(passing, ids[index] as number)) kept.push(index);
  const scoreOf = (index: number) => {
    const score = scores === null ? 0 : (scores[index] as number);
    return Number.isNaN(score) ? Number.POSITIVE_INFINITY : score;
  };
  kept.sort((a, b) => scoreOf(a) - scoreOf(b) || (ids[a] as number) - (ids[b] as number));
  return Int32Array.from(kept, (index) => ids[index] as number);
}
