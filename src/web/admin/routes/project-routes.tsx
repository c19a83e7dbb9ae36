import { EDITORIAL_STATES, type EditorialState, isOneOf } from '../../../domain/codes.js';
import { AppError } from '../../../domain/errors.js';
import { canEditProject, canRestoreRevision } from '../../../domain/policies.js';
import { removeMediaFiles } from '../../../services/media/media-store.js';
import { changeEditorialState } from '../../../services/projects/change-editorial-state.js';
import { deleteProject } from '../../../services/projects/delete-project.js';
import { browseProjectsForEditors } from '../../../services/projects/editorial-queries.js';
import {
  compareWithPrevious,
  getRevisionSnapshot,
  listProjectRevisions,
} from '../../../services/revisions/browse-revisions.js';
import { loadProjectById } from '../../../services/revisions/record-revision.js';
import { restoreRevision } from '../../../services/revisions/restore-revision.js';
import { polishContext } from '../../context.js';
import { renderPage } from '../../render.js';
import { ProjectPage } from '../../views/pages/project-page.js';
import { type AdminRoute, idParam, type RouteArgs } from '../routing.js';
import { field, unknownFields } from '../security/form-body.js';
import { DeleteProjectPage } from '../views/delete-project-page.js';
import { renderAdminError } from '../views/error-page.js';
import { RevisionPage, RevisionsPage } from '../views/history-pages.js';
import { ProjectListPage } from '../views/project-list-page.js';
import { ADMIN_PAGE_SIZE, pageNumber } from './page-query.js';
import { projectFormRoutes } from './project-form-routes.js';

function signedIn(args: RouteArgs) {
  if (!args.session) throw new AppError('not_found', 'No session');
  return args.session.user;
}

function routeProject(args: RouteArgs) {
  if (!args.project) throw new AppError('not_found', 'No project');
  return args.project;
}

async function listProjects(args: RouteArgs) {
  const { reply, ctx, deps, query } = args;
  const user = signedIn(args);
  const page = pageNumber(query.strona);
  const state = isOneOf(EDITORIAL_STATES, query.stan) ? query.stan : undefined;
  const text = query.q?.slice(0, 200);
  const mine = query.moje === '1' && user.role === 'editor';
  const result = await browseProjectsForEditors(
    deps.db,
    { state, text, organisationSlugs: mine ? user.organisationSlugs : undefined },
    { page, pageSize: ADMIN_PAGE_SIZE },
  );
  return renderPage(
    reply,
    <ProjectListPage
      ctx={ctx}
      rows={result.items}
      total={result.total}
      page={page}
      pageSize={ADMIN_PAGE_SIZE}
      filters={{ state, text, mine }}
    />,
  );
}

async function changeState(args: RouteArgs) {
  const { reply, ctx, deps, body } = args;
  const user = signedIn(args);
  const project = routeProject(args);
  const to = field(body, 'to');
  if (unknownFields(body, (name) => name === 'to').length > 0 || !isOneOf(EDITORIAL_STATES, to)) {
    return renderAdminError(reply, ctx, 400);
  }
  try {
    await changeEditorialState(deps.db, project.id, to as EditorialState, { id: user.id, email: user.email });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') {
      return renderAdminError(reply, ctx, 409, 'conflict', [ctx.t.problems.same_state ?? error.message]);
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.project(project.id), to), 303);
}

async function confirmDelete(args: RouteArgs) {
  const project = routeProject(args);
  return renderPage(args.reply, <DeleteProjectPage ctx={args.ctx} project={project} />);
}

async function removeProject(args: RouteArgs) {
  const { reply, ctx, deps, body } = args;
  const user = signedIn(args);
  const project = routeProject(args);
  if (unknownFields(body, () => false).length > 0) return renderAdminError(reply, ctx, 400);
  const { orphanedFiles } = await deleteProject(deps.db, project.id, { id: user.id, email: user.email });
  await removeMediaFiles(deps.mediaFolder, orphanedFiles);
  return reply.redirect(ctx.paths.withNotice(ctx.paths.projects, 'deleted'), 303);
}

/** The public page of a project in any state, as it will look once published. */
async function preview(args: RouteArgs) {
  const project = await loadProjectById(args.deps.db, routeProject(args).id);
  return renderPage(args.reply, <ProjectPage ctx={polishContext()} project={project} />);
}

async function history(args: RouteArgs) {
  const project = routeProject(args);
  const revisions = await listProjectRevisions(args.deps.db, project.id);
  return renderPage(args.reply, <RevisionsPage ctx={args.ctx} project={project} revisions={revisions} />);
}

async function revision(args: RouteArgs) {
  const user = signedIn(args);
  const project = routeProject(args);
  const number = idParam(args.params, 'number');
  const comparison = await compareWithPrevious(args.deps.db, project.id, number);
  return renderPage(
    args.reply,
    <RevisionPage
      ctx={args.ctx}
      project={project}
      comparison={comparison}
      canRestore={canEditProject(user, project)}
    />,
  );
}

async function restore(args: RouteArgs) {
  const { reply, ctx, deps, body } = args;
  const user = signedIn(args);
  const project = routeProject(args);
  const number = idParam(args.params, 'number');
  if (unknownFields(body, () => false).length > 0) return renderAdminError(reply, ctx, 400);
  const snapshot = await getRevisionSnapshot(deps.db, project.id, number);
  const restored = {
    beneficiarySlug: snapshot.project.beneficiarySlug,
    partnerSlugs: snapshot.project.partners.map((partner) => partner.organisationSlug),
    editorialState: project.editorialState,
  };
  if (!canRestoreRevision(user, project, restored)) return renderAdminError(reply, ctx, 403);
  try {
    await restoreRevision(deps.db, project.id, number, { id: user.id, email: user.email });
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') {
      return renderAdminError(
        reply,
        ctx,
        409,
        'conflict',
        error.problems.map((item) => ctx.t.problems[item.code] ?? item.message),
      );
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.projectHistory(project.id), 'saved'), 303);
}

export const projectRoutes: readonly AdminRoute[] = [
  { name: 'projects.list', method: 'GET', path: (p) => p.projects, access: 'canViewAdmin', handle: listProjects },
  ...projectFormRoutes,
  {
    name: 'projects.state',
    method: 'POST',
    path: (p) => p.projectState(':id'),
    access: 'canPublishProject',
    handle: changeState,
  },
  {
    name: 'projects.confirmDelete',
    method: 'GET',
    path: (p) => p.projectDelete(':id'),
    access: 'canDeleteProject',
    handle: confirmDelete,
  },
  {
    name: 'projects.delete',
    method: 'POST',
    path: (p) => p.projectDelete(':id'),
    access: 'canDeleteProject',
    handle: removeProject,
  },
  {
    name: 'projects.preview',
    method: 'GET',
    path: (p) => p.projectPreview(':id'),
    access: 'canViewProject',
    handle: preview,
  },
  {
    name: 'projects.history',
    method: 'GET',
    path: (p) => p.projectHistory(':id'),
    access: 'canViewProject',
    handle: history,
  },
  {
    name: 'projects.revision',
    method: 'GET',
    path: (p) => p.projectRevision(':id', ':number'),
    access: 'canViewProject',
    handle: revision,
  },
  {
    name: 'projects.restore',
    method: 'POST',
    path: (p) => p.projectRestore(':id', ':number'),
    access: 'canEditProject',
    handle: restore,
  },
];
