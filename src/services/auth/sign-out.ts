import type { User } from '../../domain/user.js';
import type { SpojniaDb } from '../../storage/database.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { endSession } from './sessions.js';

export async function signOut(
  db: SpojniaDb,
  session: { user: User; tokenHash: string },
  ip: string | null,
  now = new Date(),
): Promise<void> {
  await endSession(db, session.tokenHash);
  await recordAuditEvent(
    db,
    {
      action: 'sign_out',
      actorId: session.user.id,
      actorEmail: session.user.email,
      subjectType: 'user',
      subjectId: session.user.id,
      subjectLabel: session.user.email,
      ip,
    },
    now,
  );
}
