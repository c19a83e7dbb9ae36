import { notFound } from '../../domain/errors.js';
import type { Project } from '../../domain/project.js';
import { projectToInput } from '../../domain/project-input.js';
import { diffSnapshots, type RevisionAction, type RevisionSnapshot } from '../../domain/revision.js';
import type { SpojniaDb } from '../../storage/database.js';
import { listImages } from '../../storage/repositories/image-repository.js';
import { findProjectAccess } from '../../storage/repositories/project-admin-repository.js';
import { findProjectBySlug } from '../../storage/repositories/project-reader.js';
import { findLatestRevision, insertRevision } from '../../storage/repositories/revision-repository.js';
import type { Author } from '../auth/create-user.js';

/** A project in any editorial state by its id. */
export async function loadProjectById(db: SpojniaDb, projectId: number): Promise<Project> {
  const access = await findProjectAccess(db, projectId);
  const project = access ? await findProjectBySlug(db, access.slug, { includeUnpublished: true }) : null;
  if (!project) throw notFound(`Project ${projectId}`);
  return project;
}

/** The project as stored now, with its visible photos: what a revision keeps. */
export async function snapshotProject(db: SpojniaDb, projectId: number): Promise<RevisionSnapshot> {
  const project = await loadProjectById(db, projectId);
  const photos = await listImages(db, 'project', projectId, 'photo');
  return {
    project: projectToInput(project),
    photos: photos.map((photo) => ({ id: photo.id, alt: photo.alt, credit: photo.credit })),
  };
}

/**
 * Records the project as it is now as its next revision, with the fields that changed since
 * the previous one. Call in the save's transaction, after the change.
 */
export async function recordRevision(
  db: SpojniaDb,
  projectId: number,
  action: RevisionAction,
  author: Author | null,
  now: Date,
  restoredFrom: number | null = null,
): Promise<number> {
  const snapshot = await snapshotProject(db, projectId);
  const previous = await findLatestRevision(db, projectId);
  const changedPaths = diffSnapshots(previous?.snapshot ?? null, snapshot).map((change) => change.path);
  return insertRevision(
    db,
    {
      projectId,
      action,
      authorId: author?.id ?? null,
      authorEmail: author?.email ?? null,
      changedPaths,
      restoredFrom,
      snapshot,
    },
    now.toISOString(),
  );
}

/**
 * Projects that came from the demo, an import or the time before the editorial area have no
 * revision yet; their state before the first change is kept as revision 1 so it can be
 * restored. Call before changing a project.
 */
export async function ensureBaselineRevision(db: SpojniaDb, projectId: number, now: Date): Promise<void> {
  if (await findLatestRevision(db, projectId)) return;
  await recordRevision(db, projectId, 'baseline', null, now);
}
