import { AppError } from '../../../domain/errors.js';
import type { Organisation } from '../../../domain/organisation.js';
import { type Problem, problem } from '../../../domain/problems.js';
import type { Programme, Topic } from '../../../domain/programme.js';
import { setOrganisationLogo } from '../../../services/media/organisation-logo.js';
import { imageWordsProblems } from '../../../services/media/project-images.js';
import {
  createOrganisation,
  getOrganisation,
  listAllOrganisations,
  updateOrganisation,
} from '../../../services/organisations/save-organisation.js';
import { listAllProgrammes } from '../../../services/programmes/list-programmes.js';
import { createProgramme, getProgramme, updateProgramme } from '../../../services/programmes/save-programme.js';
import { createTopic, getTopic, listTopicsForEditors, updateTopic } from '../../../services/topics/save-topic.js';
import { renderPage } from '../../render.js';
import type { AdminContext } from '../context.js';
import { type FormShape, type FormValues, readForm } from '../forms/form-values.js';
import {
  ORGANISATION_FORM,
  organisationToValues,
  type Parsed,
  PROGRAMME_FORM,
  parseOrganisationForm,
  parseProgrammeForm,
  parseTopicForm,
  programmeToValues,
  TOPIC_FORM,
  topicToValues,
} from '../forms/registry-forms.js';
import type { AdminPaths } from '../paths.js';
import type { PolicyName } from '../policies.js';
import { type AdminRoute, idParam, type RouteArgs } from '../routing.js';
import { field, unknownFields } from '../security/form-body.js';
import { ErrorSummary } from '../views/components/error-summary.js';
import { imageLabelOf, type UploadAttempt, uploadProblems } from '../views/components/upload-form.js';
import { renderAdminError } from '../views/error-page.js';
import { OrganisationLogoSection } from '../views/organisation-logo.js';
import { RegistryFormPage, type RegistryKind, RegistryListPage } from '../views/registry-pages.js';

type Author = { id: number; email: string };

/** What differs between organisations, programmes and topics; the routes are otherwise one recipe. */
interface RegistryKindSpec<T, I> {
  readonly kind: RegistryKind;
  readonly access: PolicyName;
  readonly list: (paths: AdminPaths) => string;
  readonly create: (paths: AdminPaths) => string;
  readonly item: (paths: AdminPaths, id: number | string) => string;
  readonly shape: FormShape;
  readonly load: (args: RouteArgs, id: number) => Promise<T>;
  readonly all: (args: RouteArgs) => Promise<readonly (T & { id: number })[]>;
  readonly toValues: (item: T) => FormValues;
  readonly parse: (values: FormValues, existing: T | null) => Parsed<I>;
  readonly insert: (args: RouteArgs, input: I, author: Author) => Promise<number>;
  readonly update: (args: RouteArgs, id: number, input: I, author: Author) => Promise<void>;
  readonly title: (ctx: AdminContext, item: T | null) => string;
  readonly listing: (ctx: AdminContext) => {
    heading: string;
    newLabel: string;
    caption: string;
    columns: readonly string[];
  };
  readonly cells: (ctx: AdminContext, item: T) => readonly string[];
  readonly after?: (args: RouteArgs, item: T & { id: number }) => ReturnType<typeof OrganisationLogoSection> | null;
}

function author(args: RouteArgs): Author {
  if (!args.session) throw new AppError('not_found', 'No session');
  return { id: args.session.user.id, email: args.session.user.email };
}

