/** What the audit log records. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_in_throttled',
  'account_locked',
  'sign_out',
  'password_changed',
  'password_reset',
  'user_created',
  'user_updated',
  'role_changed',
  'organisations_assigned',
  'user_deactivated',
  'user_reactivated',
  'project_created',
  'project_published',
  'project_unpublished',
  'project_archived',
  'project_deleted',
  'project_restored',
  'organisation_created',
  'organisation_updated',
  'programme_created',
  'programme_updated',
  'topic_created',
  'topic_updated',
  'file_imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventInput {
  readonly action: AuditAction;
  readonly actorId?: number | null;
  readonly actorEmail?: string | null;
  readonly subjectType?: 'user' | 'project' | 'organisation' | 'programme' | 'topic' | null;
  readonly subjectId?: number | null;
  readonly subjectLabel?: string | null;
  readonly details?: Readonly<Record<string, string>>;
  readonly ip?: string | null;
}

export interface AuditEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly action: AuditAction;
  readonly actorId: number | null;
  readonly actorEmail: string | null;
  readonly subjectType: string | null;
  readonly subjectId: number | null;
  readonly subjectLabel: string | null;
  readonly details: Readonly<Record<string, string>>;
  readonly ip: string | null;
}
