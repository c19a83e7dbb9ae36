import { EDITORIAL_STATES } from '../../../domain/codes.js';
import { canCreateProject, canEditProject } from '../../../domain/policies.js';
import type { AdminProjectRow } from '../../../services/projects/editorial-queries.js';
import type { AdminContext } from '../context.js';
import { Pager } from './components/pager.js';
import { AdminLayout } from './layout.js';

export interface ProjectListFilters {
  readonly state?: string;
  readonly text?: string;
  readonly mine: boolean;
}

export function ProjectListPage({
  ctx,
  rows,
  total,
  page,
  pageSize,
  filters,
}: {
  ctx: AdminContext;
  rows: readonly AdminProjectRow[];
  total: number;
  page: number;
  pageSize: number;
  filters: ProjectListFilters;
}) {
  const { t, paths } = ctx;
  const user = ctx.session?.user;
  const query = { stan: filters.state, q: filters.text, moje: filters.mine ? '1' : undefined };
  return (
    <AdminLayout ctx={ctx} title={t.projects.title} section="projects">
      <h1>{t.projects.title}</h1>
      {user && canCreateProject(user) ? (
        <p>
          <a class="button" href={paths.newProject}>
            {t.projects.newProject}
          </a>
        </p>
      ) : user?.role === 'editor' ? (
        <p class="notice">{t.projects.cannotCreate}</p>
      ) : null}
      <form method="get" action={paths.projects} class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t.projects.filters}</h2>
        <div class="field">
          <label for="filter-state">{t.projects.state}</label>
          <select id="filter-state" name="stan" class="input">
            <option value="">{t.projects.anyState}</option>
            {EDITORIAL_STATES.map((state) => (
              <option key={state} value={state} selected={filters.state === state}>
                {t.states[state]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-text">{t.projects.text}</label>
          <input id="filter-text" name="q" type="search" class="input" value={filters.text ?? ''} />
        </div>
        {user?.role === 'editor' ? (
          <div class="checkbox">
            <input id="filter-mine" type="checkbox" name="moje" value="1" checked={filters.mine} />
            <label for="filter-mine">{t.projects.mine}</label>
          </div>
        ) : null}
        <button type="submit" class="button button--secondary">
          {t.common.filter}
        </button>
      </form>
      <p role="status">{t.common.results(total)}</p>
      {rows.length === 0 ? (
        <p>{t.projects.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <caption>{t.projects.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.projects.columns.title}</th>
                <th scope="col">{t.projects.columns.beneficiary}</th>
                <th scope="col">{t.projects.columns.state}</th>
                <th scope="col">{t.projects.columns.status}</th>
                <th scope="col">{t.projects.columns.updated}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={paths.project(row.id)}>{row.title}</a>
                    {user && canEditProject(user, row) ? null : (
                      <span class="visually-hidden"> ({t.projects.readOnly})</span>
                    )}
                  </th>
                  <td>{row.beneficiaryName ?? t.common.none}</td>
                  <td>
                    <span class={`state state--${row.editorialState}`}>{t.states[row.editorialState]}</span>
                  </td>
                  <td>{ctx.codes.status[row.status]}</td>
                  <td>
                    <time dateTime={row.updatedAt}>{t.dateTime(row.updatedAt)}</time>
                  </td>
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
        url={(n) => paths.projectList({ ...query, strona: n > 1 ? n : undefined })}
      />
    </AdminLayout>
  );
}
