import type { Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { Section } from '../components/section.js';

/** Uploaded photos, each with its alt text and the credit the editors gave. */
export function PhotosSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  if (project.photos.length === 0) return null;
  return (
    <Section id="zdjecia" title={t.project.photosHeading}>
      <ul class="photo-list">
        {project.photos.map((photo) => (
          <li key={photo.url}>
            <figure class="photo">
              <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" />
              <figcaption>{t.project.photoCredit(photo.credit)}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </Section>
  );
}
