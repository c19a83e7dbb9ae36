import type { FacetName } from '../../domain/search-facets.js';
import type { IgnoredQueryPart } from '../../domain/search-query.js';

/**
 * What a search left out of what it was asked, so the page (in the reader's language) and
 * the API (in English) can say so. A search never fails on its input; it reports this instead.
 */
export type SearchNote =
  | IgnoredQueryPart
  | { readonly code: 'unknown_facet_value'; readonly facet: FacetName; readonly value: string }
  | { readonly code: 'invalid_cursor' }
  | { readonly code: 'unknown_sort'; readonly value: string };

/** English wording of a note, for the API. */
export function describeNote(note: SearchNote): string {
  switch (note.code) {
    case 'query_too_long':
      return `The query was cut to its first ${note.limit} characters.`;
    case 'unbalanced_quote':
      return 'A quotation mark had no partner, so it was ignored.';
    case 'lone_operator':
      return `"${note.text}" is not a word and was ignored; every word of a query must match, -word excludes a word.`;
    case 'too_many_terms':
      return `Too many words: "${note.text}" was ignored.`;
    case 'nothing_searchable':
      return `"${note.text}" has no letters or digits to search for, so every project is shown.`;
    case 'unknown_facet_value':
      return `Unknown ${note.facet} "${note.value}" was ignored.`;
    case 'invalid_cursor':
      return 'The cursor was not valid for this search, so the results start from the first page.';
    case 'unknown_sort':
      return `Unknown sort order "${note.value}" was ignored.`;
  }
}
