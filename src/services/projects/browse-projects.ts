import type { SpojniaDb } from '../../storage/database.js';
import {
  listProjectSummaries,
  type PageRequest,
  type ProjectFilters,
  type ProjectPage,
} from '../../storage/repositories/project-list.js';

export type { PageRequest, ProjectFilters, ProjectPage };

/** A page of published projects under simple filters, with the number of all matches. */
export async function browseProjects(db: SpojniaDb, filters: ProjectFilters, page: PageRequest): Promise<ProjectPage> {
  return listProjectSummaries(db, filters, page);
}
