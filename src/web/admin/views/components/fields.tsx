import type { ComponentChildren } from 'preact';
import type { AdminContext } from '../../context.js';
import { FormProblems, fieldId } from './problems.js';

interface ControlProps {
  readonly ctx: AdminContext;
  readonly path: string;
  readonly label: string;
  readonly problems: FormProblems;
  readonly hint?: string;
  readonly required?: boolean;
}

/** Error and hint texts under a label, tied to the control by aria-describedby. */
function describedBy(path: string, hint: string | undefined, errors: readonly string[]): string | undefined {
  const ids = [...(errors.length > 0 ? [`${fieldId(path)}-error`] : []), ...(hint ? [`${fieldId(path)}-hint`] : [])];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function LabelText({ ctx, label, required }: { ctx: AdminContext; label: string; required?: boolean }) {
  return (
    <>
      {label}
      {required ? <span class="field__required"> {ctx.t.common.required}</span> : null}
    </>
  );
}

export function FieldMessages({
  ctx,
  path,
  hint,
  errors,
}: {
  ctx: AdminContext;
  path: string;
  hint?: string;
  errors: readonly string[];
}) {
  return (
    <>
      {hint ? (
        <p class="field__hint" id={`${fieldId(path)}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p class="field__error" id={`${fieldId(path)}-error`}>
          <span class="visually-hidden">{ctx.t.common.errorPrefix} </span>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  ctx,
  path,
  label,
  problems,
  hint,
  required,
  value,
  type = 'text',
  autocomplete,
  inputMode,
  width,
  name,
}: ControlProps & {
  value: string;
  /** The submitted name, when it differs from the path (two forms on one page). */
  name?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'tel';
  autocomplete?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  width?: 'short' | 'medium';
}) {
  const errors = problems.at(path);
  return (
    <div class={`field${errors.length > 0 ? ' field--error' : ''}`}>
      <label for={fieldId(path)}>
        <LabelText ctx={ctx} label={label} required={required} />
      </label>
      <FieldMessages ctx={ctx} path={path} hint={hint} errors={errors} />
      <input
        id={fieldId(path)}
        name={name ?? path}
        type={type}
        value={value}
        class={width ? `input input--${width}` : 'input'}
        required={required}
        autocomplete={autocomplete}
        inputMode={inputMode}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, errors)}
      />
    </div>
  );
}

export function TextArea({
  ctx,
  path,
  label,
  problems,
  hint,
  required,
  value,
  rows = 5,
}: ControlProps & { value: string; rows?: number }) {
  const errors = problems.at(path);
  return (
    <div class={`field${errors.length > 0 ? ' field--error' : ''}`}>
      <label for={fieldId(path)}>
        <LabelText ctx={ctx} label={label} required={required} />
      </label>
      <FieldMessages ctx={ctx} path={path} hint={hint} errors={errors} />
      <textarea
        id={fieldId(path)}
        name={path}
        rows={rows}
        class="input"
        required={required}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, errors)}
      >
        {value}
      </textarea>
    </div>
  );
}

export type Options = readonly (readonly [value: string, label: string])[];

export interface OptionGroup {
  readonly label: string;
  readonly options: Options;
}

export function SelectField({
  ctx,
  path,
  label,
  problems,
  hint,
  required,
  value,
  options,
  groups,
  empty,
}: ControlProps & { value: string; options?: Options; groups?: readonly OptionGroup[]; empty?: string }) {
  const errors = problems.at(path);
  const known = [...(options ?? []), ...(groups ?? []).flatMap((group) => group.options)].some(
    ([optionValue]) => optionValue === value,
  );
  return (
    <div class={`field${errors.length > 0 ? ' field--error' : ''}`}>
      <label for={fieldId(path)}>
        <LabelText ctx={ctx} label={label} required={required} />
      </label>
      <FieldMessages ctx={ctx} path={path} hint={hint} errors={errors} />
      <select
        id={fieldId(path)}
        name={path}
        class="input"
        required={required}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, errors)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {/* A value that is not on the list (a tampered or outdated form) stays visible, so nothing typed is lost. */}
        {value !== '' && !known ? (
          <option value={value} selected>
            {value}
          </option>
        ) : null}
        {(options ?? []).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue} selected={optionValue === value}>
            {optionLabel}
          </option>
        ))}
        {(groups ?? []).map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(([optionValue, optionLabel]) => (
              <option key={optionValue} value={optionValue} selected={optionValue === value}>
                {optionLabel}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function CheckboxList({
  ctx,
  path,
  label,
  problems,
  hint,
  values,
  options,
}: ControlProps & { values: readonly string[]; options: Options }) {
  const errors = problems.at(path);
  return (
    <fieldset
      class={`field checkboxes${errors.length > 0 ? ' field--error' : ''}`}
      id={fieldId(path)}
      aria-describedby={describedBy(path, hint, errors)}
    >
      <legend>{label}</legend>
      <FieldMessages ctx={ctx} path={path} hint={hint} errors={errors} />
      {options.map(([value, optionLabel]) => (
        <div class="checkbox" key={value}>
          <input
            type="checkbox"
            id={fieldId(`${path}.${value}`)}
            name={path}
            value={value}
            checked={values.includes(value)}
          />
          <label for={fieldId(`${path}.${value}`)}>{optionLabel}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox({ path, label, checked }: { path: string; label: string; checked: boolean }) {
  return (
    <div class="checkbox">
      <input type="checkbox" id={fieldId(path)} name={path} value="1" checked={checked} />
      <label for={fieldId(path)}>{label}</label>
    </div>
  );
}

export function CsrfField({ ctx, token }: { ctx: AdminContext; token?: string }) {
  const value = token ?? ctx.session?.csrfToken ?? '';
  return <input type="hidden" name="_csrf" value={value} />;
}

/** A form that changes something: POST with the CSRF token. */
export function PostForm({
  ctx,
  action,
  children,
  upload,
  class: className,
  token,
}: {
  ctx: AdminContext;
  action: string;
  children: ComponentChildren;
  upload?: boolean;
  class?: string;
  token?: string;
}) {
  return (
    <form
      method="post"
      action={action}
      class={className}
      enctype={upload ? 'multipart/form-data' : undefined}
      noValidate
    >
      <CsrfField ctx={ctx} token={token} />
      {children}
    </form>
  );
}

export { FormProblems };
