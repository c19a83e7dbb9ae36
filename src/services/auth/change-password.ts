import { invalidInput, notFound } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { SpojniaDb } from '../../storage/database.js';
import { deleteSessionsOfUser } from '../../storage/repositories/session-repository.js';
import { findPasswordHash, findUserById, setPasswordHash } from '../../storage/repositories/user-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from './create-user.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';
import { passwordProblems } from './user-input.js';

/**
 * A person changes their own password: the current one must be right and the new one typed
 * twice. Their other sessions end; the one they use goes on.
 */
export async function changeOwnPassword(
  db: SpojniaDb,
  request: { userId: number; current: string; next: string; repeated: string; keepSessionHash: string },
  now = new Date(),
): Promise<void> {
  const hash = await findPasswordHash(db, request.userId);
  const user = await findUserById(db, request.userId);
  if (!hash || !user) throw notFound(`User ${request.userId}`);
  const problems = [];
  if (!(await verifyPassword(hash, request.current))) {
    problems.push(problem('current', 'wrong_password', 'The current password is not right'));
  }
  problems.push(...passwordProblems(request.next, 'next'));
  if (request.next !== request.repeated) {
    problems.push(problem('repeated', 'passwords_differ', 'The new password and its repetition differ'));
  }
  if (problems.length > 0) throw invalidInput(problems);
  const newHash = await hashPassword(request.next);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, request.userId, newHash, now.toISOString());
    await deleteSessionsOfUser(trx, request.userId, request.keepSessionHash);
    await recordAuditEvent(
      trx,
      {
        action: 'password_changed',
        actorId: user.id,
        actorEmail: user.email,
        subjectType: 'user',
        subjectId: user.id,
        subjectLabel: user.email,
      },
      now,
    );
  });
}

/**
 * An administrator sets a new generated password for someone (who forgot theirs); it is
 * returned to be shown once. The account is signed out everywhere and unlocked.
 */
export async function resetPassword(db: SpojniaDb, userId: number, author: Author, now = new Date()): Promise<string> {
  const user = await findUserById(db, userId);
  if (!user) throw notFound(`User ${userId}`);
  const password = generatePassword();
  const newHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, newHash, now.toISOString());
    await deleteSessionsOfUser(trx, userId);
    await recordAuditEvent(
      trx,
      {
        action: 'password_reset',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'user',
        subjectId: userId,
        subjectLabel: user.email,
      },
      now,
    );
  });
  return password;
}
