import type { ComponentChildren } from 'preact';
import { FUNDS, ORGANISATION_KINDS, PROGRAMMING_PERIODS } from '../../../domain/codes.js';
import type { Problem } from '../../../domain/problems.js';
import type { AdminContext } from '../context.js';
import { type FormValues, list, text } from '../forms/form-values.js';
import { ErrorSummary } from './components/error-summary.js';
import { CheckboxList, PostForm, SelectField, TextField } from './components/fields.js';
import { FormProblems, wordProblems } from './components/problems.js';
import { AdminLayout, type AdminSection } from './layout.js';

export type RegistryKind = 'organisation' | 'programme' | 'topic';

interface RegistryFormProps {
  readonly ctx: AdminContext;
  readonly kind: RegistryKind;
  readonly heading: string;
  readonly action: string;
  readonly cancelUrl: string;
  readonly values: FormValues;
  readonly problems: readonly Problem[];
  readonly general?: readonly string[];
  /** Problems of another form on the page (a refused logo upload), summed up at the top. */
  readonly otherProblems?: ComponentChildren;
  readonly after?: ComponentChildren;
}

const SECTION: Record<RegistryKind, AdminSection> = {
  organisation: 'organisations',
  programme: 'programmes',
  topic: 'topics',
};

/** The form of an organisation, a programme or a topic, with problems next to their fields. */
export function RegistryFormPage({
  ctx,
  kind,
  heading,
  action,
  cancelUrl,
  values,
  problems,
  general,
  otherProblems,
  after,
}: RegistryFormProps) {
  const { t } = ctx;
  const labels = t.fields[kind];
  const shown = new FormProblems(wordProblems(t, problems));
  const input = (
    path: string,
    extra: { required?: boolean; type?: 'text' | 'url'; hint?: string; width?: 'short' | 'medium' } = {},
  ) => (
    <TextField
      ctx={ctx}
      path={path}
      label={labels[path] ?? path}
      value={text(values, path)}
      problems={shown}
      {...extra}
    />
  );
  return (
    <AdminLayout ctx={ctx} title={heading} section={SECTION[kind]}>
      <h1>{heading}</h1>
      {otherProblems ?? null}
      <ErrorSummary ctx={ctx} problems={shown} labelOf={(path) => labels[path] ?? path} general={general} />
      <PostForm ctx={ctx} action={action}>
        {kind === 'organisation' ? (
          <>
            {input('name', { required: true })}
            {input('slug', { required: true, hint: t.form.hints.slug, width: 'medium' })}
            {input('shortName', { width: 'medium' })}
            <SelectField
              ctx={ctx}
              path="kind"
              label={labels.kind ?? 'kind'}
              value={text(values, 'kind')}
              options={ORGANISATION_KINDS.map((code) => [code, ctx.codes.organisationKind[code]] as const)}
              empty={t.common.choose}
              problems={shown}
              required
            />
            {input('country', { width: 'short' })}
            {input('city')}
            {input('website', { type: 'url' })}
            {input('identifiers.nip', { width: 'medium' })}
            {input('identifiers.regon', { width: 'medium' })}
            {input('identifiers.krs', { width: 'medium' })}
            {input('identifiers.pic', { width: 'medium' })}
          </>
        ) : kind === 'programme' ? (
          <>
            {input('name', { required: true })}
            {input('nameEn')}
            {input('shortName', { required: true, width: 'medium' })}
            {input('slug', { required: true, hint: t.form.hints.slug, width: 'medium' })}
            {input('code', { width: 'medium' })}
            <SelectField
              ctx={ctx}
              path="period"
              label={labels.period ?? 'period'}
              value={text(values, 'period')}
              options={PROGRAMMING_PERIODS.map((period) => [period, period] as const)}
              empty={t.common.choose}
              problems={shown}
              required
            />
            <CheckboxList
              ctx={ctx}
              path="funds"
              label={labels.funds ?? 'funds'}
              values={list(values, 'funds')}
              options={FUNDS.map((fund) => [fund, ctx.codes.fund[fund]] as const)}
              problems={shown}
            />
            {input('managingAuthority')}
            {input('website', { type: 'url' })}
          </>
        ) : (
          <>
            {input('namePl', { required: true })}
            {input('nameEn', { required: true })}
            {input('slug', { required: true, hint: t.form.hints.slug, width: 'medium' })}
          </>
        )}
        <div class="form-actions">
          <button type="submit" class="button">
            {t.common.save}
          </button>
          <a class="button button--secondary" href={cancelUrl}>
            {t.common.cancel}
          </a>
        </div>
      </PostForm>
      {after ?? null}
    </AdminLayout>
  );
}

/** A simple table listing of organisations, programmes or topics, each linking to its form. */
export function RegistryListPage({
  ctx,
  kind,
  heading,
  newLabel,
  newUrl,
  caption,
  columns,
  rows,
}: {
  ctx: AdminContext;
  kind: RegistryKind;
  heading: string;
  newLabel: string;
  newUrl: string;
  caption: string;
  columns: readonly string[];
  rows: readonly { id: number; href: string; cells: readonly string[] }[];
}) {
  return (
    <AdminLayout ctx={ctx} title={heading} section={SECTION[kind]}>
      <h1>{heading}</h1>
      <p>
        <a class="button" href={newUrl}>
          {newLabel}
        </a>
      </p>
      <div class="table-wrap">
        <table class="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={row.href}>{row.cells[0]}</a>
                </th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
