import type { Selectable } from 'kysely';
import type { Revision, RevisionAction, RevisionSnapshot } from '../../domain/revision.js';
import type { SpojniaDb } from '../database.js';
import type { ProjectRevisionTable } from '../schema.js';

export interface NewRevision {
  readonly projectId: number;
  readonly action: RevisionAction;
  readonly authorId: number | null;
  readonly authorEmail: string | null;
  readonly changedPaths: readonly string[];
  readonly restoredFrom: number | null;
  readonly snapshot: RevisionSnapshot;
}

function rowToRevision(row: Omit<Selectable<ProjectRevisionTable>, 'snapshot'>): Revision {
  return {
    id: row.id,
    projectId: row.project_id,
    number: row.number,
    action: row.action as RevisionAction,
    authorId: row.author_id,
    authorEmail: row.author_email,
    createdAt: row.created_at,
    changedPaths: JSON.parse(row.changed_paths) as string[],
    restoredFrom: row.restored_from,
  };
}

/** Stores the next revision of a project (numbered 1, 2, 3…). Call inside the save's transaction. */
export async function insertRevision(db: SpojniaDb, revision: NewRevision, now: string): Promise<number> {
  const last = await db
    .selectFrom('project_revisions')
    .select((eb) => eb.fn.max<number>('number').as('number'))
    .where('project_id', '=', revision.projectId)
    .executeTakeFirst();
  const number = Number(last?.number ?? 0) + 1;
  await db
    .insertInto('project_revisions')
    .values({
      project_id: revision.projectId,
      number,
      action: revision.action,
      author_id: revision.authorId,
      author_email: revision.authorEmail,
      created_at: now,
      changed_paths: JSON.stringify(revision.changedPaths),
      restored_from: revision.restoredFrom,
      snapshot: JSON.stringify(revision.snapshot),
    })
    .execute();
  return number;
}

const LISTED_COLUMNS = [
  'id',
  'project_id',
  'number',
  'action',
  'author_id',
  'author_email',
  'created_at',
  'changed_paths',
  'restored_from',
] as const;

/** A project's revisions, newest first, without their snapshots. */
export async function listRevisions(db: SpojniaDb, projectId: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom('project_revisions')
    .select(LISTED_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(rowToRevision);
}

export interface RevisionWithSnapshot {
  readonly revision: Revision;
  readonly snapshot: RevisionSnapshot;
}

export async function findRevision(
  db: SpojniaDb,
  projectId: number,
  number: number,
): Promise<RevisionWithSnapshot | null> {
  const row = await db
    .selectFrom('project_revisions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) return null;
  return { revision: rowToRevision(row), snapshot: JSON.parse(row.snapshot) as RevisionSnapshot };
}

export async function findLatestRevision(db: SpojniaDb, projectId: number): Promise<RevisionWithSnapshot | null> {
  const row = await db
    .selectFrom('project_revisions')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return { revision: rowToRevision(row), snapshot: JSON.parse(row.snapshot) as RevisionSnapshot };
}
