import type { ProjectSummary } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { ProjectCards } from '../components/project-cards.js';
import { Section } from '../components/section.js';

/** Other projects like this one, found by shared place, topics, programme and title words. */
export function SimilarSection({ ctx, similar }: { ctx: RenderContext; similar: readonly ProjectSummary[] }) {
  if (similar.length === 0) return null;
  return (
    <Section id="podobne" title={ctx.t.search.similarHeading}>
      <p>{ctx.t.search.similarIntro}</p>
      <ProjectCards ctx={ctx} projects={similar} />
    </Section>
  );
}
