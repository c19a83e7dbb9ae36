import type { SearchNote } from '../../../services/search/search-projects.js';
import type { RenderContext } from '../../context.js';

/** Says what the search left out of the query, so a person knows why results differ from what they typed. */
export function SearchNotes({ ctx, notes }: { ctx: RenderContext; notes: readonly SearchNote[] }) {
  if (notes.length === 0) return null;
  const { t } = ctx;
  return (
    <div class="notice search-notes" role="status">
      <p>{t.search.notesHeading}</p>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>{noteText(ctx, note)}</li>
        ))}
      </ul>
    </div>
  );
}

function noteText(ctx: RenderContext, note: SearchNote): string {
  const { note: words, facet } = ctx.t.search;
  switch (note.code) {
    case 'query_too_long':
      return words.query_too_long(note.limit);
    case 'unbalanced_quote':
      return words.unbalanced_quote;
    case 'lone_operator':
      return words.lone_operator(note.text);
    case 'too_many_terms':
      return words.too_many_terms(note.text);
    case 'nothing_searchable':
      return words.nothing_searchable(note.text);
    case 'unknown_facet_value':
      return words.unknown_facet_value(facet[note.facet], note.value);
    case 'invalid_cursor':
      return words.invalid_cursor;
    case 'unknown_sort':
      return words.unknown_sort(note.value);
  }
}
