import type { Organisation } from '../../../domain/organisation.js';
import type { AdminContext } from '../context.js';
import { PostForm } from './components/fields.js';
import { type UploadAttempt, UploadForm } from './components/upload-form.js';

/** Below the organisation form: its logo, with upload and removal; a refused upload shows its problems here. */
export function OrganisationLogoSection({
  ctx,
  organisation,
  attempt = null,
}: {
  ctx: AdminContext;
  organisation: Organisation & { id: number };
  attempt?: UploadAttempt | null;
}) {
  const { t, paths } = ctx;
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
        <p>{t.organisations.noLogo}</p>
      )}
      <UploadForm
        ctx={ctx}
        action={paths.organisationLogo(organisation.id)}
        kind="logo"
        attempt={attempt}
        submitLabel={t.images.uploadLogo}
        sendsKind={false}
      />
    </section>
  );
}
