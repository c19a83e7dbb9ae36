import { AppError } from '../../../domain/errors.js';
import { canEditProject, canSaveProjectAs } from '../../../domain/policies.js';
import { type Problem, problem } from '../../../domain/problems.js';
import type { ProjectInput } from '../../../domain/project.js';
import { projectToInput } from '../../../domain/project-input.js';
import { listProjectChoices } from '../../../services/projects/editorial-queries.js';
import { createProjectWithRevision, editProject } from '../../../services/projects/editorial-saves.js';
import { loadProjectById } from '../../../services/revisions/record-revision.js';
import { renderPage } from '../../render.js';
import { readForm } from '../forms/form-values.js';
import { allFormProblems, parseProjectForm, projectToFormValues } from '../forms/project-form.js';
import { PROJECT_FORM, PROJECT_GROUP_NAMES } from '../forms/project-shape.js';
import type { AdminRoute, RouteArgs } from '../routing.js';
import { field } from '../security/form-body.js';
import { ProjectFormPage } from '../views/project-form/project-form-page.js';
import { ProjectReadOnlyPage, ProjectToolbar } from '../views/project-overview.js';
import { loadProjectChoices } from './project-choices.js';

const NEW_PROJECT_BASE: Pick<ProjectInput, 'editorialState' | 'provenance' | 'isDemo' | 'logoUrl'> = {
  editorialState: 'draft',
  provenance: { source: 'manual', file: null, row: null },
  isDemo: false,
  logoUrl: null,
};

/** Problems of a refused save, or the error itself when it is not about the input. */
function problemsOf(error: unknown): Problem[] {
  if (
    error instanceof AppError &&
    (error.code === 'invalid_input' || error.code === 'conflict') &&
    error.problems.length > 0
  ) {
    return [...error.problems];
  }
  throw error;
}

async function showNewForm({ reply, ctx, deps, session }: RouteArgs) {
  const user = session?.user;
  if (!user) throw new AppError('not_found', 'No session');
  const values = new Map([
    ['currency', 'PLN'],
    ['status', 'planned'],
  ]) as Map<string, string>;
  if (user.role === 'editor' && user.organisationSlugs.length === 1) {
    values.set('beneficiarySlug', user.organisationSlugs[0] as string);
  }
  const choices = await loadProjectChoices(deps.db, ctx, user);
  return renderPage(
    reply,
    <ProjectFormPage
      ctx={ctx}
      heading={ctx.t.projects.newTitle}
      action={ctx.paths.newProject}
      values={values}
      problems={[]}
      choices={choices}
      cancelUrl={ctx.paths.projects}
    />,
  );
}

/**
 * Handles a submitted project form, new or edited: refuses unknown fields, adds a row when
 * asked, reads and checks every field, makes sure an editor keeps the project within their
 * organisations, then saves through the service. Any refusal shows the form again with
 * everything typed and every problem next to its field; nothing is saved then.
 */
async function submitProjectForm(args: RouteArgs, editing: boolean) {
  const { reply, ctx, deps, session, body, project } = args;
  const user = session?.user;
  if (!user) throw new AppError('not_found', 'No session');
  const { values, unknown } = readForm(body.fields, PROJECT_FORM);
  const action = field(body, '_action');
  const version = field(body, '_version');
  const stored = editing && project ? await loadProjectById(deps.db, project.id) : null;
  const heading = stored ? ctx.t.projects.editTitle(stored.title) : ctx.t.projects.newTitle;
  const formAction = project ? ctx.paths.project(project.id) : ctx.paths.newProject;
  const render = async (
    status: number,
    problems: readonly Problem[],
    extra: { general?: string[]; addedRowTo?: string } = {},
  ) =>
    renderPage(
      reply,
      <ProjectFormPage
        ctx={ctx}
        heading={heading}
        action={formAction}
        values={values}
        problems={problems}
        general={extra.general}
        addedRowTo={extra.addedRowTo}
        choices={await loadProjectChoices(deps.db, ctx, user)}
        version={stored ? version || stored.updatedAt : undefined}
        cancelUrl={project ? ctx.paths.project(project.id) : ctx.paths.projects}
      />,
      status,
    );
  if (unknown.length > 0)
    return render(400, [], { general: [ctx.t.common.unknownFields(unknown.slice(0, 5).join(', '))] });
  const added = /^add:(\w+)$/.exec(action)?.[1];
  if (added && PROJECT_GROUP_NAMES.includes(added)) return render(200, [], { addedRowTo: added });

  const titles = new Map((await listProjectChoices(deps.db)).map((choice) => [choice.slug, choice.title]));
  const parsed = parseProjectForm(values, {
    base: stored ? projectToInput(stored) : NEW_PROJECT_BASE,
    projectTitles: titles,
  });
  if (!parsed.input) return render(400, allFormProblems(parsed));
  const input = parsed.input;
  const saving = {
    beneficiarySlug: input.beneficiarySlug,
    partnerSlugs: input.partners.map((partner) => partner.organisationSlug),
  };
  if (!canSaveProjectAs(user, saving)) {
    return render(403, [problem('beneficiarySlug', 'not_your_organisation', 'Not one of your organisations')]);
  }
  const author = { id: user.id, email: user.email };
  try {
    if (project) {
      await editProject(deps.db, project.id, input, author, version || null);
      return reply.redirect(ctx.paths.withNotice(ctx.paths.project(project.id), 'saved'), 303);
    }
    const created = await createProjectWithRevision(deps.db, input, author);
    return reply.redirect(ctx.paths.withNotice(ctx.paths.project(created.id), 'created'), 303);
  } catch (error) {
    const problems = problemsOf(error);
    return render(problems.some((item) => item.code === 'stale_edit') ? 409 : 400, problems);
  }
}

async function showProject({ reply, ctx, deps, session, project }: RouteArgs) {
  const user = session?.user;
  if (!user || !project) throw new AppError('not_found', 'No project');
  const stored = await loadProjectById(deps.db, project.id);
  if (!canEditProject(user, project)) {
    return renderPage(reply, <ProjectReadOnlyPage ctx={ctx} project={stored} access={project} />);
  }
  return renderPage(
    reply,
    <ProjectFormPage
      ctx={ctx}
      heading={ctx.t.projects.editTitle(stored.title)}
      action={ctx.paths.project(project.id)}
      values={projectToFormValues(projectToInput(stored))}
      problems={[]}
      choices={await loadProjectChoices(deps.db, ctx, user)}
      version={stored.updatedAt}
      cancelUrl={ctx.paths.projects}
      toolbar={<ProjectToolbar ctx={ctx} project={stored} access={project} />}
    />,
  );
}

export const projectFormRoutes: readonly AdminRoute[] = [
  { name: 'projects.new', method: 'GET', path: (p) => p.newProject, access: 'canCreateProject', handle: showNewForm },
  {
    name: 'projects.create',
    method: 'POST',
    path: (p) => p.newProject,
    access: 'canCreateProject',
    handle: (args) => submitProjectForm(args, false),
  },
  {
    name: 'projects.show',
    method: 'GET',
    path: (p) => p.project(':id'),
    access: 'canViewProject',
    handle: showProject,
  },
  {
    name: 'projects.save',
    method: 'POST',
    path: (p) => p.project(':id'),
    access: 'canEditProject',
    handle: (args) => submitProjectForm(args, true),
  },
];
