import type { AuditEventInput } from '../../domain/audit.js';
import type { SpojniaDb } from '../../storage/database.js';
import { insertAuditEvent } from '../../storage/repositories/audit-repository.js';

/** Writes one line of the audit log; pass the transaction of the change it records. */
export async function recordAuditEvent(db: SpojniaDb, event: AuditEventInput, now = new Date()): Promise<void> {
  await insertAuditEvent(db, event, now.toISOString());
}
