import type { SpojniaDb } from '../database.js';

/**
 * Deletes the given organisations that no project names as beneficiary or partner, and
 * returns how many went. An import calls it for organisations it created for rows it then
 * rejected, so a rejected row leaves nothing behind.
 */
export async function deleteUnusedOrganisations(db: SpojniaDb, ids: readonly number[]): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < ids.length; start += 500) {
    const result = await db
      .deleteFrom('organisations')
      .where('id', 'in', ids.slice(start, start + 500))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('projects').select('id').whereRef('projects.beneficiary_id', '=', 'organisations.id'),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('project_partners')
              .select('project_id')
              .whereRef('project_partners.organisation_id', '=', 'organisations.id'),
          ),
        ),
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}

/** Deletes the given programmes no project is filed under; returns how many went. */
export async function deleteUnusedProgrammes(db: SpojniaDb, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .deleteFrom('programmes')
    .where('id', 'in', [...ids])
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('projects').select('id').whereRef('projects.programme_id', '=', 'programmes.id'))),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
