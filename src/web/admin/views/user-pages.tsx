import type { Problem } from '../../../domain/problems.js';
import { ROLES, type User } from '../../../domain/user.js';
import type { AdminContext } from '../context.js';
import { type FormValues, list, text } from '../forms/form-values.js';
import { ErrorSummary } from './components/error-summary.js';
import { Checkbox, CheckboxList, type Options, PostForm, SelectField, TextField } from './components/fields.js';
import { FormProblems, wordProblems } from './components/problems.js';
import { AdminLayout } from './layout.js';

export function UserListPage({ ctx, users }: { ctx: AdminContext; users: readonly User[] }) {
  const { t, paths } = ctx;
  const columns = t.users.columns;
  return (
    <AdminLayout ctx={ctx} title={t.users.title} section="users">
      <h1>{t.users.title}</h1>
      <p>
        <a class="button" href={paths.newUser}>
          {t.users.newUser}
        </a>
      </p>
      <div class="table-wrap">
        <table class="data-table">
          <caption>{t.users.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.email}</th>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.role}</th>
              <th scope="col">{columns.organisations}</th>
              <th scope="col">{columns.active}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <a href={paths.user(user.id)}>{user.email}</a>
                </th>
                <td>{user.name}</td>
                <td>{t.roles[user.role]}</td>
                <td>{user.organisationSlugs.join(', ') || t.common.none}</td>
                <td>{user.isActive ? t.common.yes : t.common.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}

export interface UserFormProps {
  readonly ctx: AdminContext;
  readonly user: User | null;
  readonly values: FormValues;
  readonly problems: readonly Problem[];
  readonly organisations: Options;
  readonly general?: readonly string[];
  /** A password generated just now, shown this once. */
  readonly generatedPassword?: string | null;
}

/** Creating an account or changing its role, organisations and whether it may sign in. */
export function UserFormPage({
  ctx,
  user,
  values,
  problems,
  organisations,
  general,
  generatedPassword,
}: UserFormProps) {
  const { t, paths } = ctx;
  const labels = t.fields.user;
  const shown = new FormProblems(wordProblems(t, problems));
  const heading = user ? t.users.editTitle(user.email) : t.users.newUser;
  return (
    <AdminLayout ctx={ctx} title={heading} section="users">
      <h1>{heading}</h1>
      {generatedPassword ? (
        <div class="notice notice--warning" role="status">
          <p>{t.users.generatedPassword}</p>
          <p>
            <code class="generated-password">{generatedPassword}</code>
          </p>
        </div>
      ) : null}
      <ErrorSummary ctx={ctx} problems={shown} labelOf={(path) => labels[path] ?? path} general={general} />
      <PostForm ctx={ctx} action={user ? paths.user(user.id) : paths.newUser}>
        {user ? null : (
          <TextField
            ctx={ctx}
            path="email"
            label={labels.email ?? 'email'}
            type="email"
            value={text(values, 'email')}
            problems={shown}
            required
            autocomplete="off"
          />
        )}
        <TextField
          ctx={ctx}
          path="name"
          label={labels.name ?? 'name'}
          value={text(values, 'name')}
          problems={shown}
          autocomplete="off"
        />
        <SelectField
          ctx={ctx}
          path="role"
          label={labels.role ?? 'role'}
          value={text(values, 'role')}
          options={ROLES.map((role) => [role, `${t.roles[role]} – ${t.roleHints[role]}`] as const)}
          problems={shown}
          required
        />
        <CheckboxList
          ctx={ctx}
          path="organisationSlugs"
          label={labels.organisationSlugs ?? 'organisations'}
          hint={t.users.organisationsHint}
          values={list(values, 'organisationSlugs')}
          options={organisations}
          problems={shown}
        />
        {user ? (
          <Checkbox path="isActive" label={labels.isActive ?? 'active'} checked={text(values, 'isActive') === '1'} />
        ) : (
          <TextField
            ctx={ctx}
            path="password"
            label={labels.password ?? 'password'}
            type="password"
            value=""
            hint={t.users.passwordHint}
            problems={shown}
            autocomplete="new-password"
          />
        )}
        <div class="form-actions">
          <button type="submit" class="button">
            {t.common.save}
          </button>
          <a class="button button--secondary" href={paths.users}>
            {t.common.cancel}
          </a>
        </div>
      </PostForm>
      {user ? (
        <section class="form-section" aria-labelledby="reset-heading">
          <h2 id="reset-heading">{t.users.resetPassword}</h2>
          <p>{t.users.resetText}</p>
          <PostForm ctx={ctx} action={paths.userPassword(user.id)}>
            <button type="submit" class="button button--secondary">
              {t.users.resetPassword}
            </button>
          </PostForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}
