import type { z } from 'zod';
import type { Organisation } from '../../domain/organisation.js';
import type { OrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { PageRequest } from '../../services/projects/browse-projects.js';
import type { OrganisationProfileSchema, OrganisationSchema } from '../schemas/organisations.js';
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
