import type { Organisation } from '../../../domain/organisation.js';
import type { AdminContext } from '../context.js';
import { PostForm, TextField } from './components/fields.js';
import { FormProblems, fieldId } from './components/problems.js';

/** Below the organisation form: its logo, with upload and removal. */
export function OrganisationLogoSection({
  ctx,
  organisation,
}: {
  ctx: AdminContext;
  organisation: Organisation & { id: number };
}) {
  const { t, paths } = ctx;
  const labels = t.fields.image;
  return (
    <section class="form-section" aria-labelledby="logo-heading">
      <h2 id="logo-heading">{t.organisations.logoHeading}</h2>
      {organisation.logoUrl ? (
        <figure class="admin-image">
          <img src={organisation.logoUrl} alt={t.images.currentLogo} />
          <PostForm ctx={ctx} action={paths.organisationLogo(organisation.id)} upload class="inline-form">
            <input type="hidden" name="remove" value="1" />
            <button type="submit" class="button button--secondary">
              {t.images.removeLogo}
            </button>
          </PostForm>
        </figure>
      ) : (
        <p>{t.images.noLogo}</p>
      )}
      <PostForm ctx={ctx} action={paths.organisationLogo(organisation.id)} upload>
        <div class="field">
          <label for={fieldId('logo-file')}>{labels.file}</label>
          <p class="field__hint" id={`${fieldId('logo-file')}-hint`}>
            {t.images.rules}
          </p>
          <input
            id={fieldId('logo-file')}
            type="file"
            name="file"
            accept="image/*"
            aria-describedby={`${fieldId('logo-file')}-hint`}
          />
        </div>
        <TextField
          ctx={ctx}
          path="logo-alt"
          name="alt"
          label={labels.alt ?? 'alt'}
          value=""
          problems={FormProblems.none()}
          required
        />
        <TextField
          ctx={ctx}
          path="logo-credit"
          name="credit"
          label={labels.credit ?? 'credit'}
          value=""
          problems={FormProblems.none()}
          required
        />
        <button type="submit" class="button">
          {t.images.uploadLogo}
        </button>
      </PostForm>
    </section>
  );
}
