import { z } from 'zod';
import { PROGRAMMING_PERIODS } from '../../domain/codes.js';
import { apiComponents, slugSchema } from './common.js';

/** `url` is the public page a person can open; `apiUrl` the API resource with the details. */
const links = (page: string, api: string) => ({
  url: z.string().meta({ description: 'Public page', examples: [page] }),
  apiUrl: z.string().meta({ description: 'API resource', examples: [api] }),
});

export const OrganisationRefSchema = z
  .object({
    slug: slugSchema('owop-bialystok'),
    name: z.string().meta({ examples: ['Ośrodek Wspierania Organizacji Pozarządowych'] }),
    shortName: z
      .string()
      .nullable()
      .meta({ examples: ['OWOP'] }),
    country: z.string().meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['PL'] }),
    city: z
      .string()
      .nullable()
      .meta({ examples: ['Białystok'] }),
    ...links('/organizacje/owop-bialystok', '/api/v1/organisations/owop-bialystok'),
  })
  .meta({ description: 'An organisation as a project names it' })
  .register(apiComponents, { id: 'OrganisationRef' });

export const ProgrammeRefSchema = z
  .object({
    slug: slugSchema('power-2014-2020'),
    code: z
      .string()
      .nullable()
      .meta({ description: 'CCI code; null when the programme has none', examples: ['2014PL05M9OP001'] }),
    name: z.string().meta({ examples: ['Program Operacyjny Wiedza Edukacja Rozwój 2014-2020'] }),
    shortName: z.string().meta({ examples: ['POWER'] }),
    period: z.enum(PROGRAMMING_PERIODS).meta({ description: 'Programming period' }),
    ...links('/programy/power-2014-2020', '/api/v1/programmes/power-2014-2020'),
  })
  .meta({ description: 'A funding programme as a project names it' })
  .register(apiComponents, { id: 'ProgrammeRef' });

export const TopicSchema = z
  .object({
    slug: slugSchema('rewitalizacja'),
    namePl: z.string().meta({ examples: ['Rewitalizacja'] }),
    nameEn: z.string().meta({ examples: ['Urban regeneration'] }),
  })
  .meta({ description: 'A topic projects are filed under; filter with `?topic={slug}`' })
  .register(apiComponents, { id: 'Topic' });
