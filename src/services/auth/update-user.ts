import type { AuditEventInput } from '../../domain/audit.js';
import { notFound } from '../../domain/errors.js';
import type { Role, User } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import { deleteSessionsOfUser } from '../../storage/repositories/session-repository.js';
import {
  countActiveAdministrators,
  findUserById,
  replaceUserOrganisations,
  updateUserAccount,
} from '../../storage/repositories/user-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from './create-user.js';
import { lastAdministratorError, resolveOrganisations, roleProblems, throwIfProblems } from './user-input.js';

export interface UserChanges {
  readonly name: string;
  readonly role: Role;
  readonly isActive: boolean;
  readonly organisationSlugs: readonly string[];
}

/**
 * Changes a user's name, role, organisations or whether the account may sign in. Every
 * change of role, organisations and activity goes to the audit log; a deactivated account
 * is signed out everywhere. The last active administrator cannot be demoted or deactivated.
 */
export async function updateUser(
  db: SpojniaDb,
  userId: number,
  changes: UserChanges,
  author: Author,
  now = new Date(),
): Promise<User> {
  const before = await findUserById(db, userId);
  if (!before) throw notFound(`User ${userId}`);
  const organisations = await resolveOrganisations(db, changes.organisationSlugs);
  throwIfProblems([...roleProblems(changes.role), ...organisations.problems]);
  const losesAdministration =
    before.role === 'administrator' && before.isActive && (changes.role !== 'administrator' || !changes.isActive);
  return db.transaction().execute(async (trx) => {
    if (losesAdministration && (await countActiveAdministrators(trx)) <= 1) throw lastAdministratorError();
    await updateUserAccount(trx, userId, changes, now.toISOString());
    await replaceUserOrganisations(trx, userId, organisations.ids);
    const subject: Omit<AuditEventInput, 'action'> = {
      actorId: author.id,
      actorEmail: author.email,
      subjectType: 'user',
      subjectId: userId,
      subjectLabel: before.email,
    };
    if (before.role !== changes.role) {
      await recordAuditEvent(
        trx,
        { ...subject, action: 'role_changed', details: { from: before.role, to: changes.role } },
        now,
      );
    }
    const oldSlugs = [...before.organisationSlugs].sort().join(', ');
    const newSlugs = [...new Set(changes.organisationSlugs)].sort().join(', ');
    if (oldSlugs !== newSlugs) {
      await recordAuditEvent(
        trx,
        { ...subject, action: 'organisations_assigned', details: { from: oldSlugs, to: newSlugs } },
        now,
      );
    }
    if (before.isActive !== changes.isActive) {
      await recordAuditEvent(
        trx,
        { ...subject, action: changes.isActive ? 'user_reactivated' : 'user_deactivated' },
        now,
      );
      if (!changes.isActive) await deleteSessionsOfUser(trx, userId);
    }
    if (before.name !== changes.name.trim()) {
      await recordAuditEvent(trx, { ...subject, action: 'user_updated', details: { name: changes.name.trim() } }, now);
    }
    return (await findUserById(trx, userId)) as User;
  });
}
