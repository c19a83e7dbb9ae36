import type { ImportRun } from '../../../services/import/background/import-runs.js';
import { IMPORT_FORMATS } from '../../../services/import/format-choices.js';
import type { AdminContext } from '../context.js';
import { ErrorSummary } from '../views/components/error-summary.js';
import { FieldMessages, PostForm, SelectField } from '../views/components/fields.js';
import { FormProblems, fieldId, type ShownProblem } from '../views/components/problems.js';
import { AdminLayout } from '../views/layout.js';
import { RecentImports } from './recent-imports.js';
import { importWords, megabytes } from './words.js';

/** A refused upload: the choices made, the names of the files chosen and what was wrong. */
export interface ImportAttempt {
  readonly format: string;
  readonly dryRun: boolean;
  readonly fileName: string | null;
  readonly mappingName: string | null;
  readonly problems: readonly ShownProblem[];
  /** Problems of the whole form rather than of one field. */
  readonly general: readonly string[];
}

function FileField({
  ctx,
  path,
  label,
  hint,
  problems,
  chosenBefore,
  accept,
  required,
}: {
  ctx: AdminContext;
  path: string;
  label: string;
  hint: string;
  problems: FormProblems;
  chosenBefore: string | null;
  accept: string;
  required?: boolean;
}) {
  const words = importWords(ctx.lang);
  const errors = problems.at(path);
  const id = fieldId(path);
  const note = chosenBefore ? words.fileChosenBefore(chosenBefore) : null;
  const describedBy = [errors.length > 0 ? `${id}-error` : '', `${id}-hint`, note ? `${id}-before` : '']
    .filter((item) => item !== '')
    .join(' ');
  return (
    <div class={`field${errors.length > 0 ? ' field--error' : ''}`}>
      <label for={id}>
        {label}
        {required ? <span class="field__required"> {ctx.t.common.required}</span> : null}
      </label>
      <FieldMessages ctx={ctx} path={path} hint={hint} errors={errors} />
      {note ? (
        <p class="field__hint" id={`${id}-before`}>
          {note}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        name={path}
        accept={accept}
        required={required}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/**
 * The upload form: the file, its layout (or a mapping file) and a trial run. Works without
 * JavaScript; a refused upload shows the problems and keeps every choice (a browser never
 * sends a chosen file again, so the page names it).
 */
export function ImportFormPage({
  ctx,
  attempt,
  running,
  recent,
  maxBytes,
}: {
  ctx: AdminContext;
  attempt: ImportAttempt | null;
  running: ImportRun | null;
  recent: readonly ImportRun[];
  maxBytes: number;
}) {
  const words = importWords(ctx.lang);
  const problems = new FormProblems(attempt?.problems ?? []);
  const labels: Record<string, string> = { file: words.file, format: words.format, mapping: words.mapping };
  return (
    <AdminLayout ctx={ctx} title={words.title} section="imports">
      <h1>{words.title}</h1>
      <ErrorSummary
        ctx={ctx}
        problems={problems}
        labelOf={(path) => labels[path] ?? path}
        general={attempt?.general ?? []}
      />
      <p class="lead">{words.intro}</p>
      {running ? (
        <p class="notice" role="status">
          {words.running} <a href={ctx.paths.importRun(running.id)}>{words.runningLink}</a>
        </p>
      ) : null}
      <PostForm ctx={ctx} action={ctx.paths.imports} upload class="upload-form">
        <SelectField
          ctx={ctx}
          path="format"
          label={words.format}
          hint={words.formatHint}
          problems={problems}
          value={attempt?.format ?? 'auto'}
          options={IMPORT_FORMATS.map((format) => [format, words.formats[format]] as const)}
        />
        <div class="checkbox">
          <input type="checkbox" id={fieldId('dryRun')} name="dryRun" value="1" checked={attempt?.dryRun ?? false} />
          <label for={fieldId('dryRun')}>{words.dryRun}</label>
        </div>
        <FileField
          ctx={ctx}
          path="file"
          label={words.file}
          hint={words.fileHint(megabytes(maxBytes))}
          problems={problems}
          chosenBefore={attempt?.fileName ?? null}
          accept=".xlsx,.csv,.txt,.json,.ndjson,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
        />
        <FileField
          ctx={ctx}
          path="mapping"
          label={words.mapping}
          hint={words.mappingHint}
          problems={problems}
          chosenBefore={attempt?.mappingName ?? null}
          accept=".json,application/json"
        />
        <button type="submit" class="button">
          {words.submit}
        </button>
      </PostForm>
      <RecentImports ctx={ctx} runs={recent} />
    </AdminLayout>
  );
}
