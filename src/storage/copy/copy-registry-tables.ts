// biome-ignore-all lint/suspicious/noExplicitAny: rows of any registry table are copied as they are.
import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { type CopiedTable, checksumTable, copyTable, countRows, emptyTable, resetIdentity } from './copy-table.js';
import { inDependencyOrder, listRegistryTables, type TableInfo } from './table-catalog.js';

export interface RegistryCopy {
  /** Every copied table, each read back from the target with the same count and checksum. */
  readonly tables: readonly CopiedTable[];
  /** Tables that exist on one side only (an engine's own derived data), not copied. */
  readonly skipped: readonly string[];
}

/** Pairs each source table with the target's, and the columns to move (what the target stores). */
async function planCopy(source: Kysely<any>, target: Kysely<any>) {
  const sourceTables = new Map((await listRegistryTables(source)).map((table) => [table.name, table]));
  const targetTables = await listRegistryTables(target);
  const skipped = [
    ...[...sourceTables.keys()].filter((name) => !targetTables.some((table) => table.name === name)),
    ...targetTables.filter((table) => !sourceTables.has(table.name)).map((table) => table.name),
  ];
  const plan: { table: TableInfo; columns: string[] }[] = [];
  for (const table of inDependencyOrder(targetTables)) {
    const from = sourceTables.get(table.name);
    if (!from) continue;
    const columns = table.columns.filter((column) => !table.generatedColumns.includes(column));
    const missing = columns.filter((column) => !from.columns.includes(column));
    const extra = from.columns.filter(
      (column) => !from.generatedColumns.includes(column) && !table.columns.includes(column),
    );
    if (missing.length > 0 || extra.length > 0) {
      const differences = [
        ...missing.map((column) => `${column} only in the target`),
        ...extra.map((column) => `${column} only in the source`),
      ];
      throw new Error(`Table ${table.name} differs between the two databases: ${differences.join(', ')}`);
    }
    plan.push({ table, columns });
  }
  return { plan, skipped: skipped.sort() };
}

/** Tables of the target that hold rows, with their counts; empty when the target is empty. */
export async function nonEmptyTables(db: Kysely<any>): Promise<{ table: string; rows: number }[]> {
  const counts = [];
  for (const table of await listRegistryTables(db)) {
    const rows = await countRows(db, table.name);
    if (rows > 0) counts.push({ table: table.name, rows });
  }
  return counts;
}

/**
 * Copies every registry table from source to target with ids kept, inside one transaction
 * on each side: the source is read from one consistent snapshot, the target changes all at
 * once or not at all. Each table is read back from the target and compared with what was
 * read (count and checksum); any difference undoes the whole copy. With `replace`, the
 * target's rows are deleted first; otherwise the caller has made sure it is empty.
 */
export async function copyRegistryTables(
  source: Kysely<any>,
  target: Kysely<any>,
  options: { replace: boolean },
): Promise<RegistryCopy> {
  const { plan, skipped } = await planCopy(source, target);
  const snapshot =
    dialectOf(source) === 'postgres'
      ? source.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
      : source.transaction().setAccessMode('read only');
  return snapshot.execute((reader) =>
    target.transaction().execute(async (writer) => {
      if (options.replace) {
        for (const { table } of [...plan].reverse()) await emptyTable(writer, table);
      }
      const tables: CopiedTable[] = [];
      for (const { table, columns } of plan) {
        const copied = await copyTable(reader, writer, table, columns);
        await resetIdentity(writer, table);
        const stored = await checksumTable(writer, table, columns);
        if (stored.rows !== copied.rows || stored.checksum !== copied.checksum) {
          throw new Error(
            `Table ${table.name} did not arrive intact (read ${copied.rows} rows, stored ${stored.rows}, checksums ${copied.checksum.slice(0, 12)} and ${stored.checksum.slice(0, 12)}); nothing was copied`,
          );
        }
        tables.push(copied);
      }
      return { tables, skipped };
    }),
  );
}
