import type { Project, ProjectSummary } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findSimilarProjects as findSimilarInIndex } from '../../storage/search/similar-projects.js';

/** How many similar projects a project page shows. */
export const SIMILAR_PROJECTS_SHOWN = 5;

/**
 * Published projects like this one: same municipality, topics, programme, voivodeship or
 * beneficiary, and words of the title. Empty for a project that is not published.
 */
export async function findSimilarProjects(
  db: SpojniaDb,
  project: Project,
  limit = SIMILAR_PROJECTS_SHOWN,
): Promise<ProjectSummary[]> {
  return findSimilarInIndex(db, project.id, limit);
}
