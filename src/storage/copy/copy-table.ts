// biome-ignore-all lint/suspicious/noExplicitAny: rows of any registry table are copied as they are.
import { type Kysely, sql } from 'kysely';
import { type DialectName, dialectOf } from '../dialect.js';
import { TableChecksum } from './row-checksum.js';
import type { TableInfo } from './table-catalog.js';

type Row = Record<string, unknown>;

/** Rows read per query; inserts are cut smaller still so no engine's bound-parameter limit is reached. */
const PAGE_SIZE = 1000;
const MAX_PARAMETERS_PER_INSERT = 10_000;

/**
 * Reads a whole table in primary-key order, one page at a time (keyset paging, so a large
 * table costs no more per page at its end than at its start), handing each page on.
 */
export async function forEachPage(
  db: Kysely<any>,
  table: TableInfo,
  columns: readonly string[],
  visit: (rows: Row[]) => Promise<void>,
): Promise<void> {
  const selected = sql.join(columns.map((column) => sql.ref(column)));
  const key = table.primaryKey;
  const order = sql.join((key.length > 0 ? key : columns).map((column) => sql.ref(column)));
  let after: Row | null = null;
  let offset = 0;
  for (;;) {
    const where: ReturnType<typeof sql> =
      key.length > 0 && after !== null
        ? sql`WHERE (${sql.join(key.map((column) => sql.ref(column)))}) > (${sql.join(key.map((column) => (after as Row)[column]))})`
        : sql``;
    // Without a primary key there is nothing to resume after, so such a table pages by offset.
    const skip = key.length > 0 ? sql`` : sql`OFFSET ${offset}`;
    const { rows } = await sql<Row>`
      SELECT ${selected} FROM ${sql.table(table.name)} ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} ${skip}`.execute(
      db,
    );
    if (rows.length === 0) return;
    await visit(rows);
    if (rows.length < PAGE_SIZE) return;
    after = rows[rows.length - 1] ?? null;
    offset += rows.length;
  }
}

/** A value as the target engine can store it: SQLite takes no booleans, dates or objects. */
function storable(value: unknown, target: DialectName): unknown {
  if (target === 'postgres' || value === null) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && !(value instanceof Uint8Array)) return JSON.stringify(value);
  return value;
}

export interface CopiedTable {
  readonly table: string;
  readonly rows: number;
  readonly checksum: string;
}

/**
 * Copies every row of one table from source to target, keeping ids, and returns the count
 * and checksum of what was read. `columns` are the columns both sides store.
 */
export async function copyTable(
  source: Kysely<any>,
  target: Kysely<any>,
  table: TableInfo,
  columns: readonly string[],
): Promise<CopiedTable> {
  const checksum = new TableChecksum();
  const targetDialect = dialectOf(target);
  const rowsPerInsert = Math.max(1, Math.floor(MAX_PARAMETERS_PER_INSERT / Math.max(columns.length, 1)));
  await forEachPage(source, table, columns, async (rows) => {
    for (const row of rows) checksum.add(columns.map((column) => row[column]));
    for (let start = 0; start < rows.length; start += rowsPerInsert) {
      const values = rows
        .slice(start, start + rowsPerInsert)
        .map((row) => Object.fromEntries(columns.map((column) => [column, storable(row[column], targetDialect)])));
      await target.insertInto(table.name).values(values).execute();
    }
  });
  return { table: table.name, rows: checksum.count, checksum: checksum.hex };
}

/** Count and checksum of a table as stored, computed the same way as while copying. */
export async function checksumTable(
  db: Kysely<any>,
  table: TableInfo,
  columns: readonly string[],
): Promise<CopiedTable> {
  const checksum = new TableChecksum();
  await forEachPage(db, table, columns, async (rows) => {
    for (const row of rows) checksum.add(columns.map((column) => row[column]));
  });
  return { table: table.name, rows: checksum.count, checksum: checksum.hex };
}

/** Empties a table (before a copy that replaces what the target held). */
export async function emptyTable(db: Kysely<any>, table: TableInfo): Promise<void> {
  await db.deleteFrom(table.name).execute();
}

/** Counts the rows of a table. */
export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Sets auto-numbering past the highest copied id, so the next new row gets a fresh one.
 * PostgreSQL keeps a sequence per identity column; SQLite's AUTOINCREMENT counter
 * (sqlite_sequence) is reset here and follows inserted ids by itself.
 */
export async function resetIdentity(db: Kysely<any>, table: TableInfo): Promise<void> {
  const column = table.identityColumn;
  if (column === null) return;
  if (dialectOf(db) === 'sqlite') {
    const hasCounters = await sql`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`.execute(db);
    if (hasCounters.rows.length === 0) return;
    await sql`DELETE FROM sqlite_sequence WHERE name = ${table.name}`.execute(db);
    await sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${table.name}, max(${sql.ref(column)}) FROM ${sql.table(table.name)} HAVING max(${sql.ref(column)}) IS NOT NULL`.execute(
      db,
    );
    return;
  }
  const qualified = sql`format('%I.%I', current_schema(), ${table.name}::text)`;
  await sql`
    SELECT setval(pg_get_serial_sequence(${qualified}, ${column}), coalesce(max(${sql.ref(column)}), 1), max(${sql.ref(column)}) IS NOT NULL)
    FROM ${sql.table(table.name)}`.execute(db);
}
