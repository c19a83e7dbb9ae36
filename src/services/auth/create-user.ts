import { problem } from '../../domain/problems.js';
import { normaliseEmail, type Role } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import { insertUser, isEmailTaken, replaceUserOrganisations } from '../../storage/repositories/user-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { hashPassword } from './passwords.js';
import { emailProblems, passwordProblems, resolveOrganisations, roleProblems, throwIfProblems } from './user-input.js';

export interface NewUserInput {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly password: string;
  readonly organisationSlugs: readonly string[];
}

/** Who did it, as the audit log and revisions record it; null for the command line. */
export interface Author {
  readonly id: number;
  readonly email: string;
}

/**
 * Creates an account with an argon2id hash of its password and its organisations. Throws
 * `invalid_input` listing every problem (bad e-mail, taken e-mail, short password, unknown
 * organisation); nothing is written then.
 */
export async function createUser(
  db: SpojniaDb,
  input: NewUserInput,
  author: Author | null,
  now = new Date(),
): Promise<number> {
  const email = normaliseEmail(input.email);
  const problems = [...emailProblems(email), ...roleProblems(input.role), ...passwordProblems(input.password)];
  if (problems.length === 0 && (await isEmailTaken(db, email))) {
    problems.push(problem('email', 'email_taken', `An account with ${email} already exists`));
  }
  const organisations = await resolveOrganisations(db, input.organisationSlugs);
  throwIfProblems([...problems, ...organisations.problems]);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const id = await insertUser(
      trx,
      { email, name: input.name.trim(), role: input.role, passwordHash },
      now.toISOString(),
    );
    await replaceUserOrganisations(trx, id, organisations.ids);
    await recordAuditEvent(
      trx,
      {
        action: 'user_created',
        actorId: author?.id ?? null,
        actorEmail: author?.email ?? 'command line',
        subjectType: 'user',
        subjectId: id,
        subjectLabel: email,
        details: { role: input.role, organisations: [...input.organisationSlugs].sort().join(', ') },
      },
      now,
    );
    return id;
  });
}
