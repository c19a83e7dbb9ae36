import { normaliseEmail, type User } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  clearFailedSignIns,
  findUserCredentials,
  recordFailedSignIn,
} from '../../storage/repositories/user-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { type NewSession, startSession } from './sessions.js';

/** After this many wrong passwords in a row the account is locked for a while. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { readonly outcome: 'signed_in'; readonly user: User; readonly session: NewSession }
  | { readonly outcome: 'invalid' }
  | { readonly outcome: 'locked'; readonly lockedUntil: string };

/**
 * Checks an e-mail and password. The count of failures and the lock are stored with the
 * account, so a restart does not lift them; every attempt goes to the audit log. An unknown
 * e-mail and a wrong password get the same answer and take the same time.
 */
export async function signIn(
  db: SpojniaDb,
  attempt: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(attempt.email).slice(0, 254);
  const credentials = await findUserCredentials(db, email);
  const audit = { actorEmail: email, ip: attempt.ip, subjectType: 'user' as const };
  if (!credentials?.user.isActive) {
    await verifyPassword(await decoyPasswordHash(), attempt.password);
    await recordAuditEvent(
      db,
      { ...audit, action: 'sign_in_failed', details: { reason: credentials ? 'inactive' : 'unknown_account' } },
      now,
    );
    return { outcome: 'invalid' };
  }
  const { user } = credentials;
  const subject = { ...audit, actorId: user.id, subjectId: user.id, subjectLabel: user.email };
  if (credentials.lockedUntil !== null && credentials.lockedUntil > now.toISOString()) {
    await recordAuditEvent(db, { ...subject, action: 'sign_in_failed', details: { reason: 'locked' } }, now);
    return { outcome: 'locked', lockedUntil: credentials.lockedUntil };
  }
  if (!(await verifyPassword(credentials.passwordHash, attempt.password))) {
    // A lock that has run out starts a new count.
    const previous = credentials.lockedUntil !== null ? 0 : credentials.failedSignIns;
    const failures = previous + 1;
    const lockedUntil =
      failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await recordFailedSignIn(db, user.id, lockedUntil ? 0 : failures, lockedUntil);
    await recordAuditEvent(
      db,
      { ...subject, action: 'sign_in_failed', details: { reason: 'wrong_password', failures: String(failures) } },
      now,
    );
    if (lockedUntil) {
      await recordAuditEvent(db, { ...subject, action: 'account_locked', details: { until: lockedUntil } }, now);
      return { outcome: 'locked', lockedUntil };
    }
    return { outcome: 'invalid' };
  }
  await clearFailedSignIns(db, user.id);
  const session = await startSession(db, user.id, now);
  await recordAuditEvent(db, { ...subject, action: 'sign_in' }, now);
  return { outcome: 'signed_in', user, session };
}
