import { AppError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { ProjectInput } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findProjectAccess } from '../../storage/repositories/project-admin-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';
import { ensureBaselineRevision, loadProjectById, recordRevision } from '../revisions/record-revision.js';
import { type CreatedProject, createProject } from './create-project.js';
import { type UpdatedProject, updateProject } from './update-project.js';

/**
 * A new project from the editorial area: always a draft at first, entered by hand, saved
 * with its first revision in one transaction.
 */
export async function createProjectWithRevision(
  db: SpojniaDb,
  input: ProjectInput,
  author: Author,
  now = new Date(),
): Promise<CreatedProject> {
  const draft: ProjectInput = {
    ...input,
    editorialState: 'draft',
    provenance: { source: 'manual', file: null, row: null },
    isDemo: false,
  };
  return db.transaction().execute(async (trx) => {
    const created = await createProject(trx, draft, now);
    await recordRevision(trx, created.id, 'create', author, now);
    await recordAuditEvent(
      trx,
      {
        action: 'project_created',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'project',
        subjectId: created.id,
        subjectLabel: input.title,
      },
      now,
    );
    return created;
  });
}

/** Thrown when someone else saved the project after this form was opened. */
export function staleEditError(): AppError {
  return new AppError('conflict', 'The project was changed by someone else after this form was opened', [
    problem('_version', 'stale_edit', 'The project was changed by someone else after this form was opened'),
  ]);
}

/**
 * Saves an edited project as a new revision. `expectedVersion` is the project's last change
 * time when the form was opened; a later change by someone else is refused rather than
 * silently overwritten. The editorial state, origin and demo mark stay as they were.
 */
export async function editProject(
  db: SpojniaDb,
  projectId: number,
  input: ProjectInput,
  author: Author,
  expectedVersion: string | null,
  now = new Date(),
): Promise<UpdatedProject> {
  return db.transaction().execute(async (trx) => {
    const access = await findProjectAccess(trx, projectId);
    if (access && expectedVersion !== null && access.updatedAt !== expectedVersion) throw staleEditError();
    await ensureBaselineRevision(trx, projectId, now);
    const current = await loadProjectById(trx, projectId);
    const kept: ProjectInput = {
      ...input,
      editorialState: current.editorialState,
      provenance: current.provenance,
      isDemo: current.isDemo,
    };
    const updated = await updateProject(trx, projectId, kept, now);
    await recordRevision(trx, projectId, 'update', author, now);
    return updated;
  });
}
