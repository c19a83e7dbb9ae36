import { tokenSpans } from '../../../domain/search-text.js';
import type { SearchText } from '../search-document.js';
import type { TextIndexWriter } from '../text-index-writer.js';

/** Rows per INSERT: three parameters each, far below PostgreSQL's limit of 65 535. */
const ROWS_PER_STATEMENT = 500;
/** Stands between fields, so a phrase never runs from the end of one field into the next. */
const FIELD_BREAK = ' | ';

/** Folded words as the matcher expects them: single spaces, and one at each end. */
export function spacedWords(folded: string): string {
  const words = tokenSpans(folded).map((span) => span.word);
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}

function documentOf(text: SearchText): string {
  return [text.title, text.summary, text.body, text.names, text.place].map(spacedWords).join(FIELD_BREAK.trim());
}

/** Writes `search_texts` (migration 0006) through the caller's handle or transaction. */
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
      await db
        .insertInto('search_texts')
        .values(
          entries.slice(start, start + ROWS_PER_STATEMENT).map(({ projectId, text }) => ({
            project_id: projectId,
            title: spacedWords(text.title),
            document: documentOf(text),
          })),
        )
        .execute();
    }
  },
};
