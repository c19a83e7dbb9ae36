import { invalidInput, notFound } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { Programme, ProgrammeInput } from '../../domain/programme.js';
import { validateProgramme } from '../../domain/validate-taxonomies.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  findProgrammeById,
  insertProgramme,
  programmeClashes,
  updateProgrammeRow,
} from '../../storage/repositories/programme-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';

async function check(db: SpojniaDb, input: ProgrammeInput, exceptId?: number): Promise<void> {
  const problems = validateProgramme(input);
  const clashes = await programmeClashes(db, input, exceptId);
  if (clashes.slug) problems.push(problem('slug', 'slug_taken', `Another programme uses the slug "${input.slug}"`));
  if (clashes.code) problems.push(problem('code', 'code_taken', `Another programme has the code ${input.code}`));
  if (problems.length > 0) throw invalidInput(problems);
}

export async function createProgramme(
  db: SpojniaDb,
  input: ProgrammeInput,
  author: Author,
  now = new Date(),
): Promise<number> {
  await check(db, input);
  return db.transaction().execute(async (trx) => {
    const id = await insertProgramme(trx, input);
    await recordAuditEvent(
      trx,
      {
        action: 'programme_created',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'programme',
        subjectId: id,
        subjectLabel: input.shortName,
      },
      now,
    );
    return id;
  });
}

export async function updateProgramme(
  db: SpojniaDb,
  id: number,
  input: ProgrammeInput,
  author: Author,
  now = new Date(),
): Promise<void> {
  if (!(await findProgrammeById(db, id))) throw notFound(`Programme ${id}`);
  await check(db, input, id);
  await db.transaction().execute(async (trx) => {
    await updateProgrammeRow(trx, id, input);
    await recordAuditEvent(
      trx,
      {
        action: 'programme_updated',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'programme',
        subjectId: id,
        subjectLabel: input.shortName,
      },
      now,
    );
  });
}

export async function getProgramme(db: SpojniaDb, id: number): Promise<Programme> {
  const programme = await findProgrammeById(db, id);
  if (!programme) throw notFound(`Programme ${id}`);
  return programme;
}
