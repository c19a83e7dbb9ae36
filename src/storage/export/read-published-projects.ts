import type { StoredProject } from '../bulk/bulk-store.js';
import { createKyselyBulkStore } from '../bulk/kysely-bulk-store.js';
import { findOrganisationsByIds } from '../bulk/registry-reader.js';
import type { SpojniaDb } from '../database.js';

/** Parts a row of an export shows; phases, news and indicators do not fit one row per project. */
const EXPORTED_PARTS = new Set(['funds', 'funding', 'places', 'partners', 'topics'] as const);

/**
 * The published projects among these ids, in the order given, with their organisations. A
 * project unpublished or deleted since the ids were found is left out, so a draft never leaves.
 */
export async function readPublishedProjects(db: SpojniaDb, ids: readonly number[]) {
  const found = await createKyselyBulkStore(db).readProjects(ids, EXPORTED_PARTS);
  const projects: StoredProject[] = [];
  for (const id of ids) {
    const project = found.get(id);
    if (project && project.editorialState === 'published') projects.push(project);
  }
  const organisationIds = new Set<number>();
  for (const project of projects) {
    if (project.beneficiaryId !== null) organisationIds.add(project.beneficiaryId);
    for (const partner of project.partners) organisationIds.add(partner.organisationId);
  }
  const organisations = await findOrganisationsByIds(db, [...organisationIds]);
  return { projects, organisations };
}
