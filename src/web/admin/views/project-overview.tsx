import type { EditorialState } from '../../../domain/codes.js';
import {
  canDeleteProject,
  canManageProjectImages,
  canPublishProject,
  EDITORIAL_TRANSITIONS,
  type ProjectAccess,
} from '../../../domain/policies.js';
import type { Project } from '../../../domain/project.js';
import { breakdownWarnings } from '../../../domain/validate-project.js';
import type { AdminContext } from '../context.js';
import { PostForm } from './components/fields.js';
import { AdminLayout } from './layout.js';

function stateButtonLabel(ctx: AdminContext, from: EditorialState, to: EditorialState): string {
  const { projects } = ctx.t;
  if (to === 'published') return projects.publish;
  if (to === 'archived') return projects.archive;
  return from === 'archived' ? projects.restoreFromArchive : projects.unpublish;
}

/** A stored project's publication state, warnings and the actions the signed-in person may take. */
export function ProjectToolbar({
  ctx,
  project,
  access,
}: {
  ctx: AdminContext;
  project: Project;
  access: ProjectAccess;
}) {
  const { t, paths } = ctx;
  const user = ctx.session?.user;
  const warnings = breakdownWarnings(project);
  return (
    <section class="project-toolbar" aria-labelledby="toolbar-heading">
      <h2 id="toolbar-heading" class="visually-hidden">
        {t.common.actions}
      </h2>
      <p>
        <span class={`state state--${project.editorialState}`}>
          {t.projects.stateNow(t.states[project.editorialState])}
        </span>{' '}
        {project.isDemo ? <span class="muted">({t.common.demo})</span> : null}
      </p>
      {project.editorialState !== 'published' ? <p class="muted">{t.projects.draftNotice}</p> : null}
      {warnings.length > 0 ? (
        <ul class="notice notice--warning">
          {warnings.map((warning) => (
            <li key={warning.code}>{ctx.codes.warning[warning.code] ?? warning.message}</li>
          ))}
        </ul>
      ) : null}
      <ul class="toolbar-links">
        <li>
          <a href={paths.projectPreview(project.id)}>{t.projects.preview}</a>
        </li>
        {project.editorialState === 'published' ? (
          <li>
            <a href={ctx.publicPaths.project(project.slug)}>{t.projects.publicLink}</a>
          </li>
        ) : null}
        <li>
          <a href={paths.projectHistory(project.id)}>{t.projects.history}</a>
        </li>
        {user && canManageProjectImages(user, access) ? (
          <li>
            <a href={paths.projectImages(project.id)}>{t.projects.images}</a>
          </li>
        ) : null}
        {user && canDeleteProject(user, access) ? (
          <li>
            <a href={paths.projectDelete(project.id)}>{t.projects.delete}</a>
          </li>
        ) : null}
      </ul>
      {user && canPublishProject(user, access) ? (
        <div class="toolbar-actions">
          {EDITORIAL_TRANSITIONS[project.editorialState].map((to) => (
            <PostForm ctx={ctx} action={paths.projectState(project.id)} class="inline-form" key={to}>
              <input type="hidden" name="to" value={to} />
              <button type="submit" class={to === 'published' ? 'button' : 'button button--secondary'}>
                {stateButtonLabel(ctx, project.editorialState, to)}
              </button>
            </PostForm>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** What a person who may read but not edit a project sees. */
export function ProjectReadOnlyPage({
  ctx,
  project,
  access,
}: {
  ctx: AdminContext;
  project: Project;
  access: ProjectAccess;
}) {
  const { t, codes } = ctx;
  return (
    <AdminLayout ctx={ctx} title={project.title} section="projects">
      <h1>{project.title}</h1>
      <ProjectToolbar ctx={ctx} project={project} access={access} />
      <p>{t.projects.readOnly}</p>
      <dl class="facts">
        <dt>{t.projects.columns.beneficiary}</dt>
        <dd>{project.beneficiary?.name ?? t.common.none}</dd>
        <dt>{t.projects.columns.status}</dt>
        <dd>{codes.status[project.status]}</dd>
        <dt>{t.projects.lastChange}</dt>
        <dd>{t.dateTime(project.updatedAt)}</dd>
      </dl>
    </AdminLayout>
  );
}
