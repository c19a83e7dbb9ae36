import { mediaUrl, type StoredImage } from '../../../domain/image.js';
import type { Problem } from '../../../domain/problems.js';
import type { AdminContext } from '../context.js';
import type { ProjectInRoute } from '../routing.js';
import { ErrorSummary } from './components/error-summary.js';
import { FieldMessages, PostForm, TextField } from './components/fields.js';
import { FormProblems, fieldId, wordProblems } from './components/problems.js';
import { AdminLayout } from './layout.js';

/** Which upload form a refused upload came from, to show its problems and typed words there. */
export interface UploadAttempt {
  readonly kind: 'logo' | 'photo';
  readonly alt: string;
  readonly credit: string;
  readonly problems: readonly Problem[];
}

function UploadForm({
  ctx,
  action,
  kind,
  attempt,
}: {
  ctx: AdminContext;
  action: string;
  kind: 'logo' | 'photo';
  attempt: UploadAttempt | null;
}) {
  const { t } = ctx;
  const own = attempt?.kind === kind ? attempt : null;
  const problems = new FormProblems(
    own ? wordProblems(t, own.problems).map((p) => ({ ...p, path: `${kind}-${p.path}` })) : [],
  );
  const fileErrors = problems.at(`${kind}-file`);
  const labels = t.fields.image;
  return (
    <PostForm ctx={ctx} action={action} upload class="upload-form">
      <input type="hidden" name="kind" value={kind} />
      <div class={`field${fileErrors.length > 0 ? ' field--error' : ''}`}>
        <label for={fieldId(`${kind}-file`)}>{labels.file}</label>
        <FieldMessages ctx={ctx} path={`${kind}-file`} hint={t.images.rules} errors={fileErrors} />
        <input
          id={fieldId(`${kind}-file`)}
          type="file"
          name="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/tiff"
          required
          aria-invalid={fileErrors.length > 0 ? 'true' : undefined}
          aria-describedby={`${fileErrors.length > 0 ? `${fieldId(`${kind}-file`)}-error ` : ''}${fieldId(`${kind}-file`)}-hint`}
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
        {kind === 'logo' ? t.images.uploadLogo : t.images.uploadPhoto}
      </button>
    </PostForm>
  );
}

/** A project's logo and photos: upload, describe, remove. Uploads are multipart forms that work without JavaScript. */
export function ImagesPage({
  ctx,
  project,
  logo,
  photos,
  attempt,
}: {
  ctx: AdminContext;
  project: ProjectInRoute;
  logo: StoredImage | null;
  photos: readonly StoredImage[];
  attempt: UploadAttempt | null;
}) {
  const { t, paths } = ctx;
  const heading = t.images.title(project.title);
  const summaryProblems = new FormProblems(
    attempt ? wordProblems(t, attempt.problems).map((p) => ({ ...p, path: `${attempt.kind}-${p.path}` })) : [],
  );
  const labels = t.fields.image;
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      <p>
        <a href={paths.project(project.id)}>{t.common.back}</a>
      </p>
      <ErrorSummary
        ctx={ctx}
        problems={summaryProblems}
        labelOf={(path) => labels[path.replace(/^(logo|photo)-/, '')] ?? path}
      />
      <section aria-labelledby="logo-heading" class="form-section">
        <h2 id="logo-heading">{t.images.logoHeading}</h2>
        {logo ? (
          <figure class="admin-image">
            <img src={mediaUrl(logo.fileName)} alt={logo.alt} width={logo.width} height={logo.height} />
            <figcaption>{t.images.credit(logo.credit)}</figcaption>
            <PostForm ctx={ctx} action={paths.projectImageRemove(project.id, logo.id)} class="inline-form">
              <button type="submit" class="button button--secondary">
                {t.images.removeLogo}
              </button>
            </PostForm>
          </figure>
        ) : (
          <p>{t.images.noLogo}</p>
        )}
        <UploadForm ctx={ctx} action={paths.projectImages(project.id)} kind="logo" attempt={attempt} />
      </section>
      <section aria-labelledby="photos-heading" class="form-section">
        <h2 id="photos-heading">{t.images.photosHeading}</h2>
        {photos.length === 0 ? <p>{t.images.noPhotos}</p> : null}
        {photos.map((photo) => (
          <figure class="admin-image" key={photo.id}>
            <img src={mediaUrl(photo.fileName)} alt={photo.alt} width={photo.width} height={photo.height} />
            <figcaption>{t.images.credit(photo.credit)}</figcaption>
            <PostForm ctx={ctx} action={paths.projectImage(project.id, photo.id)}>
              <TextField
                ctx={ctx}
                path={`alt-${photo.id}`}
                label={labels.alt ?? 'alt'}
                value={photo.alt}
                problems={FormProblems.none()}
              />
              <TextField
                ctx={ctx}
                path={`credit-${photo.id}`}
                label={labels.credit ?? 'credit'}
                value={photo.credit}
                problems={FormProblems.none()}
              />
              <button type="submit" class="button button--secondary">
                {t.images.updateWords}
              </button>
            </PostForm>
            <PostForm ctx={ctx} action={paths.projectImageRemove(project.id, photo.id)} class="inline-form">
              <button type="submit" class="button button--secondary">
                {t.images.removePhoto}
              </button>
            </PostForm>
          </figure>
        ))}
        <UploadForm ctx={ctx} action={paths.projectImages(project.id)} kind="photo" attempt={attempt} />
      </section>
    </AdminLayout>
  );
}
