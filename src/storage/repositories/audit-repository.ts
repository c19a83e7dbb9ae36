import type { AuditAction, AuditEvent, AuditEventInput } from '../../domain/audit.js';
import type { SpojniaDb } from '../database.js';

export async function insertAuditEvent(db: SpojniaDb, event: AuditEventInput, now: string): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      occurred_at: now,
      action: event.action,
      actor_id: event.actorId ?? null,
      actor_email: event.actorEmail ?? null,
      subject_type: event.subjectType ?? null,
      subject_id: event.subjectId ?? null,
      subject_label: event.subjectLabel ?? null,
      details: JSON.stringify(event.details ?? {}),
      ip: event.ip ?? null,
    })
    .execute();
}

export interface AuditPage {
  readonly items: readonly AuditEvent[];
  readonly total: number;
}

/** Newest first; optionally only one kind of event. */
export async function listAuditEvents(
  db: SpojniaDb,
  filter: { action?: AuditAction },
  page: { page: number; pageSize: number },
): Promise<AuditPage> {
  let base = db.selectFrom('audit_events');
  if (filter.action !== undefined) base = base.where('action', '=', filter.action);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.count),
    items: rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      action: row.action as AuditAction,
      actorId: row.actor_id,
      actorEmail: row.actor_email,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      subjectLabel: row.subject_label,
      details: JSON.parse(row.details) as Record<string, string>,
      ip: row.ip,
    })),
  };
}
