import { notFound } from '../../domain/errors.js';
import type { Project } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findProjectBySlug } from '../../storage/repositories/project-reader.js';

/** A published project by its slug; throws not_found for unknown slugs and drafts. */
export async function getPublishedProject(db: SpojniaDb, slug: string): Promise<Project> {
  const project = await findProjectBySlug(db, slug);
  if (!project) throw notFound(`Project "${slug}"`);
  return project;
}
