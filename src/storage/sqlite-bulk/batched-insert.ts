import type Database from 'better-sqlite3';

/**
 * One prepared INSERT per table, run row by row inside the load's transaction. (Multi-row
 * VALUES statements were measured too: no faster with SQLite, and they allocate more.)
 */
export class BatchedInsert {
  private readonly statement: Database.Statement;
  written = 0;

  constructor(
    db: Database.Database,
    readonly table: string,
    columns: readonly string[],
  ) {
    this.statement = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  }

  /** One row, its values in the order of `columns`. */
  add(...row: unknown[]): void {
    this.statement.run(row);
    this.written += 1;
  }

  /** Nothing is held back; kept so callers need not know. */
  flush(): void {}
}
