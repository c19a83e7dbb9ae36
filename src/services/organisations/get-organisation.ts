import { notFound } from '../../domain/errors.js';
import type { Organisation } from '../../domain/organisation.js';
import { EMPTY_QUERY } from '../../domain/search-query.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findOrganisationBySlug } from '../../storage/repositories/organisation-repository.js';
import {
  listProjectSummaries,
  type PageRequest,
  type ProjectPage,
  type ProjectTotals,
  sumProjects,
} from '../../storage/repositories/project-list.js';
import { querySearchIndex } from '../../storage/search/search-projects.js';

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
  // The beneficiary is a facet of the search index (a large one may carry thousands of projects);
  // partnerships are few per organisation and read from their table.
  const [beneficiary, asPartner, partnerTotals] = await Promise.all([
    querySearchIndex(db, {
      query: EMPTY_QUERY,
      filters: { beneficiary: [slug] },
      sort: 'start-desc',
      cursor: null,
      pageSize: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
      facetLimit: 0,
      withTotals: true,
    }),
    listProjectSummaries(db, { partnerId: organisation.id }, page),
    sumProjects(db, { partnerId: organisation.id }),
  ]);
  const asBeneficiary = { items: beneficiary.hits.map((hit) => hit.project), total: beneficiary.total };
  return { organisation, asBeneficiary, asPartner, beneficiaryTotals: beneficiary.totals, partnerTotals };
}
