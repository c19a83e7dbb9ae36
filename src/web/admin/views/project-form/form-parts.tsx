import type { ComponentChildren } from 'preact';
import type { AdminContext } from '../../context.js';
import { type FormValues, text } from '../../forms/form-values.js';
import {
  Checkbox,
  FieldMessages,
  type FormProblems,
  type Options,
  SelectField,
  TextArea,
  TextField,
} from '../components/fields.js';
import { fieldId } from '../components/problems.js';

/** What every part of the project form is given. */
export interface PartProps {
  readonly ctx: AdminContext;
  readonly values: FormValues;
  readonly problems: FormProblems;
}

/** A field of the project form: label from the dictionary, value from what was typed. */
export function Text({
  ctx,
  values,
  problems,
  path,
  label,
  ...rest
}: PartProps & {
  path: string;
  label?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'date' | 'tel';
  inputMode?: 'decimal' | 'numeric';
  width?: 'short' | 'medium';
}) {
  return (
    <TextField
      ctx={ctx}
      path={path}
      label={label ?? labelOf(ctx, path)}
      value={text(values, path)}
      problems={problems}
      {...rest}
    />
  );
}

export function Area({
  ctx,
  values,
  problems,
  path,
  label,
  hint,
  rows,
}: PartProps & { path: string; label?: string; hint?: string; rows?: number }) {
  return (
    <TextArea
      ctx={ctx}
      path={path}
      label={label ?? labelOf(ctx, path)}
      value={text(values, path)}
      problems={problems}
      hint={hint}
      rows={rows}
    />
  );
}

export function Choice({
  ctx,
  values,
  problems,
  path,
  label,
  options,
  empty,
  required,
}: PartProps & { path: string; label?: string; options: Options; empty?: string; required?: boolean }) {
  return (
    <SelectField
      ctx={ctx}
      path={path}
      label={label ?? labelOf(ctx, path)}
      value={text(values, path)}
      options={options}
      problems={problems}
      empty={empty}
      required={required}
    />
  );
}

/** The label of a project field or of a field of a row ("partners.0.role" → "Rola"). */
export function labelOf(ctx: AdminContext, path: string): string {
  const { fields } = ctx.t;
  if (fields.project[path]) return fields.project[path] as string;
  // A translated text of a row, as revisions name it: "updates.0.translations.en.title".
  const translated = /^([A-Za-z]+)\.(\d+)\.translations\.en\.([A-Za-z]+)$/.exec(path);
  const row = translated
    ? ([translated[0], translated[1], translated[2], `${translated[3]}En`] as const)
    : /^([A-Za-z]+)\.(\d+)(?:\.([A-Za-z]+))?$/.exec(path);
  if (row) {
    const [, group = '', index = '0', name] = row;
    const rowLabel = `${fields.row[group] ?? fields.project[group] ?? group} ${Number(index) + 1}`;
    return name ? `${rowLabel} – ${fields.rowFields[name] ?? name}` : rowLabel;
  }
  return fields.groups[path] ?? fields.project[path.split('.')[0] ?? ''] ?? path;
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="form-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A repeatable group that works without JavaScript: the rows typed so far, an empty row to
 * fill in, a tick box to drop a row, and an "add row" button that shows the form again with
 * one more empty row (nothing is saved by it).
 */
export function Repeatable({
  ctx,
  problems,
  group,
  count,
  children,
}: {
  ctx: AdminContext;
  problems: FormProblems;
  group: string;
  count: number;
  children: (prefix: string, index: number) => ComponentChildren;
}) {
  const { t } = ctx;
  const groupLabel = t.fields.groups[group] ?? group;
  const rowLabel = t.fields.row[group] ?? group;
  const groupErrors = problems.at(group);
  return (
    <fieldset class="repeatable" id={fieldId(group)}>
      <legend>{groupLabel}</legend>
      <FieldMessages ctx={ctx} path={group} errors={groupErrors} />
      {Array.from({ length: count }, (_, index) => {
        const rowPath = `${group}.${index}`;
        const rowErrors = problems.at(rowPath);
        return (
          <fieldset class="repeatable__row" id={fieldId(rowPath)} key={rowPath}>
            <legend>{t.form.rowLegend(rowLabel, index + 1)}</legend>
            <FieldMessages ctx={ctx} path={rowPath} errors={rowErrors} />
            <div class="repeatable__fields">{children(`${rowPath}.`, index)}</div>
            <Checkbox path={`${rowPath}._remove`} label={t.form.removeRow} checked={false} />
          </fieldset>
        );
      })}
      <button type="submit" name="_action" value={`add:${group}`} class="button button--secondary">
        {t.form.addRow(groupLabel)}
      </button>
    </fieldset>
  );
}
