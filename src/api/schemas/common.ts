import { z } from 'zod';
import { CURRENCIES } from '../../domain/money.js';

/**
 * The schemas that become `components.schemas` of the OpenAPI document, by id. A separate
 * registry (not zod's global one) so that other layers' schemas never leak into the API doc.
 */
export const apiComponents = z.registry<{ id: string }>();

/** A calendar date without time, as the domain keeps it. */
export const isoDate = () => z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD', examples: ['2018-07-01'] });

/** A URL identifier; the example differs per resource so the documentation reads true. */
export const slugSchema = (example: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .meta({ description: 'URL identifier: lower-case letters, digits and hyphens', examples: [example] });

/** Path parameters of a `/…/{slug}` route. An unknown slug is a 404, so no pattern is enforced here. */
export const slugParamsSchema = (example: string) => z.object({ slug: slugSchema(example) });

export const MoneySchema = z
  .object({
    amount: z
      .string()
      .regex(/^-?\d+\.\d{2}$/)
      .meta({ description: 'Exact decimal amount in major units (złoty, euro)', examples: ['1015798.80'] }),
    minorUnits: z
      .number()
      .int()
      .meta({
        description: 'The same amount as an integer number of minor units (grosze, cents)',
        examples: [101579880],
      }),
    currency: z.enum(CURRENCIES).meta({ description: 'ISO 4217 currency code', examples: ['PLN'] }),
  })
  .meta({ description: 'An amount of money, exact: never a floating-point number' })
  .register(apiComponents, { id: 'Money' });

export const ProblemSchema = z
  .object({
    path: z.string().meta({ description: 'The field concerned, dot-separated', examples: ['pageSize'] }),
    code: z.string().meta({ description: 'Stable machine-readable code', examples: ['too_big'] }),
    message: z.string().meta({ description: 'English explanation for a person' }),
  })
  .meta({ description: 'One thing wrong with a request or a record, tied to a field' })
  .register(apiComponents, { id: 'Problem' });

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code', examples: ['invalid_input', 'not_found'] }),
      message: z.string().meta({ description: 'English explanation for a person' }),
      problems: z.array(ProblemSchema).meta({ description: 'Every problem with the request; empty when none applies' }),
      retryAfter: z
        .number()
        .int()
        .min(1)
        .optional()
        .meta({ description: 'Only on 429: seconds to wait before the next request', examples: [42] }),
    }),
  })
  .meta({ description: 'Every error answer of the API has this shape' })
  .register(apiComponents, { id: 'Error' });

export const PageMetaSchema = z
  .object({
    page: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'This page, from 1', examples: [1] }),
    pageSize: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'Items per page', examples: [20] }),
    total: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'All matching items', examples: [232] }),
    totalPages: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Pages at this page size', examples: [12] }),
  })
  .meta({ description: 'Where this page sits among all matching items' })
  .register(apiComponents, { id: 'PageMeta' });

export const PageLinksSchema = z
  .object({
    self: z.string().meta({ description: 'This page', examples: ['/api/v1/projects?page=2&pageSize=20'] }),
    next: z.string().nullable().meta({ description: 'The next page, or null on the last one' }),
    prev: z.string().nullable().meta({ description: 'The previous page, or null on the first one' }),
  })
  .meta({ description: 'Relative URLs that keep the filters of the request' })
  .register(apiComponents, { id: 'PageLinks' });

export const ProjectTotalsSchema = z
  .object({
    count: z.number().int().min(0).meta({ description: 'Number of published projects' }),
    byCurrency: z
      .array(
        z.object({
          currency: z.enum(CURRENCIES),
          count: z.number().int().min(0),
          totalValue: MoneySchema,
          cofinancing: MoneySchema,
        }),
      )
      .meta({ description: 'Sums per currency: amounts in PLN and EUR are never added together' }),
  })
  .meta({ description: 'How many published projects, and how much money, by currency' })
  .register(apiComponents, { id: 'ProjectTotals' });

/** Page and page size of a paged list; query strings carry text, so numbers are coerced. */
export function pagingQuery(defaultPageSize: number) {
  return {
    page: z.coerce
      .number()
      .int()
      .min(1)
      .default(1)
      .meta({ description: 'Page number, from 1', examples: [2] }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(defaultPageSize)
      .meta({ description: 'Items per page, 1 to 100', examples: [50] }),
  };
}
