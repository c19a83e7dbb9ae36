import type SQLite from 'better-sqlite3';
import type { SpojniaDb } from '../database.js';
import type { BulkStore } from './bulk-store.js';
import { createKyselyBulkStore } from './kysely-bulk-store.js';
import { createSqliteBulkStore } from './sqlite-bulk-store.js';

export type BulkStoreKind = 'engine' | 'portable';

/**
 * The bulk store for a transaction: SQLite's prepared-statement store when the raw
 * connection behind the transaction is known, the portable Kysely store otherwise (or
 * when asked for, as tests do to keep the two honest).
 */
export function openBulkStore(
  trx: SpojniaDb,
  sqliteConnection: SQLite.Database | null,
  kind: BulkStoreKind = 'engine',
): BulkStore {
  if (kind === 'engine' && sqliteConnection !== null) return createSqliteBulkStore(sqliteConnection);
  return createKyselyBulkStore(trx);
}
