import { notFound } from '../../domain/errors.js';
import type { ValidationResult } from '../../domain/problems.js';
import type { ProjectInput } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { projectIdExists, replaceProject } from '../../storage/repositories/project-writer.js';
import { resolveProject } from './create-project.js';

export interface UpdatedProject {
  readonly id: number;
  readonly warnings: ValidationResult['warnings'];
}

/**
 * Replaces every fact of an existing project after the same validation as on creation.
 * Throws `invalid_input` listing every problem, or `not_found` for an unknown id; nothing
 * is written then. Call inside a transaction so the row and its parts change together.
 */
export async function updateProject(
  db: SpojniaDb,
  projectId: number,
  unsafeInput: ProjectInput,
  now = new Date(),
): Promise<UpdatedProject> {
  if (!(await projectIdExists(db, projectId))) throw notFound(`Project ${projectId}`);
  const { resolved, warnings } = await resolveProject(db, unsafeInput, projectId);
  await replaceProject(db, projectId, resolved, now.toISOString());
  return { id: projectId, warnings };
}
