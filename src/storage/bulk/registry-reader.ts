import type { Organisation } from '../../domain/organisation.js';
import type { Programme } from '../../domain/programme.js';
import type { SpojniaDb } from '../database.js';
import { rowToOrganisation } from '../repositories/organisation-repository.js';
import { rowToProgramme } from '../repositories/programme-repository.js';
import { PROJECT_PARTS, type StoredProject } from './bulk-store.js';
import { createKyselyBulkStore } from './kysely-bulk-store.js';

const ALL_PARTS = new Set(PROJECT_PARTS);

/**
 * Every project of the registry with all its parts, in id order, a batch at a time
 * (keyset paging), so memory stays flat however large the registry is.
 */
export async function* readAllProjects(db: SpojniaDb, batchSize = 500): AsyncGenerator<StoredProject[]> {
  const store = createKyselyBulkStore(db);
  let after = 0;
  for (;;) {
    const ids = (
      await db.selectFrom('projects').select('id').where('id', '>', after).orderBy('id').limit(batchSize).execute()
    ).map((row) => row.id);
    if (ids.length === 0) return;
    const projects = await store.readProjects(ids, ALL_PARTS);
    yield ids.map((id) => projects.get(id)).filter((project) => project !== undefined);
    after = ids[ids.length - 1] as number;
  }
}

export async function listAllProgrammes(db: SpojniaDb): Promise<Map<number, Programme>> {
  const rows = await db.selectFrom('programmes').selectAll().execute();
  return new Map(rows.map((row) => [row.id, rowToProgramme(row)]));
}

export async function findOrganisationsByIds(
  db: SpojniaDb,
  ids: readonly number[],
): Promise<Map<number, Organisation>> {
  const found = new Map<number, Organisation>();
  for (let start = 0; start < ids.length; start += 500) {
    const group = ids.slice(start, start + 500);
    const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', group).execute();
    for (const row of rows) found.set(row.id, rowToOrganisation(row));
  }
  return found;
}

export async function listAllTopics(
  db: SpojniaDb,
): Promise<Map<number, { slug: string; namePl: string; nameEn: string }>> {
  const rows = await db.selectFrom('topics').selectAll().execute();
  return new Map(rows.map((row) => [row.id, { slug: row.slug, namePl: row.name_pl, nameEn: row.name_en }]));
}