function registryRoutesOf<T, I>(spec: RegistryKindSpec<T, I>): AdminRoute[] {
  const render = async (
    args: RouteArgs,
    existing: (T & { id: number }) | null,
    values: FormValues,
    problems: readonly Problem[],
    status = 200,
    general?: string[],
  ) =>
    renderPage(
      args.reply,
      <RegistryFormPage
        ctx={args.ctx}
        kind={spec.kind}
        heading={spec.title(args.ctx, existing)}
        action={existing ? spec.item(args.ctx.paths, existing.id) : spec.create(args.ctx.paths)}
        cancelUrl={spec.list(args.ctx.paths)}
        values={values}
        problems={problems}
        general={general}
        after={existing && spec.after ? spec.after(args, existing) : null}
      />,
      status,
    );

  const submit = async (args: RouteArgs, existing: (T & { id: number }) | null) => {
    const { values, unknown } = readForm(args.body.fields, spec.shape);
    if (unknown.length > 0)
      return render(args, existing, values, [], 400, [args.ctx.t.common.unknownFields(unknown.slice(0, 5).join(', '))]);
    const parsed = spec.parse(values, existing);
    if (!parsed.input) return render(args, existing, values, parsed.problems, 400);
    try {
      let id: number;
      if (existing) {
        await spec.update(args, existing.id, parsed.input, author(args));
        id = existing.id;
      } else {
        id = await spec.insert(args, parsed.input, author(args));
      }
      return args.reply.redirect(
        args.ctx.paths.withNotice(spec.item(args.ctx.paths, id), existing ? 'saved' : 'created'),
        303,
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_input') {
        return render(args, existing, values, error.problems, 400);
      }
      throw error;
    }
  };

  const loadWithId = async (args: RouteArgs) => {
    const id = idParam(args.params, 'id');
    return { ...(await spec.load(args, id)), id };
  };

  const name = spec.kind;
  return [
    {
      name: `${name}.list`,
      method: 'GET',
      path: spec.list,
      access: spec.access,
      handle: async (args) => {
        const items = await spec.all(args);
        const listing = spec.listing(args.ctx);
        return renderPage(
          args.reply,
          <RegistryListPage
            ctx={args.ctx}
            kind={spec.kind}
            {...listing}
            newUrl={spec.create(args.ctx.paths)}
            rows={items.map((item) => ({
              id: item.id,
              href: spec.item(args.ctx.paths, item.id),
              cells: spec.cells(args.ctx, item),
            }))}
          />,
        );
      },
    },
    {
      name: `${name}.new`,
      method: 'GET',
      path: spec.create,
      access: spec.access,
      handle: (args) => render(args, null, new Map(), []),
    },
    {
      name: `${name}.create`,
      method: 'POST',
      path: spec.create,
      access: spec.access,
      handle: (args) => submit(args, null),
    },
    {
      name: `${name}.show`,
      method: 'GET',
      path: (p) => spec.item(p, ':id'),
      access: spec.access,
      handle: async (args) => {
        const existing = await loadWithId(args);
        return render(args, existing, spec.toValues(existing), []);
      },
    },
    {
      name: `${name}.save`,
      method: 'POST',
      path: (p) => spec.item(p, ':id'),
      access: spec.access,
      handle: async (args) => submit(args, await loadWithId(args)),
    },
  ];
}

const organisations: RegistryKindSpec<Organisation, ReturnType<typeof parseOrganisationForm>['input'] & object> = {
  kind: 'organisation',
  access: 'canManageOrganisations',
  list: (p) => p.organisations,
  create: (p) => p.newOrganisation,
  item: (p, id) => p.organisation(id),
  shape: ORGANISATION_FORM,
  load: (args, id) => getOrganisation(args.deps.db, id),
  all: (args) => listAllOrganisations(args.deps.db),
  toValues: organisationToValues,
  parse: parseOrganisationForm,
  insert: (args, input, by) => createOrganisation(args.deps.db, input, by),
  update: (args, id, input, by) => updateOrganisation(args.deps.db, id, input, by),
  title: (ctx, item) => (item ? ctx.t.organisations.editTitle(item.name) : ctx.t.organisations.newOrganisation),
  listing: (ctx) => ({
    heading: ctx.t.organisations.title,
    newLabel: ctx.t.organisations.newOrganisation,
    caption: ctx.t.organisations.caption,
    columns: Object.values(ctx.t.organisations.columns),
  }),
  cells: (ctx, item) => [item.name, ctx.codes.organisationKind[item.kind], item.city ?? '', item.country],
  after: (args, item) => <OrganisationLogoSection ctx={args.ctx} organisation={item} />,
};

