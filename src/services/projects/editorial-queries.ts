import type { ProjectAccess } from '../../domain/policies.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  type AdminProjectFilters,
  type AdminProjectRow,
  findProjectAccess,
  listProjectSlugs,
  listProjectsForEditors,
} from '../../storage/repositories/project-admin-repository.js';

export type { AdminProjectFilters, AdminProjectRow };

/** Projects in every editorial state for the editorial list. */
export async function browseProjectsForEditors(
  db: SpojniaDb,
  filters: AdminProjectFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: AdminProjectRow[]; total: number }> {
  return listProjectsForEditors(db, filters, page);
}

/** Who carries out a project and its state, for the policies; null for an unknown id. */
export async function getProjectAccess(
  db: SpojniaDb,
  projectId: number,
): Promise<(ProjectAccess & { slug: string; title: string; updatedAt: string }) | null> {
  return findProjectAccess(db, projectId);
}

export async function listProjectChoices(db: SpojniaDb): Promise<{ slug: string; title: string }[]> {
  return listProjectSlugs(db);
}
