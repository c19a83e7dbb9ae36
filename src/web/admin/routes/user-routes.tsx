import { AUDIT_ACTIONS, type AuditAction } from '../../../domain/audit.js';
import { isOneOf } from '../../../domain/codes.js';
import { AppError } from '../../../domain/errors.js';
import type { Problem } from '../../../domain/problems.js';
import { ROLES, type Role, type User } from '../../../domain/user.js';
import { browseAuditLog } from '../../../services/audit/list-audit-events.js';
import { resetPassword } from '../../../services/auth/change-password.js';
import { createUser } from '../../../services/auth/create-user.js';
import { getUser, listAllUsers } from '../../../services/auth/list-users.js';
import { generatePassword } from '../../../services/auth/passwords.js';
import { updateUser } from '../../../services/auth/update-user.js';
import { listAllOrganisations } from '../../../services/organisations/save-organisation.js';
import { renderPage } from '../../render.js';
import { type FormShape, type FormValues, list, readForm, text } from '../forms/form-values.js';
import { type AdminRoute, idParam, type RouteArgs } from '../routing.js';
import { unknownFields } from '../security/form-body.js';
import { AuditPage } from '../views/audit-page.js';
import { renderAdminError } from '../views/error-page.js';
import { UserFormPage, UserListPage } from '../views/user-pages.js';
import { ADMIN_PAGE_SIZE, pageNumber } from './page-query.js';

const NEW_USER_FORM: FormShape = {
  scalars: ['email', 'name', 'role', 'password'],
  lists: ['organisationSlugs'],
  groups: {},
  controls: [],
};
const USER_FORM: FormShape = {
  scalars: ['name', 'role', 'isActive'],
  lists: ['organisationSlugs'],
  groups: {},
  controls: [],
};

function author(args: RouteArgs) {
  if (!args.session) throw new AppError('not_found', 'No session');
  return { id: args.session.user.id, email: args.session.user.email };
}

async function renderForm(
  args: RouteArgs,
  user: User | null,
  values: FormValues,
  problems: readonly Problem[],
  status = 200,
  extra: { general?: string[]; generatedPassword?: string | null } = {},
) {
  const organisations = await listAllOrganisations(args.deps.db);
  return renderPage(
    args.reply,
    <UserFormPage
      ctx={args.ctx}
      user={user}
      values={values}
      problems={problems}
      organisations={organisations.map((organisation) => [organisation.slug, organisation.name] as const)}
      {...extra}
    />,
    status,
  );
}

function userToValues(user: User): FormValues {
  return new Map<string, string | readonly string[]>([
    ['name', user.name],
    ['role', user.role],
    ['organisationSlugs', user.organisationSlugs],
    ['isActive', user.isActive ? '1' : ''],
  ]);
}

function problemsOf(error: unknown): readonly Problem[] {
  if (
    error instanceof AppError &&
    (error.code === 'invalid_input' || error.code === 'conflict') &&
    error.problems.length > 0
  ) {
    return error.problems;
  }
  throw error;
}

const roleOf = (values: FormValues): Role => {
  const role = text(values, 'role');
  return isOneOf(ROLES, role) ? role : ('invalid' as Role);
};

async function create(args: RouteArgs) {
  const { values, unknown } = readForm(args.body.fields, NEW_USER_FORM);
  if (unknown.length > 0)
    return renderForm(args, null, values, [], 400, { general: [args.ctx.t.common.unknownFields(unknown.join(', '))] });
  const typed = text(values, 'password');
  const password = typed === '' ? generatePassword() : typed;
  try {
    const id = await createUser(
      args.deps.db,
      {
        email: text(values, 'email'),
        name: text(values, 'name'),
        role: roleOf(values),
        password,
        organisationSlugs: list(values, 'organisationSlugs'),
      },
      author(args),
    );
    const user = await getUser(args.deps.db, id);
    // A generated password is shown on this one response and never again.
    return renderForm(args, user, userToValues(user), [], 201, { generatedPassword: typed === '' ? password : null });
  } catch (error) {
    return renderForm(args, null, values, problemsOf(error), 400);
  }
}

async function save(args: RouteArgs) {
  const user = await getUser(args.deps.db, idParam(args.params, 'id'));
  const { values, unknown } = readForm(args.body.fields, USER_FORM);
  if (unknown.length > 0)
    return renderForm(args, user, values, [], 400, { general: [args.ctx.t.common.unknownFields(unknown.join(', '))] });
  try {
    await updateUser(
      args.deps.db,
      user.id,
      {
        name: text(values, 'name'),
        role: roleOf(values),
        isActive: text(values, 'isActive') === '1',
        organisationSlugs: list(values, 'organisationSlugs'),
      },
      author(args),
    );
  } catch (error) {
    return renderForm(args, user, values, problemsOf(error), 400);
  }
  return args.reply.redirect(args.ctx.paths.withNotice(args.ctx.paths.user(user.id), 'saved'), 303);
}

async function reset(args: RouteArgs) {
  if (unknownFields(args.body, () => false).length > 0) return renderAdminError(args.reply, args.ctx, 400);
  const user = await getUser(args.deps.db, idParam(args.params, 'id'));
  const password = await resetPassword(args.deps.db, user.id, author(args));
  return renderForm(args, user, userToValues(user), [], 200, { generatedPassword: password });
}

async function auditLog(args: RouteArgs) {
  const page = pageNumber(args.query.strona);
  const action = isOneOf(AUDIT_ACTIONS, args.query.zdarzenie) ? (args.query.zdarzenie as AuditAction) : undefined;
  const result = await browseAuditLog(args.deps.db, { action }, { page, pageSize: ADMIN_PAGE_SIZE });
  return renderPage(
    args.reply,
    <AuditPage
      ctx={args.ctx}
      events={result.items}
      total={result.total}
      page={page}
      pageSize={ADMIN_PAGE_SIZE}
      action={action}
    />,
  );
}

export const userRoutes: readonly AdminRoute[] = [
  {
    name: 'users.list',
    method: 'GET',
    path: (p) => p.users,
    access: 'canManageUsers',
    handle: async (args) =>
      renderPage(args.reply, <UserListPage ctx={args.ctx} users={await listAllUsers(args.deps.db)} />),
  },
  {
    name: 'users.new',
    method: 'GET',
    path: (p) => p.newUser,
    access: 'canManageUsers',
    handle: (args) => renderForm(args, null, new Map([['role', 'editor']]), []),
  },
  { name: 'users.create', method: 'POST', path: (p) => p.newUser, access: 'canManageUsers', handle: create },
  {
    name: 'users.show',
    method: 'GET',
    path: (p) => p.user(':id'),
    access: 'canManageUsers',
    handle: async (args) => {
      const user = await getUser(args.deps.db, idParam(args.params, 'id'));
      return renderForm(args, user, userToValues(user), []);
    },
  },
  { name: 'users.save', method: 'POST', path: (p) => p.user(':id'), access: 'canManageUsers', handle: save },
  {
    name: 'users.resetPassword',
    method: 'POST',
    path: (p) => p.userPassword(':id'),
    access: 'canManageUsers',
    handle: reset,
  },
  { name: 'audit.list', method: 'GET', path: (p) => p.auditLog(), access: 'canViewAuditLog', handle: auditLog },
];
