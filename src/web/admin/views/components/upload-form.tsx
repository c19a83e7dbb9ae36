import type { Problem } from '../../../../domain/problems.js';
import type { AdminContext } from '../../context.js';
import { FieldMessages, PostForm, TextField } from './fields.js';
import { FormProblems, fieldId, wordProblems } from './problems.js';

/** A refused upload: the words typed and the problems, shown again on the form it came from. */
export interface UploadAttempt {
  readonly kind: 'logo' | 'photo';
  readonly alt: string;
  readonly credit: string;
  readonly problems: readonly Problem[];
}

/** The problems of a refused upload at the paths of its form's controls ("logo-file", "photo-alt"). */
export function uploadProblems(ctx: AdminContext, attempt: UploadAttempt | null): FormProblems {
  if (!attempt) return FormProblems.none();
  return new FormProblems(
    wordProblems(ctx.t, attempt.problems).map((item) => ({ ...item, path: `${attempt.kind}-${item.path}` })),
  );
}

/** The label of an upload control from its path ("photo-alt", "alt-12" → "Tekst alternatywny"). */
export function imageLabelOf(ctx: AdminContext, path: string): string {
  return ctx.t.fields.image[path.replace(/^(logo|photo)-|-\d+$/g, '')] ?? path;
}

/**
 * A multipart form for one image with its alt text and credit, which works without
 * JavaScript. A refused upload shows its problems next to the controls and keeps the words
 * typed (a browser never keeps a chosen file).
 */
export function UploadForm({
  ctx,
  action,
  kind,
  attempt,
  submitLabel,
  sendsKind,
}: {
  ctx: AdminContext;
  action: string;
  kind: 'logo' | 'photo';
  attempt: UploadAttempt | null;
  submitLabel: string;
  /** Whether the form tells the route which kind of image it is (a project has both). */
  sendsKind: boolean;
}) {
  const { t } = ctx;
  const own = attempt?.kind === kind ? attempt : null;
  const problems = uploadProblems(ctx, own);
  const fileId = fieldId(`${kind}-file`);
  const fileErrors = problems.at(`${kind}-file`);
  const labels = t.fields.image;
  return (
    <PostForm ctx={ctx} action={action} upload class="upload-form">
      {sendsKind ? <input type="hidden" name="kind" value={kind} /> : null}
      <div class={`field${fileErrors.length > 0 ? ' field--error' : ''}`}>
        <label for={fileId}>{labels.file}</label>
        <FieldMessages ctx={ctx} path={`${kind}-file`} hint={t.images.rules} errors={fileErrors} />
        <input
          id={fileId}
          type="file"
          name="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/tiff"
          required
          aria-invalid={fileErrors.length > 0 ? 'true' : undefined}
          aria-describedby={`${fileErrors.length > 0 ? `${fileId}-error ` : ''}${fileId}-hint`}
        />
      </div>
      <TextField
        ctx={ctx}
        path={`${kind}-alt`}
        name="alt"
        label={labels.alt ?? 'alt'}
        value={own?.alt ?? ''}
        problems={problems}
        hint={t.images.altHint}
        required
      />
      <TextField
        ctx={ctx}
        path={`${kind}-credit`}
        name="credit"
        label={labels.credit ?? 'credit'}
        value={own?.credit ?? ''}
        problems={problems}
        required
      />
      <button type="submit" class="button">
        {submitLabel}
      </button>
    </PostForm>
  );
}
