import { invalidInput, notFound } from '../../domain/errors.js';
import type { ImageKind, StoredImage } from '../../domain/image.js';
import { mediaUrl } from '../../domain/image.js';
import { type Problem, problem } from '../../domain/problems.js';
import { projectToInput } from '../../domain/project-input.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  findImage,
  insertImage,
  listImages,
  markImageRemoved,
  updateImageText,
} from '../../storage/repositories/image-repository.js';
import type { Author } from '../auth/create-user.js';
import { updateProject } from '../projects/update-project.js';
import { ensureBaselineRevision, loadProjectById, recordRevision } from '../revisions/record-revision.js';
import { removeMediaFiles, saveMediaFile } from './media-store.js';
import { processImage } from './process-image.js';

export interface ImageWords {
  readonly alt: string;
  readonly credit: string;
}

const MAX_ALT = 300;
const MAX_CREDIT = 200;

/** Alt text and credit are required: a photo without them is neither accessible nor lawful. */
export function imageWordsProblems(words: ImageWords): Problem[] {
  const problems: Problem[] = [];
  if (words.alt.trim() === '') problems.push(problem('alt', 'required', 'Alt text is required'));
  else if (words.alt.length > MAX_ALT) problems.push(problem('alt', 'too_long', `At most ${MAX_ALT} characters`));
  if (words.credit.trim() === '') problems.push(problem('credit', 'required', 'Credit is required'));
  else if (words.credit.length > MAX_CREDIT) {
    problems.push(problem('credit', 'too_long', `At most ${MAX_CREDIT} characters`));
  }
  return problems;
}

export async function listProjectImages(db: SpojniaDb, projectId: number, kind: ImageKind): Promise<StoredImage[]> {
  return listImages(db, 'project', projectId, kind);
}

/**
 * Adds a photo or replaces the logo of a project: the file is checked and re-encoded, stored
 * under a new name, and the project gets a revision. If anything fails, the new file is
 * removed again and the registry stays as it was.
 */
export async function addProjectImage(
  db: SpojniaDb,
  mediaFolder: string,
  projectId: number,
  upload: { data: Buffer; kind: ImageKind } & ImageWords,
  author: Author,
  now = new Date(),
): Promise<number> {
  const problems = imageWordsProblems(upload);
  if (problems.length > 0) throw invalidInput(problems);
  await loadProjectById(db, projectId);
  const image = await processImage(upload.data, upload.kind);
  const fileName = await saveMediaFile(mediaFolder, image);
  try {
    return await db.transaction().execute(async (trx) => {
      await ensureBaselineRevision(trx, projectId, now);
      const id = await insertImage(
        trx,
        {
          fileName,
          ownerType: 'project',
          ownerId: projectId,
          kind: upload.kind,
          alt: upload.alt.trim(),
          credit: upload.credit.trim(),
          width: image.width,
          height: image.height,
          bytes: image.data.length,
        },
        now.toISOString(),
      );
      if (upload.kind === 'logo') {
        const project = await loadProjectById(trx, projectId);
        await updateProject(trx, projectId, { ...projectToInput(project), logoUrl: mediaUrl(fileName) }, now);
      }
      await recordRevision(trx, projectId, 'images', author, now);
      return id;
    });
  } catch (error) {
    await removeMediaFiles(mediaFolder, [fileName]);
    throw error;
  }
}

async function projectImage(db: SpojniaDb, projectId: number, imageId: number): Promise<StoredImage> {
  const image = await findImage(db, imageId);
  if (image?.ownerType !== 'project' || image.ownerId !== projectId || image.removedAt !== null) {
    throw notFound(`Image ${imageId} of project ${projectId}`);
  }
  return image;
}

/** Changes the alt text and credit of a photo. */
export async function updateProjectImageWords(
  db: SpojniaDb,
  projectId: number,
  imageId: number,
  words: ImageWords,
  author: Author,
  now = new Date(),
): Promise<void> {
  const problems = imageWordsProblems(words);
  if (problems.length > 0) throw invalidInput(problems);
  await projectImage(db, projectId, imageId);
  await db.transaction().execute(async (trx) => {
    await ensureBaselineRevision(trx, projectId, now);
    await updateImageText(trx, imageId, words.alt.trim(), words.credit.trim());
    await recordRevision(trx, projectId, 'images', author, now);
  });
}

/**
 * Takes a photo or the logo off the project. The file stays, so restoring an older revision
 * can bring it back; it goes when the project is deleted.
 */
export async function removeProjectImage(
  db: SpojniaDb,
  projectId: number,
  imageId: number,
  author: Author,
  now = new Date(),
): Promise<void> {
  const image = await projectImage(db, projectId, imageId);
  await db.transaction().execute(async (trx) => {
    await ensureBaselineRevision(trx, projectId, now);
    await markImageRemoved(trx, imageId, now.toISOString());
    if (image.kind === 'logo') {
      const project = await loadProjectById(trx, projectId);
      if (project.logoUrl === mediaUrl(image.fileName)) {
        await updateProject(trx, projectId, { ...projectToInput(project), logoUrl: null }, now);
      }
    }
    await recordRevision(trx, projectId, 'images', author, now);
  });
}
