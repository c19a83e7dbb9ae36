import type { SortOrder } from '../../domain/search-facets.js';
import type { EnginePosition } from './facet-engine/run-search.js';

/**
 * The opaque `cursor` of keyset paging: where the last page ended, as (sort key, id). It is
 * checked on the way in, so a forged, truncated or stale cursor is ignored rather than
 * trusted; it carries no data a client could not see anyway.
 */
const VERSION = 1;
const MAX_CURSOR_LENGTH = 200;

export function encodeCursor(sort: SortOrder, position: EnginePosition): string {
  const key = Number.isFinite(position.key) ? position.key : null;
  return Buffer.from(JSON.stringify([VERSION, sort, key, position.id])).toString('base64url');
}

/** The position, or null when the cursor is not one of ours or belongs to another sort order. */
export function decodeCursor(cursor: string, sort: SortOrder): EnginePosition | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [version, cursorSort, key, id] = value as unknown[];
  if (version !== VERSION || cursorSort !== sort) return null;
  if (!(key === null || (typeof key === 'number' && Number.isFinite(key)))) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null;
  return { key: key ?? Number.POSITIVE_INFINITY, id };
}
