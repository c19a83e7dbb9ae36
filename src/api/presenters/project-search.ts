import type { z } from 'zod';
import { FACETS, type FacetName } from '../../domain/search-facets.js';
import type { TextSegment } from '../../domain/search-snippet.js';
import { describeNote } from '../../services/search/search-notes.js';
import type { SearchOutcome } from '../../services/search/search-projects.js';
import type { ProjectSearchQuery, ProjectSearchSchema } from '../schemas/project-search.js';
import { apiUrl } from '../urls.js';
import { presentMoney } from './money.js';
import { presentProjectSummary } from './projects.js';

type ProjectSearchJson = z.infer<typeof ProjectSearchSchema>;

/** A note the API adds itself, about a parameter the search does not take. */
export interface ApiNote {
  readonly code: string;
  readonly message: string;
}

const segments = (parts: readonly TextSegment[]) => parts.map((part) => ({ text: part.text, match: part.isMatch }));

/** One page of a search: results with their matches, facet counts, totals, and links that keep the search. */
export function presentProjectSearch(
  outcome: SearchOutcome,
  query: ProjectSearchQuery,
  extraNotes: readonly ApiNote[] = [],
): ProjectSearchJson {
  const hasQuery = outcome.query.required.length > 0;
  const link = (cursor: string | null) => {
    const params = new URLSearchParams();
    if (outcome.query.text) params.set('q', outcome.query.text);
    for (const facet of FACETS) for (const value of outcome.chosen[facet] ?? []) params.append(facet, value);
    if (query.sort === outcome.sort) params.set('sort', outcome.sort);
    if (query.facets === 'false') params.set('facets', 'false');
    params.set('pageSize', String(query.pageSize));
    if (cursor) params.set('cursor', cursor);
    return `${apiUrl.projects()}?${params.toString()}`;
  };
  const facets =
    query.facets === 'false'
      ? null
      : (Object.fromEntries(
          FACETS.map((facet) => {
            const counted = outcome.facets.find((entry) => entry.facet === facet);
            return [
              facet,
              {
                values: (counted?.values ?? []).map((value) => ({
                  value: value.key,
                  count: value.count,
                  selected: value.selected,
                  name: value.name,
                })),
                distinct: counted?.distinct ?? 0,
                approximate: counted?.approximate ?? false,
              },
            ];
          }),
        ) as ProjectSearchJson['facets'] & Record<FacetName, unknown>);
  return {
    data: outcome.results.map((result) => ({
      ...presentProjectSummary(result.project),
      highlight: hasQuery ? { title: segments(result.title), text: segments(result.snippet) } : null,
    })),
    meta: {
      query: outcome.query.text,
      sort: outcome.sort,
      total: outcome.total,
      totalIsExact: outcome.totalIsExact,
      pageSize: query.pageSize,
      nextCursor: outcome.nextCursor,
      ignored: [...outcome.notes.map((note) => ({ code: note.code, message: describeNote(note) })), ...extraNotes],
    },
    facets,
    totals:
      query.facets === 'false'
        ? null
        : {
            count: outcome.totals.count,
            byCurrency: outcome.totals.byCurrency.map((line) => ({
              currency: line.currency,
              count: line.count,
              totalValue: presentMoney(line.totalValue),
              cofinancing: presentMoney(line.cofinancing),
            })),
          },
    links: {
      self: link(query.cursor ?? null),
      first: link(null),
      next: outcome.nextCursor ? link(outcome.nextCursor) : null,
    },
  };
}
