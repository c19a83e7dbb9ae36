import { invalidInput, notFound } from '../../domain/errors.js';
import type { Organisation, OrganisationInput } from '../../domain/organisation.js';
import { problem } from '../../domain/problems.js';
import { validateOrganisation } from '../../domain/validate-taxonomies.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  findOrganisationById,
  insertOrganisation,
  isOrganisationSlugTaken,
  listOrganisations,
  updateOrganisationRow,
} from '../../storage/repositories/organisation-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';

async function check(db: SpojniaDb, input: OrganisationInput, exceptId?: number): Promise<void> {
  const problems = validateOrganisation(input);
  if (await isOrganisationSlugTaken(db, input.slug, exceptId)) {
    problems.push(problem('slug', 'slug_taken', `Another organisation already uses the slug "${input.slug}"`));
  }
  if (problems.length > 0) throw invalidInput(problems);
}

/** Adds an organisation after checking it; throws `invalid_input` with every problem. */
export async function createOrganisation(
  db: SpojniaDb,
  input: OrganisationInput,
  author: Author,
  now = new Date(),
): Promise<number> {
  await check(db, input);
  return db.transaction().execute(async (trx) => {
    const id = await insertOrganisation(trx, input);
    await recordAuditEvent(
      trx,
      {
        action: 'organisation_created',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'organisation',
        subjectId: id,
        subjectLabel: input.name,
      },
      now,
    );
    return id;
  });
}

/** Replaces an organisation's facts; its projects follow, as they refer to it by id. */
export async function updateOrganisation(
  db: SpojniaDb,
  id: number,
  input: OrganisationInput,
  author: Author,
  now = new Date(),
): Promise<void> {
  if (!(await findOrganisationById(db, id))) throw notFound(`Organisation ${id}`);
  await check(db, input, id);
  await db.transaction().execute(async (trx) => {
    await updateOrganisationRow(trx, id, input);
    await recordAuditEvent(
      trx,
      {
        action: 'organisation_updated',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'organisation',
        subjectId: id,
        subjectLabel: input.name,
      },
      now,
    );
  });
}

export async function getOrganisation(db: SpojniaDb, id: number): Promise<Organisation> {
  const organisation = await findOrganisationById(db, id);
  if (!organisation) throw notFound(`Organisation ${id}`);
  return organisation;
}

export async function listAllOrganisations(db: SpojniaDb): Promise<Organisation[]> {
  return listOrganisations(db);
}
