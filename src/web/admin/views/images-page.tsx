import { mediaUrl, type StoredImage } from '../../../domain/image.js';
import type { Problem } from '../../../domain/problems.js';
import type { AdminContext } from '../context.js';
import type { ProjectInRoute } from '../routing.js';
import { ErrorSummary } from './components/error-summary.js';
import { PostForm, TextField } from './components/fields.js';
import { FormProblems, wordProblems } from './components/problems.js';
import { imageLabelOf, type UploadAttempt, UploadForm, uploadProblems } from './components/upload-form.js';
import { AdminLayout } from './layout.js';

/** Refused new words for a photo: shown again at that photo, as typed. */
export interface WordsAttempt {
  readonly imageId: number;
  readonly alt: string;
  readonly credit: string;
  readonly problems: readonly Problem[];
}

function wordsProblems(ctx: AdminContext, attempt: WordsAttempt | null): FormProblems {
  if (!attempt) return FormProblems.none();
  return new FormProblems(
    wordProblems(ctx.t, attempt.problems).map((item) => ({ ...item, path: `${item.path}-${attempt.imageId}` })),
  );
}

/** A project's logo and photos: upload, describe, remove. Uploads are multipart forms that work without JavaScript. */
export function ImagesPage({
  ctx,
  project,
  logo,
  photos,
  attempt,
  wordsAttempt = null,
}: {
  ctx: AdminContext;
  project: ProjectInRoute;
  logo: StoredImage | null;
  photos: readonly StoredImage[];
  attempt: UploadAttempt | null;
  wordsAttempt?: WordsAttempt | null;
}) {
  const { t, paths } = ctx;
  const heading = t.images.title(project.title);
  const refusedWords = wordsProblems(ctx, wordsAttempt);
  const summaryProblems = new FormProblems([...uploadProblems(ctx, attempt).all, ...refusedWords.all]);
  const labels = t.fields.image;
  const uploadForm = (kind: 'logo' | 'photo') => (
    <UploadForm
      ctx={ctx}
      action={paths.projectImages(project.id)}
      kind={kind}
      attempt={attempt}
      submitLabel={kind === 'logo' ? t.images.uploadLogo : t.images.uploadPhoto}
      sendsKind
    />
  );
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      <p>
        <a href={paths.project(project.id)}>{t.common.back}</a>
      </p>
      <ErrorSummary ctx={ctx} problems={summaryProblems} labelOf={(path) => imageLabelOf(ctx, path)} />
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
        {uploadForm('logo')}
      </section>
      <section aria-labelledby="photos-heading" class="form-section">
        <h2 id="photos-heading">{t.images.photosHeading}</h2>
        {photos.length === 0 ? <p>{t.images.noPhotos}</p> : null}
        {photos.map((photo) => {
          const typed = wordsAttempt?.imageId === photo.id ? wordsAttempt : photo;
          return (
            <figure class="admin-image" key={photo.id}>
              <img src={mediaUrl(photo.fileName)} alt={photo.alt} width={photo.width} height={photo.height} />
              <figcaption>{t.images.credit(photo.credit)}</figcaption>
              <PostForm ctx={ctx} action={paths.projectImage(project.id, photo.id)}>
                <TextField
                  ctx={ctx}
                  path={`alt-${photo.id}`}
                  label={labels.alt ?? 'alt'}
                  value={typed.alt}
                  problems={refusedWords}
                />
                <TextField
                  ctx={ctx}
                  path={`credit-${photo.id}`}
                  label={labels.credit ?? 'credit'}
                  value={typed.credit}
                  problems={refusedWords}
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
          );
        })}
        {uploadForm('photo')}
      </section>
    </AdminLayout>
  );
}
