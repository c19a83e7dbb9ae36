import { z } from 'zod';
import { FACETS, type FacetName, SORT_ORDERS } from '../../domain/search-facets.js';
import { apiComponents, ProjectTotalsSchema, pagingQuery } from './common.js';
import { ProjectSummarySchema } from './projects.js';

/** A query parameter that may come once, repeated, or comma-separated: always a list of values. */
function facetParameter(description: string, example: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .meta({
      description: `${description}. Repeat the parameter or separate values with commas for any of them; unknown values are ignored and reported in meta.ignored`,
      examples: [example],
    })
    .optional()
    .transform((value) =>
      (value === undefined ? [] : Array.isArray(value) ? value : [value])
        .flatMap((item) => item.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    );
}

/** A parameter that should come once; if repeated, the first value counts. */
function singleParameter(description: string, example: string) {
  return (
    z
      .union([z.string(), z.array(z.string())])
      // On the union itself: a description after the transform is lost from the OpenAPI parameter.
      .meta({ description, examples: [example] })
      .optional()
      .transform((value) => (Array.isArray(value) ? value[0] : value))
  );
}

const FACET_PARAMETERS: Record<FacetName, ReturnType<typeof facetParameter>> = {
  programme: facetParameter('Programme (its slug)', 'power-2014-2020'),
  fund: facetParameter('EU fund code: ERDF, ESF, ESF+, CF, YEI, JTF, EMFAF, BAR', 'ERDF'),
  period: facetParameter('Programming period', '2014-2020'),
  topic: facetParameter('Topic (its slug)', 'rewitalizacja'),
  status: facetParameter('Status: planned, in_progress, completed, cancelled', 'completed'),
  category: facetParameter('Category: investment, non_investment', 'investment'),
  voivodeship: facetParameter('Voivodeship key (its name without diacritics)', 'malopolskie'),
  municipality: facetParameter('Municipality: its 7-digit TERYT code, or a key from the facet counts', '1261011'),
  beneficiary: facetParameter('Beneficiary organisation (its slug)', 'owop-bialystok'),
  partnerCountry: facetParameter('Country of a partner, ISO 3166-1 alpha-2', 'IT'),
  startYear: facetParameter('Year the project started', '2018'),
  valueRange: facetParameter(
    'Total value range, in the project currency: pln-lt-100k, pln-100k-1m, pln-1m-10m, pln-10m-100m, pln-gte-100m, eur-lt-100k, eur-100k-1m, eur-1m-10m, eur-gte-10m',
    'pln-1m-10m',
  ),
  cofinancingRange: facetParameter('Co-financing range, same keys as valueRange', 'pln-100k-1m'),
};

/** The project list is the search: every parameter optional, anything unusable cleaned and reported. */
export const projectSearchQuerySchema = z.object({
  q: singleParameter(
    'Words to search for in titles, summaries, descriptions, organisation names and places. Diacritics and case do not matter, a word matches as a prefix, "quoted words" match as a phrase, -word excludes',
    'żłobek łódź',
  ),
  sort: singleParameter(
    `Order: ${SORT_ORDERS.join(', ')}. Default: relevance with q, otherwise start-desc`,
    'value-desc',
  ),
  cursor: singleParameter(
    'Where the previous page ended: the nextCursor of its meta. Leave out for the first page',
    'WzEsInN0YXJ0LWRlc2MiLC0xODMzOSwyNDNd',
  ),
  pageSize: pagingQuery(20).pageSize,
  facets: z
    .enum(['true', 'false'])
    .default('true')
    .meta({
      description: 'false leaves out facet counts (faster when only paging through results)',
      examples: ['false'],
    }),
  ...FACET_PARAMETERS,
});
export type ProjectSearchQuery = z.infer<typeof projectSearchQuerySchema>;

const SegmentSchema = z
  .object({
    text: z.string(),
    match: z.boolean().meta({ description: 'True for text that matched the query' }),
  })
  .meta({ description: 'A piece of text; matched pieces are what a page would highlight' })
  .register(apiComponents, { id: 'TextSegment' });

export const ProjectSearchHitSchema = ProjectSummarySchema.extend({
  highlight: z
    .object({
      title: z.array(SegmentSchema),
      text: z
        .array(SegmentSchema)
        .meta({ description: 'The summary, or a passage of the description where the query matched' }),
    })
    .nullable()
    .meta({ description: 'Matches of the query; null without a query' }),
})
  .meta({ description: 'A project found by a search, with its matches' })
  .register(apiComponents, { id: 'ProjectSearchHit' });

const FacetValueSchema = z
  .object({
    value: z.string().meta({ description: 'The value as a filter parameter takes it', examples: ['power-2014-2020'] }),
    count: z.number().int().min(0).meta({ description: 'Results with this value, given the other facets chosen' }),
    selected: z.boolean(),
    name: z
      .string()
      .nullable()
      .meta({ description: 'Name from the registry (programme, topic, beneficiary, municipality); null for codes' }),
  })
  .meta({ description: 'One value of a facet with its count' })
  .register(apiComponents, { id: 'FacetValue' });

const FacetSchema = z
  .object({
    values: z.array(FacetValueSchema).meta({ description: 'The most frequent values, and every chosen one' }),
    distinct: z.number().int().min(0).meta({ description: 'How many values have at least one result' }),
    approximate: z.boolean().meta({
      description: 'True when the counts were estimated from an even sample of the results (above 200 000 results)',
    }),
  })
  .meta({ description: 'Counts of one facet: a value counts results that pass every other facet chosen' })
  .register(apiComponents, { id: 'Facet' });

export const FacetsSchema = z
  .object(Object.fromEntries(FACETS.map((facet) => [facet, FacetSchema])) as Record<FacetName, typeof FacetSchema>)
  .meta({ description: 'Counts for every facet of the search' })
  .register(apiComponents, { id: 'ProjectFacets' });

const SearchNoteSchema = z
  .object({
    code: z.string().meta({ examples: ['unknown_facet_value', 'unbalanced_quote', 'invalid_cursor'] }),
    message: z.string().meta({ description: 'English explanation' }),
  })
  .meta({ description: 'Something in the request that was ignored rather than refused' })
  .register(apiComponents, { id: 'SearchNote' });

export const ProjectSearchSchema = z
  .object({
    data: z.array(ProjectSearchHitSchema),
    meta: z.object({
      query: z.string().meta({ description: 'The query as searched (trimmed, cut to 200 characters)' }),
      sort: z.enum(SORT_ORDERS),
      total: z
        .number()
        .int()
        .min(0)
        .meta({ description: 'All results', examples: [232] }),
      totalIsExact: z.boolean().meta({ description: 'False when the total is an estimate' }),
      pageSize: z.number().int().min(1),
      nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last one' }),
      ignored: z.array(SearchNoteSchema),
    }),
    facets: FacetsSchema.nullable().meta({ description: 'Null when asked for with facets=false' }),
    totals: ProjectTotalsSchema.nullable().meta({
      description: 'Count and money of all results per currency; null with facets=false',
    }),
    links: z.object({
      self: z.string().meta({ examples: ['/api/v1/projects?q=rewitalizacja&pageSize=20'] }),
      first: z.string().meta({ description: 'The first page of the same search' }),
      next: z.string().nullable().meta({ description: 'The next page, or null on the last one' }),
    }),
  })
  .meta({ description: 'One page of a project search with facet counts; follow links.next for every result' })
  .register(apiComponents, { id: 'ProjectSearch' });
