import type Database from 'better-sqlite3';
import type { DocStore } from '../facet-engine/doc-store.js';

/** Past this many changed titles at once, ranking everything again is simpler than fitting each in. */
const MAX_FITTED_TITLES = 200;
const NEIGHBOURS_LOOKED_AT = 20;

/**
 * Title order as a number per document (`sortKeys.title`), from the Polish collation keys
 * stored in `search_documents` and their index: sorting a million strings in JavaScript would
 * take seconds, walking the index takes a fraction of one.
 */
export function rankAllTitles(raw: Database.Database, store: DocStore): void {
  const ranks = store.sortKeys.title;
  ranks.fill(Number.NaN);
  raw.function('spojnia_rank', { deterministic: false }, (id, position) => {
    ranks[Number(id)] = Number(position);
    return null;
  });
  // The window function numbers the rows along the title index; the function only stores the number.
  raw
    .prepare(
      `SELECT count(spojnia_rank(project_id, position)) FROM (
         SELECT project_id, row_number() OVER (ORDER BY title_key, project_id) AS position FROM search_documents
       )`,
    )
    .pluck()
    .get();
  store.touch();
}

/**
 * Gives changed documents a rank between their neighbours in title order (a fraction, so
 * nothing else moves). Falls back to ranking everything when there are many changes or no
 * room is left between two neighbours.
 */
export function rankChangedTitles(
  raw: Database.Database,
  store: DocStore,
  titleKeys: ReadonlyMap<number, string>,
): void {
  if (titleKeys.size === 0) return;
  if (titleKeys.size > MAX_FITTED_TITLES) {
    rankAllTitles(raw, store);
    return;
  }
  const ranks = store.sortKeys.title;
  for (const id of titleKeys.keys()) ranks[id] = Number.NaN;
  const before = raw
    .prepare(
      'SELECT project_id FROM search_documents WHERE title_key < @key OR (title_key = @key AND project_id < @id) ORDER BY title_key DESC, project_id DESC LIMIT @limit',
    )
    .pluck();
  const after = raw
    .prepare(
      'SELECT project_id FROM search_documents WHERE title_key > @key OR (title_key = @key AND project_id > @id) ORDER BY title_key, project_id LIMIT @limit',
    )
    .pluck();
  const ordered = [...titleKeys].sort(([idA, keyA], [idB, keyB]) => (keyA < keyB ? -1 : keyA > keyB ? 1 : idA - idB));
  for (const [id, key] of ordered) {
    const neighbours = { key, id, limit: NEIGHBOURS_LOOKED_AT };
    const lower = before.all(neighbours) as number[];
    const higher = after.all(neighbours) as number[];
    const below = firstRanked(lower, ranks);
    const above = firstRanked(higher, ranks);
    // Neighbours exist but none has a rank yet: too many changes side by side to fit in.
    if (below === undefined && above === undefined && (lower.length > 0 || higher.length > 0)) {
      rankAllTitles(raw, store);
      return;
    }
    const rank =
      below === undefined
        ? above === undefined
          ? 0
          : above - 1
        : above === undefined
          ? below + 1
          : (below + above) / 2;
    if ((below !== undefined && rank <= below) || (above !== undefined && rank >= above)) {
      rankAllTitles(raw, store);
      return;
    }
    ranks[id] = rank;
  }
  store.touch();
}

function firstRanked(ids: readonly number[], ranks: Float64Array): number | undefined {
  for (const id of ids) {
    const rank = ranks[id];
    if (rank !== undefined && !Number.isNaN(rank)) return rank;
  }
  return undefined;
}
