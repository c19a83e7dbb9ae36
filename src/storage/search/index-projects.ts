import type { SpojniaDb } from '../database.js';
import { noteLocalWrite } from './local-writes.js';
import { buildSearchDocument, type SearchDocument } from './search-document.js';
import { INDEX_BATCH_SIZE, readSearchSources } from './search-source-reader.js';
import { textIndexWriterFor } from './text-index.js';

/** Above this many projects in one call, running servers are told to reload rather than fetch each change. */
const RELOAD_MARKER_THRESHOLD = 1000;
/** How many change-log entries to keep; a server further behind reloads its whole facet index. */
export const CHANGE_LOG_KEPT = 100_000;

/** The change-log entries for these projects: each id, or one "reload everything" (null) for many or for all. */
export function changeLogEntries(ids: readonly number[] | null): (number | null)[] {
  return ids === null || ids.length > RELOAD_MARKER_THRESHOLD ? [null] : [...ids];
}

/**
 * Brings the search index up to date for these projects, from what the registry's tables
 * hold now: published ones are (re)indexed, drafts, archived and deleted ones leave it. Call
 * it in the transaction that wrote the projects, so the index never disagrees with them.
 * `insertProject` and `replaceProject` call it themselves; bulk writers (imports) call it
 * once after writing.
 * @example await reindexProjects(trx, [41, 42, 43])
 */
export async function reindexProjects(db: SpojniaDb, projectIds: readonly number[]): Promise<void> {
  noteLocalWrite();
  const ids = [...new Set(projectIds)];
  for (let start = 0; start < ids.length; start += INDEX_BATCH_SIZE) {
    await indexBatch(db, ids.slice(start, start + INDEX_BATCH_SIZE));
  }
  await logChanges(db, ids);
}

/**
 * Reindexes the projects an organisation carries out or takes part in: call it after renaming
 * an organisation, since its names are searchable text of those projects.
 */
export async function reindexProjectsOfOrganisation(db: SpojniaDb, organisationId: number): Promise<void> {
  const [asBeneficiary, asPartner] = await Promise.all([
    db.selectFrom('projects').select('id').where('beneficiary_id', '=', organisationId).execute(),
    db
      .selectFrom('project_partners')
      .select('project_id as id')
      .where('organisation_id', '=', organisationId)
      .execute(),
  ]);
  await reindexProjects(
    db,
    [...asBeneficiary, ...asPartner].map((row) => row.id),
  );
}

/** Rebuilds the whole index from the registry's tables, e.g. after restoring a backup by hand. */
export async function reindexAllProjects(db: SpojniaDb): Promise<number> {
  noteLocalWrite();
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('projects')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(INDEX_BATCH_SIZE)
      .execute();
    if (rows.length === 0) break;
    const ids = rows.map((row) => row.id);
    await indexBatch(db, ids);
    count += ids.length;
    after = ids[ids.length - 1] ?? after;
  }
  // Rows of projects that no longer exist cannot remain: search_documents cascades on delete.
  await logChanges(db, null);
  return count;
}

async function indexBatch(db: SpojniaDb, ids: readonly number[]): Promise<void> {
  const sources = await readSearchSources(db, ids);
  const documents = sources.filter((source) => source.isPublished).map(buildSearchDocument);
  const text = textIndexWriterFor(db);
  await db
    .deleteFrom('search_documents')
    .where('project_id', 'in', [...ids])
    .execute();
  await text.remove(db, ids);
  if (documents.length === 0) return;
  await text.add(
    db,
    documents.map((document) => ({ projectId: document.row.project_id, text: document.text })),
  );
  await db
    .insertInto('search_documents')
    .values(documents.map((document) => document.row))
    .execute();
  await saveMunicipalities(db, documents);
}

async function saveMunicipalities(db: SpojniaDb, documents: readonly SearchDocument[]): Promise<void> {
  const byKey = new Map(documents.flatMap((document) => document.municipalities.map((m) => [m.key, m] as const)));
  if (byKey.size === 0) return;
  await db
    .insertInto('search_municipalities')
    .values([...byKey.values()].map((m) => ({ key: m.key, name: m.name, voivodeship: m.voivodeship })))
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        voivodeship: eb.ref('excluded.voivodeship'),
      })),
    )
    .execute();
}

/**
 * Appends to the change log that running servers follow (null: "reload everything"), and
 * drops entries so old that any server still behind them reloads anyway.
 */
async function logChanges(db: SpojniaDb, ids: readonly number[] | null): Promise<void> {
  const entries = changeLogEntries(ids);
  if (entries.length === 0) return;
  for (let start = 0; start < entries.length; start += INDEX_BATCH_SIZE) {
    await db
      .insertInto('search_changes')
      .values(entries.slice(start, start + INDEX_BATCH_SIZE).map((projectId) => ({ project_id: projectId })))
      .execute();
  }
  const newest = await db
    .selectFrom('search_changes')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const cut = Number(newest?.id ?? 0) - CHANGE_LOG_KEPT;
  if (cut > 0) await db.deleteFrom('search_changes').where('id', '<=', cut).execute();
}
