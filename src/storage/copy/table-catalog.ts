// biome-ignore-all lint/suspicious/noExplicitAny: the catalogue reads tables whatever the schema version.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/** One table of the registry as the engine describes it, enough to copy its rows anywhere. */
export interface TableInfo {
  readonly name: string;
  /** Every column, in table order. */
  readonly columns: readonly string[];
  /** Columns computed by the engine (PostgreSQL GENERATED … STORED): read, never written. */
  readonly generatedColumns: readonly string[];
  /** Primary key columns in key order; empty when the table has none. */
  readonly primaryKey: readonly string[];
  /** An auto-numbered column whose counter must follow copied ids. */
  readonly identityColumn: string | null;
  /** Tables this one points at with foreign keys (itself excluded). */
  readonly references: readonly string[];
}

/**
 * Kysely's migration bookkeeping and the search index's change log (what running servers
 * have caught up with): each database keeps its own. PostgreSQL's search words
 * (`search_texts`) are derived, like SQLite's full-text tables: the copy rebuilds the index.
 */
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock', 'search_changes', 'search_texts']);

/**
 * The registry's tables in the database: everything but the engine's internals, the
 * migration bookkeeping and, on SQLite, virtual tables (full-text indexes) with their shadow
 * tables, which are derived from the others.
 */
export async function listRegistryTables(db: Kysely<any>): Promise<TableInfo[]> {
  const tables = dialectOf(db) === 'postgres' ? await listPostgresTables(db) : await listSqliteTables(db);
  return tables.filter((table) => !BOOKKEEPING.has(table.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
}

interface SqliteMasterRow {
  name: string;
  sql: string | null;
}

async function listSqliteTables(db: Kysely<any>): Promise<TableInfo[]> {
  const { rows } = await sql<SqliteMasterRow>`
    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`.execute(db);
  const virtual = rows.filter((row) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  const isDerived = (name: string) => virtual.some((table) => name === table || name.startsWith(`${table}_`));
  const result: TableInfo[] = [];
  for (const { name, sql: definition } of rows) {
    if (isDerived(name)) continue;
    const columns = await sql<{ name: string; pk: number; hidden: number }>`
      SELECT name, pk, hidden FROM pragma_table_xinfo(${name}) ORDER BY cid`.execute(db);
    const keys = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${name})`.execute(db);
    const primaryKey = columns.rows
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    const isAutoIncrement = /\bAUTOINCREMENT\b/i.test(definition ?? '');
    result.push({
      name,
      columns: columns.rows.map((column) => column.name),
      // hidden 2 and 3 are generated columns (virtual, stored).
      generatedColumns: columns.rows.filter((column) => column.hidden >= 2).map((column) => column.name),
      primaryKey,
      identityColumn: isAutoIncrement && primaryKey.length === 1 ? (primaryKey[0] ?? null) : null,
      references: [...new Set(keys.rows.map((key) => key.table))].filter((table) => table !== name),
    });
  }
  return result;
}

interface PostgresColumnRow {
  table: string;
  column: string;
  is_generated: boolean;
  is_identity: boolean;
  key_position: number | null;
}

async function listPostgresTables(db: Kysely<any>): Promise<TableInfo[]> {
  // Only the schema the registry lives in (the first on search_path), never a neighbour's.
  const { rows } = await sql<PostgresColumnRow>`
    SELECT c.relname AS "table", a.attname AS "column",
           a.attgenerated <> '' AS is_generated,
           a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%' AS is_identity,
           array_position(k.conkey, a.attnum) AS key_position
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'p'
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname, a.attnum`.execute(db);
  const references = await sql<{ table: string; target: string }>`
    SELECT DISTINCT c.relname AS "table", t.relname AS target
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_class t ON t.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    WHERE k.contype = 'f'`.execute(db);

  const byTable = new Map<string, PostgresColumnRow[]>();
  for (const row of rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
  return [...byTable].map(([name, columns]) => {
    const primaryKey = columns
      .filter((column) => column.key_position !== null)
      .sort((a, b) => (a.key_position ?? 0) - (b.key_position ?? 0))
      .map((column) => column.column);
    return {
      name,
      columns: columns.map((column) => column.column),
      generatedColumns: columns.filter((column) => column.is_generated).map((column) => column.column),
      primaryKey,
      identityColumn: columns.find((column) => column.is_identity)?.column ?? null,
      references: references.rows.filter((row) => row.table === name && row.target !== name).map((row) => row.target),
    };
  });
}

/** Tables ordered so that each comes after the tables it references; throws on a cycle. */
export function inDependencyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: TableInfo, path: string[]) => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new Error(`Tables reference each other in a cycle: ${[...path, table.name].join(' → ')}`);
    state.set(table.name, 'visiting');
    for (const target of table.references) {
      const referenced = byName.get(target);
      if (referenced) visit(referenced, [...path, table.name]);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}
