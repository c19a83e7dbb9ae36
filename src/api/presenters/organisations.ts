import type { z } from 'zod';
import type { Organisation } from '../../domain/organisation.js';
import type { OrganisationPage } from '../../services/organisations/browse-organisations.js';
import type { OrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { PageRequest } from '../../services/projects/browse-projects.js';
import type {
  OrganisationListQuery,
  OrganisationListSchema,
  OrganisationProfileSchema,
  OrganisationSchema,
} from '../schemas/organisations.js';
import { apiUrl } from '../urls.js';
import { presentPageLinks, presentPageMeta } from './paging.js';
import { presentProjectSection } from './projects.js';
import { presentOrganisationRef } from './refs.js';
import { presentProjectTotals } from './totals.js';

export function presentOrganisation(organisation: Organisation): z.infer<typeof OrganisationSchema> {
  return {
    ...presentOrganisationRef(organisation),
    kind: organisation.kind,
    website: organisation.website,
    identifiers: { ...organisation.identifiers },
    isDemo: organisation.isDemo,
  };
}

export function presentOrganisationProfile(
  profile: OrganisationProfile,
  request: PageRequest,
): z.infer<typeof OrganisationProfileSchema> {
  return {
    organisation: presentOrganisation(profile.organisation),
    asBeneficiary: presentProjectSection(profile.asBeneficiary, request),
    asPartner: presentProjectSection(profile.asPartner, request),
    beneficiaryTotals: presentProjectTotals(profile.beneficiaryTotals),
    partnerTotals: presentProjectTotals(profile.partnerTotals),
  };
}

/** The paged organisation list, with links that keep the filters of the request. */
export function presentOrganisationList(
  result: OrganisationPage,
  query: OrganisationListQuery,
): z.infer<typeof OrganisationListSchema> {
  const { page, pageSize, ...filters } = query;
  return {
    data: result.items.map((organisation) => ({
      ...presentOrganisation(organisation),
      projectCount: organisation.projectCount,
    })),
    meta: presentPageMeta({ page, pageSize }, result.total),
    links: presentPageLinks(apiUrl.organisations(), filters, { page, pageSize }, result.total),
  };
}
