import { AppError } from '../../domain/errors.js';
import { copyRegistryTables, nonEmptyTables, type RegistryCopy } from '../../storage/copy/copy-registry-tables.js';
import type { SpojniaDb } from '../../storage/database.js';
import { migrateToLatest, pendingMigrations } from '../../storage/migrate.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';

export type { RegistryCopy };

export interface CopyOptions {
  /** Delete what the target holds instead of refusing a target that is not empty. */
  readonly replace: boolean;
}

/**
 * Moves a whole registry between databases of either engine (SQLite → PostgreSQL and back,
 * or the same engine twice): every table, ids kept, auto-numbering set past them, each table
 * verified by count and checksum. The source must be at the current schema version (it is
 * only read); the target is migrated to it. A target that holds data is refused unless
 * `replace` is set. A failure leaves the target as it was.
 */
export async function copyRegistry(source: SpojniaDb, target: SpojniaDb, options: CopyOptions): Promise<RegistryCopy> {
  const pending = await pendingMigrations(source);
  if (pending.length > 0) {
    throw new AppError(
      'conflict',
      `The source is not a registry of this version (${pending.length} migrations not applied to it, from ${pending[0]}). Run "spojnia migrate" on it first; the copy only reads its source.`,
    );
  }
  await migrateToLatest(target);
  if (!options.replace) {
    const filled = await nonEmptyTables(target);
    if (filled.length > 0) {
      const summary = filled.map(({ table, rows }) => `${table} (${rows})`).join(', ');
      throw new AppError(
        'conflict',
        `The target is not empty: ${summary}. Copy into an empty database, or pass --replace to delete what it holds.`,
      );
    }
  }
  const copy = await copyRegistryTables(source, target, { replace: options.replace });
  // The full-text half of the search index is engine-specific and not copied: built here.
  await rebuildSearchIndex(target);
  return copy;
}
