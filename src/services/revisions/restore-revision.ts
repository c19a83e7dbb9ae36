import { notFound } from '../../domain/errors.js';
import type { SpojniaDb } from '../../storage/database.js';
import { replaceVisiblePhotos } from '../../storage/repositories/image-repository.js';
import { findProjectAccess } from '../../storage/repositories/project-admin-repository.js';
import { findRevision } from '../../storage/repositories/revision-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';
import { updateProject } from '../projects/update-project.js';
import { ensureBaselineRevision, recordRevision } from './record-revision.js';

/**
 * Puts a project's content back exactly as an earlier revision had it (facts and photos) and
 * records that as a new revision; nothing is lost, the restore itself can be undone. The
 * publication state is not part of a restore: publishing and archiving are their own steps.
 * Throws `invalid_input` when the old content no longer fits the registry (e.g. its slug was
 * taken since); nothing changes then.
 */
export async function restoreRevision(
  db: SpojniaDb,
  projectId: number,
  number: number,
  author: Author,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const access = await findProjectAccess(trx, projectId);
    const target = await findRevision(trx, projectId, number);
    if (!access || !target) throw notFound(`Revision ${number} of project ${projectId}`);
    await ensureBaselineRevision(trx, projectId, now);
    await updateProject(trx, projectId, { ...target.snapshot.project, editorialState: access.editorialState }, now);
    await replaceVisiblePhotos(trx, projectId, target.snapshot.photos, now.toISOString());
    const created = await recordRevision(trx, projectId, 'restore', author, now, number);
    await recordAuditEvent(
      trx,
      {
        action: 'project_restored',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'project',
        subjectId: projectId,
        subjectLabel: target.snapshot.project.title,
        details: { revision: String(number) },
      },
      now,
    );
    return created;
  });
}
