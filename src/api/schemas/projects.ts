import { z } from 'zod';
import { PROGRAMMING_PERIODS, PROJECT_STATUSES } from '../../domain/codes.js';
import { apiComponents, isoDate, MoneySchema, PageMetaSchema, slugParamsSchema, slugSchema } from './common.js';
import { OrganisationRefSchema, ProgrammeRefSchema } from './refs.js';

export const projectStatusSchema = z.enum(PROJECT_STATUSES).meta({
  description: 'planned, in_progress, completed or cancelled, as the editor last set it',
  examples: ['in_progress'],
});

export const periodSchema = z.enum(PROGRAMMING_PERIODS).meta({ description: 'EU programming period' });

/**
 * English versions of some texts; null where not translated, so a client shows the Polish
 * original (the plain field) instead. Never replaces the plain fields, which stay Polish.
 */
export function translationsSchema<Field extends string>(fields: readonly Field[], description: string) {
  const texts = Object.fromEntries(fields.map((field) => [field, z.string().nullable()])) as Record<
    Field,
    z.ZodNullable<z.ZodString>
  >;
  return z
    .object({ en: z.object(texts).meta({ description: 'English; null where the text is not translated' }) })
    .meta({ description });
}

export const projectParamsSchema = slugParamsSchema('hajnowka-odnowa');

export const ProjectSummarySchema = z
  .object({
    slug: slugSchema('hajnowka-odnowa'),
    title: z
      .string()
      .meta({ examples: ['Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia'] }),
    summary: z.string().meta({ description: 'Short summary, plain text' }),
    programme: ProgrammeRefSchema.nullable(),
    beneficiary: OrganisationRefSchema.nullable().meta({ description: 'The organisation that signed the grant' }),
    status: projectStatusSchema,
    period: periodSchema.nullable(),
    startDate: isoDate().nullable(),
    endDate: isoDate().nullable(),
    totalValue: MoneySchema.nullable().meta({ description: 'Total value of the project' }),
    cofinancing: MoneySchema.nullable().meta({ description: 'The grant: EU and state-budget co-financing' }),
    isDemo: z.boolean().meta({ description: 'True for invented demonstration content' }),
    translations: translationsSchema(
      ['title', 'summary'],
      'The title and summary in other languages; `title` and `summary` are the Polish originals',
    ),
    url: z.string().meta({ description: 'Public page', examples: ['/projekty/hajnowka-odnowa'] }),
    apiUrl: z.string().meta({ description: 'API resource', examples: ['/api/v1/projects/hajnowka-odnowa'] }),
  })
  .meta({ description: 'What a list shows of a project' })
  .register(apiComponents, { id: 'ProjectSummary' });

/** A page of projects inside another resource (an organisation, a programme). */
export const ProjectSectionSchema = z
  .object({ data: z.array(ProjectSummarySchema), meta: PageMetaSchema })
  .meta({ description: 'A page of projects inside another resource; ask for more with `page` and `pageSize`' })
  .register(apiComponents, { id: 'ProjectSection' });
