import { z } from 'zod';
import { FACETS, type FacetName } from '../../domain/search-facets.js';
import { apiComponents, MoneySchema } from './common.js';
import { projectSearchQuerySchema } from './project-search.js';

/** Facets to group by: a list, repeated or comma-separated; empty for all of them. */
const groupByParameter = z
  .union([z.string(), z.array(z.string())])
  // On the union itself: a description after the transform is lost from the OpenAPI parameter.
  .meta({
    description: `Facets to group by (repeat or separate with commas): ${FACETS.join(', ')}. Default: all`,
    examples: ['programme,fund'],
  })
  .optional()
  .transform((value, context) => {
    const names = (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const unknown = names.filter((name) => !(FACETS as readonly string[]).includes(name));
    if (unknown.length > 0) {
      context.addIssue({ code: 'custom', message: `unknown facet ${unknown.join(', ')}; one of ${FACETS.join(', ')}` });
      return z.NEVER;
    }
    return (names.length === 0 ? [...FACETS] : names) as FacetName[];
  });

export const statsQuerySchema = projectSearchQuerySchema
  .omit({ cursor: true, pageSize: true, facets: true, sort: true })
  .extend({
    groupBy: groupByParameter,
    groupLimit: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(50)
      .meta({ description: 'Groups listed per facet, the ones with most projects first (1–1000)', examples: [10] }),
  });
export type StatsQuery = z.infer<typeof statsQuerySchema>;

const CurrencyStatsSchema = z
  .object({
    currency: z.string().meta({ examples: ['PLN'] }),
    count: z.number().int().min(0).meta({ description: 'Projects kept in this currency' }),
    totalValue: MoneySchema.meta({ description: 'Sum of total values (projects that state one)' }),
    cofinancing: MoneySchema.meta({ description: 'Sum of co-financing (the whole grant)' }),
    euContribution: MoneySchema.meta({ description: 'Sum of the EU part of the funding breakdown' }),
  })
  .meta({ description: 'Count and sums of the projects of one currency; currencies are never added together' })
  .register(apiComponents, { id: 'CurrencyStats' });

const GroupStatsSchema = z
  .object({
    value: z.string().meta({ description: 'The value as the facet parameter takes it', examples: ['power-2014-2020'] }),
    name: z.string().nullable().meta({ description: 'Name from the registry; null for codes' }),
    count: z.number().int().min(0),
    byCurrency: z.array(CurrencyStatsSchema),
  })
  .meta({ description: 'The projects with one value of a facet' })
  .register(apiComponents, { id: 'GroupStats' });

const FacetStatsSchema = z
  .object({
    distinct: z.number().int().min(0).meta({ description: 'Values with at least one project' }),
    groups: z.array(GroupStatsSchema).meta({ description: 'The groupLimit values with most projects' }),
  })
  .meta({
    description:
      'The results grouped by one facet. A project with several values (funds, topics, places, partner countries) counts in each, so groups may add up to more than the total',
  })
  .register(apiComponents, { id: 'FacetStats' });

export const StatsSchema = z
  .object({
    meta: z.object({
      query: z.string(),
      filters: z.record(z.string(), z.array(z.string())).meta({ description: 'The filters applied, by facet' }),
      ignored: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
    count: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Every project the search finds', examples: [232] }),
    byCurrency: z.array(CurrencyStatsSchema),
    byFacet: z.record(z.string(), FacetStatsSchema).meta({ description: 'By facet name, for the facets in groupBy' }),
  })
  .meta({
    description: 'Counts and money of a search’s results, overall and by facet',
    examples: [
      {
        meta: { query: '', filters: { voivodeship: ['podlaskie'] }, ignored: [] },
        count: 2,
        byCurrency: [
          {
            currency: 'PLN',
            count: 2,
            totalValue: { amount: '1049298.80', minorUnits: 104929880, currency: 'PLN' },
            cofinancing: { amount: '902130.00', minorUnits: 90213000, currency: 'PLN' },
            euContribution: { amount: '760000.00', minorUnits: 76000000, currency: 'PLN' },
          },
        ],
        byFacet: {
          fund: {
            distinct: 1,
            groups: [
              {
                value: 'ESF',
                name: null,
                count: 2,
                byCurrency: [
                  {
                    currency: 'PLN',
                    count: 2,
                    totalValue: { amount: '1049298.80', minorUnits: 104929880, currency: 'PLN' },
                    cofinancing: { amount: '902130.00', minorUnits: 90213000, currency: 'PLN' },
                    euContribution: { amount: '760000.00', minorUnits: 76000000, currency: 'PLN' },
                  },
                ],
              },
            ],
          },
        },
      },
    ],
  })
  .register(apiComponents, { id: 'Stats' });
