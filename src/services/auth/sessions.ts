import type { User } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
} from '../../storage/repositories/session-repository.js';
import { findUserById } from '../../storage/repositories/user-repository.js';
import { hashToken, newToken } from './tokens.js';

/** A session ends after 12 hours whatever happens, or after 2 hours without a request. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Last-seen is written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface NewSession {
  /** Goes into the cookie and nowhere else. */
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function startSession(db: SpojniaDb, userId: number, now = new Date()): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await deleteExpiredSessions(db, now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  readonly user: User;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

/**
 * The signed-in user behind a cookie's token, or null when the session is unknown, expired,
 * idle for too long or its account was deactivated (such sessions are deleted).
 */
export async function resolveSession(db: SpojniaDb, token: string, now = new Date()): Promise<ActiveSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const session = await findSession(db, tokenHash);
  if (!session) return null;
  const idleLimit = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  const user = await findUserById(db, session.userId);
  if (session.expiresAt <= now.toISOString() || session.lastSeenAt <= idleLimit || !user?.isActive) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    // Best effort: while a long import holds SQLite's write lock, reading a page must not
    // fail because the last-seen time cannot be written; a later request writes it.
    await touchSession(db, tokenHash, now.toISOString()).catch(() => undefined);
  }
  return { user, csrfToken: session.csrfToken, tokenHash };
}

export async function endSession(db: SpojniaDb, tokenHash: string): Promise<void> {
  await deleteSession(db, tokenHash);
}
