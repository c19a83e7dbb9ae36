import { notFound } from '../../domain/errors.js';
import type { SpojniaDb } from '../../storage/database.js';
import { deleteImagesOf, listAllImageFiles } from '../../storage/repositories/image-repository.js';
import { deleteProjectRow, findProjectAccess } from '../../storage/repositories/project-admin-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';

/**
 * Deletes a project with its parts, revisions and image records, and says which image files
 * may now be removed from the media folder (after the transaction has committed).
 */
export async function deleteProject(
  db: SpojniaDb,
  projectId: number,
  author: Author,
  now = new Date(),
): Promise<{ orphanedFiles: string[] }> {
  return db.transaction().execute(async (trx) => {
    const access = await findProjectAccess(trx, projectId);
    if (!access) throw notFound(`Project ${projectId}`);
    const orphanedFiles = await listAllImageFiles(trx, 'project', projectId);
    await deleteImagesOf(trx, 'project', projectId);
    await deleteProjectRow(trx, projectId);
    await recordAuditEvent(
      trx,
      {
        action: 'project_deleted',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'project',
        subjectId: projectId,
        subjectLabel: access.title,
        details: { slug: access.slug, state: access.editorialState },
      },
      now,
    );
    return { orphanedFiles };
  });
}
