import { z } from 'zod';
import { projectSearchQuerySchema } from './project-search.js';

/** An export takes the search's words, facets and order; it has no pages, so no cursor or page size. */
export const projectExportQuerySchema = projectSearchQuerySchema.omit({ cursor: true, pageSize: true, facets: true });
export type ProjectExportQuery = z.infer<typeof projectExportQuerySchema>;

export const projectCsvExportQuerySchema = projectExportQuerySchema.extend({
  dialect: z
    .enum(['standard', 'excel-pl'])
    .default('standard')
    .meta({
      description:
        'standard: comma-separated, decimal point (RFC 4180). excel-pl: semicolon-separated with decimal commas, as Excel in the Polish locale opens it. Both are UTF-8 with a byte order mark',
      examples: ['excel-pl'],
    }),
});
