import { z } from 'zod';
import { FUNDS } from '../../domain/codes.js';
import { apiComponents, ProjectTotalsSchema, pagingQuery, slugParamsSchema } from './common.js';
import { ProjectSectionSchema } from './projects.js';
import { ProgrammeRefSchema, TopicSchema } from './refs.js';

export const programmeParamsSchema = slugParamsSchema('power-2014-2020');

export const programmeQuerySchema = z.object(pagingQuery(20));

export const ProgrammeSchema = ProgrammeRefSchema.extend({
  nameEn: z
    .string()
    .nullable()
    .meta({ examples: ['Knowledge Education Development Operational Programme 2014-2020'] }),
  funds: z.array(z.enum(FUNDS)).meta({ examples: [['ESF', 'YEI']] }),
  managingAuthority: z
    .string()
    .nullable()
    .meta({ examples: ['Ministerstwo Funduszy i Polityki Regionalnej'] }),
  website: z
    .string()
    .nullable()
    .meta({ examples: ['https://www.power.gov.pl'] }),
})
  .meta({ description: 'A funding programme' })
  .register(apiComponents, { id: 'Programme' });

export const ProgrammeListSchema = z
  .object({
    data: z.array(
      ProgrammeSchema.extend({
        projectCount: z.number().int().min(0).meta({ description: 'Number of its published projects' }),
      }),
    ),
  })
  .meta({ description: 'Every programme, newest period first' })
  .register(apiComponents, { id: 'ProgrammeList' });

export const ProgrammeProfileSchema = z
  .object({
    programme: ProgrammeSchema,
    projects: ProjectSectionSchema.meta({ description: 'A page of its published projects' }),
    projectsUrl: z.string().meta({
      description: 'The project list filtered to this programme, for further filters',
      examples: ['/api/v1/projects?programme=power-2014-2020'],
    }),
    totals: ProjectTotalsSchema,
  })
  .meta({ description: 'A programme with a page of its published projects and their totals' })
  .register(apiComponents, { id: 'ProgrammeProfile' });

export const TopicListSchema = z
  .object({ data: z.array(TopicSchema) })
  .meta({ description: 'Every topic, by Polish name' })
  .register(apiComponents, { id: 'TopicList' });

export const topicParamsSchema = slugParamsSchema('rewitalizacja');

export const topicQuerySchema = z.object(pagingQuery(20));

export const TopicProfileSchema = z
  .object({
    topic: TopicSchema,
    projects: ProjectSectionSchema.meta({ description: 'A page of its published projects' }),
    projectsUrl: z.string().meta({
      description: 'The project list filtered to this topic, for further filters',
      examples: ['/api/v1/projects?topic=rewitalizacja'],
    }),
    url: z.string().meta({
      description: 'Public page: the project list on this topic',
      examples: ['/projekty?temat=rewitalizacja'],
    }),
    totals: ProjectTotalsSchema,
  })
  .meta({ description: 'A topic with a page of its published projects and their totals' })
  .register(apiComponents, { id: 'TopicProfile' });
