import type { Revision } from '../../../domain/revision.js';
import type { RevisionComparison } from '../../../services/revisions/browse-revisions.js';
import type { AdminContext } from '../context.js';
import type { ProjectInRoute } from '../routing.js';
import { PostForm } from './components/fields.js';
import { AdminLayout } from './layout.js';
import { labelOf } from './project-form/form-parts.js';

const SHOWN_PATHS = 4;

function Author({ ctx, revision }: { ctx: AdminContext; revision: Revision }) {
  return <>{revision.authorEmail ?? ctx.t.history.system}</>;
}

/** The list of saves of a project, newest first, each with who, when and what changed. */
export function RevisionsPage({
  ctx,
  project,
  revisions,
}: {
  ctx: AdminContext;
  project: ProjectInRoute;
  revisions: readonly Revision[];
}) {
  const { t, paths } = ctx;
  const heading = t.history.title(project.title);
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      <p>
        <a href={paths.project(project.id)}>{t.common.back}</a>
      </p>
      {revisions.length === 0 ? (
        <p>{t.history.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <caption>{t.history.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.columns.number}</th>
                <th scope="col">{t.history.columns.when}</th>
                <th scope="col">{t.history.columns.who}</th>
                <th scope="col">{t.history.columns.action}</th>
                <th scope="col">{t.history.columns.changed}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => {
                const shown = revision.changedPaths.slice(0, SHOWN_PATHS).map((path) => labelOf(ctx, path));
                const more = revision.changedPaths.length - shown.length;
                return (
                  <tr key={revision.id}>
                    <th scope="row">
                      <a href={paths.projectRevision(project.id, revision.number)}>
                        <span aria-hidden="true">{revision.number}</span>
                        <span class="visually-hidden">{t.history.show(revision.number)}</span>
                      </a>
                    </th>
                    <td>
                      <time dateTime={revision.createdAt}>{t.dateTime(revision.createdAt)}</time>
                    </td>
                    <td>
                      <Author ctx={ctx} revision={revision} />
                    </td>
                    <td>
                      {t.history.actions[revision.action]}
                      {revision.restoredFrom !== null ? ` (${t.history.restoredFrom(revision.restoredFrom)})` : ''}
                    </td>
                    <td>
                      {shown.join(', ')}
                      {more > 0 ? ` ${t.history.moreFields(more)}` : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

/** One save, field by field: value before and after, with the restore action. */
export function RevisionPage({
  ctx,
  project,
  comparison,
  canRestore,
}: {
  ctx: AdminContext;
  project: ProjectInRoute;
  comparison: RevisionComparison;
  canRestore: boolean;
}) {
  const { t, paths } = ctx;
  const { revision, changes } = comparison;
  const heading = t.history.diffTitle(revision.number, project.title);
  const shown = (value: string | null) => (value === null ? <span class="muted">{t.history.empty_value}</span> : value);
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      <p>
        <a href={paths.projectHistory(project.id)}>{t.projects.history}</a>
      </p>
      <p>
        {t.dateTime(revision.createdAt)} · <Author ctx={ctx} revision={revision} /> ·{' '}
        {t.history.actions[revision.action]}
      </p>
      {comparison.previous === null ? <p class="muted">{t.history.firstVersion}</p> : null}
      {changes.length === 0 ? (
        <p>{t.history.noChanges}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table diff-table">
            <caption>{t.history.diffCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.diffColumns.field}</th>
                <th scope="col">{t.history.diffColumns.before}</th>
                <th scope="col">{t.history.diffColumns.after}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.path}>
                  <th scope="row">{labelOf(ctx, change.path)}</th>
                  <td class="diff-before">{shown(change.before)}</td>
                  <td class="diff-after">{shown(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRestore ? (
        <section aria-labelledby="restore-heading">
          <h2 id="restore-heading">{t.history.restore(revision.number)}</h2>
          <p>{t.history.restoreText}</p>
          <PostForm ctx={ctx} action={paths.projectRestore(project.id, revision.number)}>
            <button type="submit" class="button">
              {t.history.restore(revision.number)}
            </button>
          </PostForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}
