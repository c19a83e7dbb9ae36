import { AUDIT_ACTIONS, type AuditEvent } from '../../../domain/audit.js';
import type { AdminContext } from '../context.js';
import { Pager } from './components/pager.js';
import { AdminLayout } from './layout.js';

export function AuditPage({
  ctx,
  events,
  total,
  page,
  pageSize,
  action,
}: {
  ctx: AdminContext;
  events: readonly AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  action: string | undefined;
}) {
  const { t, paths } = ctx;
  const columns = t.audit.columns;
  return (
    <AdminLayout ctx={ctx} title={t.audit.title} section="audit">
      <h1>{t.audit.title}</h1>
      <form method="get" action={paths.auditLog()} class="filters">
        <div class="field">
          <label for="audit-action">{t.audit.action}</label>
          <select id="audit-action" name="zdarzenie" class="input">
            <option value="">{t.audit.anyAction}</option>
            {AUDIT_ACTIONS.map((name) => (
              <option key={name} value={name} selected={name === action}>
                {t.audit.actions[name]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t.common.filter}
        </button>
      </form>
      <p role="status">{t.common.results(total)}</p>
      {events.length === 0 ? (
        <p>{t.audit.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <caption>{t.audit.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.when}</th>
                <th scope="col">{columns.who}</th>
                <th scope="col">{columns.what}</th>
                <th scope="col">{columns.subject}</th>
                <th scope="col">{columns.details}</th>
                <th scope="col">{columns.ip}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <time dateTime={event.occurredAt}>{t.dateTime(event.occurredAt)}</time>
                  </th>
                  <td>{event.actorEmail ?? t.common.none}</td>
                  <td>{t.audit.actions[event.action] ?? event.action}</td>
                  <td>{event.subjectLabel ?? t.common.none}</td>
                  <td>
                    {Object.entries(event.details)
                      .map(([key, value]) => `${key}: ${value}`)
                      .join('; ')}
                  </td>
                  <td>{event.ip ?? t.common.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        ctx={ctx}
        page={page}
        pageSize={pageSize}
        total={total}
        url={(n) => paths.auditLog({ zdarzenie: action, strona: n > 1 ? n : undefined })}
      />
    </AdminLayout>
  );
}
