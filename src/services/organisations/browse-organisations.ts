import type { SpojniaDb } from '../../storage/database.js';
import {
  listOrganisationPage,
  type OrganisationFilters,
  type OrganisationPage,
} from '../../storage/repositories/organisation-list.js';
import type { PageRequest } from '../../storage/repositories/project-list.js';

export type { OrganisationFilters, OrganisationPage };

/** A page of organisations by name, filtered by country and kind, with their published project counts. */
export async function browseOrganisations(
  db: SpojniaDb,
  filters: OrganisationFilters,
  page: PageRequest,
): Promise<OrganisationPage> {
  return listOrganisationPage(db, filters, page);
}
