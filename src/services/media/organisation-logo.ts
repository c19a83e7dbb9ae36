import { invalidInput } from '../../domain/errors.js';
import { mediaUrl } from '../../domain/image.js';
import type { SpojniaDb } from '../../storage/database.js';
import { insertImage } from '../../storage/repositories/image-repository.js';
import { updateOrganisationRow } from '../../storage/repositories/organisation-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';
import { getOrganisation } from '../organisations/save-organisation.js';
import { removeMediaFiles, saveMediaFile } from './media-store.js';
import { processImage } from './process-image.js';
import { type ImageWords, imageWordsProblems } from './project-images.js';

/** Sets (data) or removes (null) an organisation's logo. */
export async function setOrganisationLogo(
  db: SpojniaDb,
  mediaFolder: string,
  organisationId: number,
  upload: ({ data: Buffer } & ImageWords) | null,
  author: Author,
  now = new Date(),
): Promise<void> {
  const organisation = await getOrganisation(db, organisationId);
  const { id: _id, ...input } = organisation;
  if (upload === null) {
    await db.transaction().execute(async (trx) => {
      await updateOrganisationRow(trx, organisationId, { ...input, logoUrl: null });
      await recordAuditEvent(
        trx,
        {
          action: 'organisation_updated',
          actorId: author.id,
          actorEmail: author.email,
          subjectType: 'organisation',
          subjectId: organisationId,
          subjectLabel: organisation.name,
          details: { logo: 'removed' },
        },
        now,
      );
    });
    return;
  }
  const problems = imageWordsProblems(upload);
  if (problems.length > 0) throw invalidInput(problems);
  const image = await processImage(upload.data, 'logo');
  const fileName = await saveMediaFile(mediaFolder, image);
  try {
    await db.transaction().execute(async (trx) => {
      await insertImage(
        trx,
        {
          fileName,
          ownerType: 'organisation',
          ownerId: organisationId,
          kind: 'logo',
          alt: upload.alt.trim(),
          credit: upload.credit.trim(),
          width: image.width,
          height: image.height,
          bytes: image.data.length,
        },
        now.toISOString(),
      );
      await updateOrganisationRow(trx, organisationId, { ...input, logoUrl: mediaUrl(fileName) });
      await recordAuditEvent(
        trx,
        {
          action: 'organisation_updated',
          actorId: author.id,
          actorEmail: author.email,
          subjectType: 'organisation',
          subjectId: organisationId,
          subjectLabel: organisation.name,
          details: { logo: 'uploaded' },
        },
        now,
      );
    });
  } catch (error) {
    await removeMediaFiles(mediaFolder, [fileName]);
    throw error;
  }
}
