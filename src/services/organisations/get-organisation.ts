import { notFound } from '../../domain/errors.js';
import type { Organisation } from '../../domain/organisation.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findOrganisationBySlug } from '../../storage/repositories/organisation-repository.js';
import {
  listProjectSummaries,
  type PageRequest,
  type ProjectPage,
  type ProjectTotals,
  sumProjects,
} from '../../storage/repositories/project-list.js';

export interface OrganisationProfile {
  readonly organisation: Organisation;
  readonly asBeneficiary: ProjectPage;
  readonly asPartner: ProjectPage;
  /** Totals of the projects it leads as beneficiary. */
  readonly beneficiaryTotals: ProjectTotals;
  readonly partnerTotals: ProjectTotals;
}

/** An organisation with its projects as beneficiary and as partner, and their totals. */
export async function getOrganisationProfile(
  db: SpojniaDb,
  slug: string,
  page: PageRequest = { page: 1, pageSize: 50 },
): Promise<OrganisationProfile> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound(`Organisation "${slug}"`);
  const [asBeneficiary, asPartner, beneficiaryTotals, partnerTotals] = await Promise.all([
    listProjectSummaries(db, { beneficiaryId: organisation.id }, page),
    listProjectSummaries(db, { partnerId: organisation.id }, page),
    sumProjects(db, { beneficiaryId: organisation.id }),
    sumProjects(db, { partnerId: organisation.id }),
  ]);
  return { organisation, asBeneficiary, asPartner, beneficiaryTotals, partnerTotals };
}
