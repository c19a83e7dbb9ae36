import { sql } from 'kysely';
import type { SearchText } from '../search-document.js';
import type { TextIndexWriter } from '../text-index-writer.js';

/** Rows per INSERT: three parameters each, far below PostgreSQL's limit of 65 535. */
const ROWS_PER_STATEMENT = 500;
const SPACE = 32;

/**
 * The unfolded twin of a folded field: the original (NFC, which `foldAligned` keeps aligned
 * code unit for code unit) lower-cased, with a space wherever folding put one. Both then hold
 * the same words at the same positions, and a dictionary sees the word as it is spelt.
 * @example unfoldedTwin('Żłobek „Łódź”', 'zlobek  lodz ') // 'żłobek  łódź '
 */
export function unfoldedTwin(original: string, folded: string): string {
  if (original.length !== folded.length) return folded;
  let result = '';
  let from = 0;
  for (let index = 0; index <= folded.length; index += 1) {
    if (index === folded.length || folded.charCodeAt(index) === SPACE) {
      result += original.slice(from, index).toLowerCase();
      if (index < folded.length) result += ' ';
      from = index + 1;
    }
  }
  // Lower-casing changes the length of a few letters (İ); then words may not line up: fold only.
  return result.length === folded.length ? result : folded;
}

function fields(text: SearchText): { folded: string[]; unfolded: string[] } {
  const folded = [text.title, text.summary, text.body, text.names, text.place];
  const originals = text.unfolded;
  const unfolded = originals
    ? [originals.title, originals.summary, originals.body, originals.names, originals.place].map((original, index) =>
        unfoldedTwin(original, folded[index] ?? ''),
      )
    : folded;
  return { folded, unfolded };
}

/** Writes `search_texts` (migration 0041) through the caller's handle or transaction. */
export const postgresTextIndex: TextIndexWriter = {
  async remove(db, projectIds) {
    if (projectIds.length === 0) return;
    await db
      .deleteFrom('search_texts')
      .where('project_id', 'in', [...projectIds])
      .execute();
  },
  async add(db, entries) {
    for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
      const rows = entries.slice(start, start + ROWS_PER_STATEMENT).map(({ projectId, text }) => {
        const { folded, unfolded } = fields(text);
        return sql`(${projectId}::integer, spojnia_search_vector(${folded}::text[], ${unfolded}::text[]))`;
      });
      await sql`INSERT INTO search_texts (project_id, vector) VALUES ${sql.join(rows)}`.execute(db);
    }
  },
};
