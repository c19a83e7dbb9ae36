import type { AuditAction } from '../../domain/audit.js';
import type { SpojniaDb } from '../../storage/database.js';
import { type AuditPage, listAuditEvents } from '../../storage/repositories/audit-repository.js';

export type { AuditPage };

/** A page of the audit log, newest first. */
export async function browseAuditLog(
  db: SpojniaDb,
  filter: { action?: AuditAction },
  page: { page: number; pageSize: number },
): Promise<AuditPage> {
  return listAuditEvents(db, filter, page);
}
