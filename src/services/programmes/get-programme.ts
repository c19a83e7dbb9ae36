import { notFound } from '../../domain/errors.js';
import type { Programme } from '../../domain/programme.js';
import { EMPTY_QUERY } from '../../domain/search-query.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findProgrammeBySlug } from '../../storage/repositories/programme-repository.js';
import type { PageRequest, ProjectPage, ProjectTotals } from '../../storage/repositories/project-list.js';
import { querySearchIndex } from '../../storage/search/search-projects.js';

export interface ProgrammeProfile {
  readonly programme: Programme;
  readonly projects: ProjectPage;
  readonly totals: ProjectTotals;
}

/**
 * A programme with a page of its published projects (newest start first) and their totals.
 * Both come from the search index: a programme may have a hundred thousand projects.
 */
export async function getProgrammeProfile(
  db: SpojniaDb,
  slug: string,
  page: PageRequest = { page: 1, pageSize: 20 },
): Promise<ProgrammeProfile> {
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme) throw notFound(`Programme "${slug}"`);
  const found = await querySearchIndex(db, {
    query: EMPTY_QUERY,
    filters: { programme: [slug] },
    sort: 'start-desc',
    cursor: null,
    pageSize: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
    facetLimit: 0,
    withTotals: true,
  });
  return {
    programme,
    projects: { items: found.hits.map((hit) => hit.project), total: found.total },
    totals: found.totals,
  };
}
