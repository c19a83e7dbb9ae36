import type { RenderContext } from '../../context.js';
import { Layout } from '../layout.js';

export function AboutPage({ ctx }: { ctx: RenderContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.about.title} section="about">
      <div class="prose">
        <h1>{t.about.heading}</h1>
        {t.about.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        ))}
      </div>
    </Layout>
  );
}