const programmes: RegistryKindSpec<Programme, ReturnType<typeof parseProgrammeForm>['input'] & object> = {
  kind: 'programme',
  access: 'canManageTaxonomies',
  list: (p) => p.programmes,
  create: (p) => p.newProgramme,
  item: (p, id) => p.programme(id),
  shape: PROGRAMME_FORM,
  load: (args, id) => getProgramme(args.deps.db, id),
  all: (args) => listAllProgrammes(args.deps.db),
  toValues: programmeToValues,
  parse: (values) => parseProgrammeForm(values),
  insert: (args, input, by) => createProgramme(args.deps.db, input, by),
  update: (args, id, input, by) => updateProgramme(args.deps.db, id, input, by),
  title: (ctx, item) => (item ? ctx.t.programmes.editTitle(item.shortName) : ctx.t.programmes.newProgramme),
  listing: (ctx) => ({
    heading: ctx.t.programmes.title,
    newLabel: ctx.t.programmes.newProgramme,
    caption: ctx.t.programmes.caption,
    columns: Object.values(ctx.t.programmes.columns),
  }),
  cells: (_ctx, item) => [item.shortName, item.name, item.period, item.code ?? ''],
};

const topics: RegistryKindSpec<Topic, Topic> = {
  kind: 'topic',
  access: 'canManageTaxonomies',
  list: (p) => p.topics,
  create: (p) => p.newTopic,
  item: (p, id) => p.topic(id),
  shape: TOPIC_FORM,
  load: (args, id) => getTopic(args.deps.db, id),
  all: (args) => listTopicsForEditors(args.deps.db),
  toValues: topicToValues,
  parse: (values) => parseTopicForm(values),
  insert: (args, input, by) => createTopic(args.deps.db, input, by),
  update: (args, id, input, by) => updateTopic(args.deps.db, id, input, by),
  title: (ctx, item) =>
    item ? ctx.t.topics.editTitle(ctx.lang === 'en' ? item.nameEn : item.namePl) : ctx.t.topics.newTopic,
  listing: (ctx) => ({
    heading: ctx.t.topics.title,
    newLabel: ctx.t.topics.newTopic,
    caption: ctx.t.topics.caption,
    columns: Object.values(ctx.t.topics.columns),
  }),
  cells: (_ctx, item) => [item.namePl, item.nameEn, item.slug],
};

/** The organisation's form again, after a refused logo upload: its problems at the top and beside the fields, the words kept. */
async function renderRefusedLogo(args: RouteArgs, id: number, attempt: UploadAttempt) {
  const { ctx } = args;
  const organisation = { ...(await getOrganisation(args.deps.db, id)), id };
  return renderPage(
    args.reply,
    <RegistryFormPage
      ctx={ctx}
      kind="organisation"
      heading={organisations.title(ctx, organisation)}
      action={organisations.item(ctx.paths, id)}
      cancelUrl={organisations.list(ctx.paths)}
      values={organisations.toValues(organisation)}
      problems={[]}
      otherProblems={
        <ErrorSummary ctx={ctx} problems={uploadProblems(ctx, attempt)} labelOf={(path) => imageLabelOf(ctx, path)} />
      }
      after={<OrganisationLogoSection ctx={ctx} organisation={organisation} attempt={attempt} />}
    />,
    400,
  );
}

/** An organisation's logo: upload (multipart) or removal. */
async function organisationLogo(args: RouteArgs) {
  const { reply, ctx, deps, body } = args;
  const id = idParam(args.params, 'id');
  if (unknownFields(body, (name) => ['file', 'alt', 'credit', 'remove'].includes(name)).length > 0) {
    return renderAdminError(reply, ctx, 400);
  }
  const remove = field(body, 'remove') === '1';
  const words = { alt: field(body, 'alt'), credit: field(body, 'credit') };
  if (!remove && !body.file) {
    const problems = [problem('file', 'file_required', 'Choose a file'), ...imageWordsProblems(words)];
    return renderRefusedLogo(args, id, { kind: 'logo', ...words, problems });
  }
  try {
    await setOrganisationLogo(
      deps.db,
      deps.mediaFolder,
      id,
      remove || !body.file ? null : { data: body.file, ...words },
      author(args),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') {
      return renderRefusedLogo(args, id, { kind: 'logo', ...words, problems: error.problems });
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.organisation(id), remove ? 'removed' : 'uploaded'), 303);
}

export const registryRoutes: readonly AdminRoute[] = [
  ...registryRoutesOf(organisations),
  {
    name: 'organisation.logo',
    method: 'POST',
    path: (p) => p.organisationLogo(':id'),
    access: 'canManageOrganisations',
    upload: true,
    handle: organisationLogo,
  },
  ...registryRoutesOf(programmes),
  ...registryRoutesOf(topics),
];
