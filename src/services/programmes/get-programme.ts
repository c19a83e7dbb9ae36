import { notFound } from '../../domain/errors.js';
import type { Programme } from '../../domain/programme.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findProgrammeBySlug } from '../../storage/repositories/programme-repository.js';
import {
  listProjectSummaries,
  type PageRequest,
  type ProjectPage,
  type ProjectTotals,
  sumProjects,
} from '../../storage/repositories/project-list.js';

export interface ProgrammeProfile {
  readonly programme: Programme;
  readonly projects: ProjectPage;
  readonly totals: ProjectTotals;
}

/** A programme with a page of its published projects and their totals. */
export async function getProgrammeProfile(
  db: SpojniaDb,
  slug: string,
  page: PageRequest = { page: 1, pageSize: 20 },
): Promise<ProgrammeProfile> {
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme) throw notFound(`Programme "${slug}"`);
  const [projects, totals] = await Promise.all([
    listProjectSummaries(db, { programmeSlug: slug }, page),
    sumProjects(db, { programmeSlug: slug }),
  ]);
  return { programme, projects, totals };
}
