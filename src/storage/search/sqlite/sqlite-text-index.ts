import { sql } from 'kysely';
import type { TextIndexWriter } from '../text-index-writer.js';

/** Rows per INSERT: six parameters each, far below SQLite's limit of 32 766. */
const ROWS_PER_STATEMENT = 200;
const IDS_PER_DELETE = 1000;

/** Writes the FTS5 table `search_text` (see migration 0005) through the caller's handle or transaction. */
export const sqliteTextIndex: TextIndexWriter = {
  async remove(db, projectIds) {
    for (let start = 0; start < projectIds.length; start += IDS_PER_DELETE) {
      const ids = projectIds.slice(start, start + IDS_PER_DELETE);
      await sql`DELETE FROM search_text WHERE rowid IN (${sql.join(ids)})`.execute(db);
    }
  },
  async add(db, entries) {
    for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
      const rows = entries
        .slice(start, start + ROWS_PER_STATEMENT)
        .map(
          ({ projectId, text }) =>
            sql`(${projectId}, ${text.title}, ${text.summary}, ${text.body}, ${text.names}, ${text.place})`,
        );
      await sql`INSERT INTO search_text (rowid, title, summary, body, names, place) VALUES ${sql.join(rows)}`.execute(
        db,
      );
    }
  },
};
