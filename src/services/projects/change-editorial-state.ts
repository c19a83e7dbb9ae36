import type { AuditAction } from '../../domain/audit.js';
import type { EditorialState } from '../../domain/codes.js';
import { AppError, notFound } from '../../domain/errors.js';
import { isAllowedTransition } from '../../domain/policies.js';
import { problem } from '../../domain/problems.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findProjectAccess, setEditorialState } from '../../storage/repositories/project-admin-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';
import { ensureBaselineRevision, recordRevision } from '../revisions/record-revision.js';

const AUDITED: Record<EditorialState, AuditAction> = {
  published: 'project_published',
  draft: 'project_unpublished',
  archived: 'project_archived',
};

/**
 * Publishes, archives or takes a project back to draft; a revision and an audit line record
 * it. Only drafts and published projects show differently, so the move must be a real one.
 */
export async function changeEditorialState(
  db: SpojniaDb,
  projectId: number,
  to: EditorialState,
  author: Author,
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const access = await findProjectAccess(trx, projectId);
    if (!access) throw notFound(`Project ${projectId}`);
    if (!isAllowedTransition(access.editorialState, to)) {
      throw new AppError('conflict', `The project is already ${to}`, [
        problem('editorialState', 'same_state', `The project is already ${to}`),
      ]);
    }
    await ensureBaselineRevision(trx, projectId, now);
    await setEditorialState(trx, projectId, to, now.toISOString());
    await recordRevision(trx, projectId, 'state', author, now);
    await recordAuditEvent(
      trx,
      {
        action: AUDITED[to],
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'project',
        subjectId: projectId,
        subjectLabel: access.title,
        details: { from: access.editorialState, to, slug: access.slug },
      },
      now,
    );
  });
}
