import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../domain/codes.js';
import {
  apiComponents,
  PageLinksSchema,
  PageMetaSchema,
  ProjectTotalsSchema,
  pagingQuery,
  slugParamsSchema,
} from './common.js';
import { ProjectSectionSchema } from './projects.js';
import { OrganisationRefSchema } from './refs.js';

export const organisationParamsSchema = slugParamsSchema('owop-bialystok');

/** One page size for both lists of the profile: as beneficiary and as partner. */
export const organisationQuerySchema = z.object(pagingQuery(50));

export const OrganisationSchema = OrganisationRefSchema.extend({
  kind: z.enum(ORGANISATION_KINDS).meta({ examples: ['ngo'] }),
  website: z.string().nullable(),
  identifiers: z
    .object({
      nip: z.string().optional().meta({ description: 'Polish tax number' }),
      regon: z.string().optional().meta({ description: 'Polish statistical number' }),
      krs: z.string().optional().meta({ description: 'Polish court register number' }),
      pic: z.string().optional().meta({ description: 'EU Participant Identification Code' }),
    })
    .meta({ description: 'Registry identifiers; only those known are present' }),
  isDemo: z.boolean().meta({ description: 'True for invented demonstration content' }),
})
  .meta({ description: 'An organisation: beneficiary or partner of projects' })
  .register(apiComponents, { id: 'Organisation' });

export const OrganisationProfileSchema = z
  .object({
    organisation: OrganisationSchema,
    asBeneficiary: ProjectSectionSchema.meta({ description: 'Published projects it carries out as beneficiary' }),
    asPartner: ProjectSectionSchema.meta({ description: 'Published projects it takes part in as a partner' }),
    beneficiaryTotals: ProjectTotalsSchema,
    partnerTotals: ProjectTotalsSchema,
  })
  .meta({ description: 'An organisation with its projects as beneficiary and as partner, and their totals' })
  .register(apiComponents, { id: 'OrganisationProfile' });

export const organisationListQuerySchema = z.object({
  ...pagingQuery(50),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code, e.g. PL')
    .meta({ description: 'Only organisations from this country (ISO 3166-1 alpha-2)', examples: ['IT'] })
    .transform((code) => code.toUpperCase())
    .optional(),
  kind: z
    .enum(ORGANISATION_KINDS)
    .optional()
    .meta({ description: 'Only organisations of this kind', examples: ['municipality'] }),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

export const OrganisationListSchema = z
  .object({
    data: z.array(
      OrganisationSchema.extend({
        projectCount: z
          .number()
          .int()
          .min(0)
          .meta({ description: 'Published projects it carries out or takes part in', examples: [3] }),
      }),
    ),
    meta: PageMetaSchema,
    links: PageLinksSchema,
  })
  .meta({ description: 'One page of organisations, by name' })
  .register(apiComponents, { id: 'OrganisationList' });
