import { notFound } from '../../domain/errors.js';
import { diffSnapshots, type FieldChange, type Revision, type RevisionSnapshot } from '../../domain/revision.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findRevision, listRevisions } from '../../storage/repositories/revision-repository.js';

export async function listProjectRevisions(db: SpojniaDb, projectId: number): Promise<Revision[]> {
  return listRevisions(db, projectId);
}

export interface RevisionComparison {
  readonly revision: Revision;
  /** The revision it is compared with: the one before it, or null for the first. */
  readonly previous: Revision | null;
  readonly changes: readonly FieldChange[];
}

/** What one save changed, field by field, against the revision before it. */
export async function compareWithPrevious(
  db: SpojniaDb,
  projectId: number,
  number: number,
): Promise<RevisionComparison> {
  const current = await findRevision(db, projectId, number);
  if (!current) throw notFound(`Revision ${number} of project ${projectId}`);
  const previous = number > 1 ? await findRevision(db, projectId, number - 1) : null;
  return {
    revision: current.revision,
    previous: previous?.revision ?? null,
    changes: diffSnapshots(previous?.snapshot ?? null, current.snapshot),
  };
}

/** The full snapshot of one revision. */
export async function getRevisionSnapshot(db: SpojniaDb, projectId: number, number: number): Promise<RevisionSnapshot> {
  const found = await findRevision(db, projectId, number);
  if (!found) throw notFound(`Revision ${number} of project ${projectId}`);
  return found.snapshot;
}
