import type { RenderContext } from '../../context.js';
import { Layout } from '../layout.js';

export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';
const AGPL_URL = 'https://www.gnu.org/licenses/agpl-3.0.html';
const API_DOCS_PATH = '/api/v1/docs';
const API_PATH = '/api/v1/projects';

/** How the data and the code may be reused, how to attribute, and where the data comes out. */
export function LicencePage({ ctx }: { ctx: RenderContext }) {
  const { t, paths } = ctx;
  const words = t.openData.licence;
  return (
    <Layout
      ctx={ctx}
      title={words.title}
      description={words.lead}
      crumbs={[{ label: t.site.home, href: paths.home }]}
      crumbCurrent={words.title}
    >
      <div class="prose">
        <h1>{words.heading}</h1>
        <p class="lead">{words.lead}</p>
        {words.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.example ? (
              <blockquote>
                <p>{section.example}</p>
              </blockquote>
            ) : null}
          </section>
        ))}
        <p>
          <a href={CC_BY_URL} rel="license">
            {words.ccLink}
          </a>
          {' · '}
          <a href={AGPL_URL}>{words.agplLink}</a>
        </p>
        <section>
          <h2>{words.whereHeading}</h2>
          <ul>
            <li>
              <a href={API_PATH}>{words.where.api}</a>
            </li>
            <li>
              <a href={API_DOCS_PATH}>{words.where.apiDocs}</a>
            </li>
            <li>
              <a href={paths.feed} type="application/atom+xml">
                {words.where.feed}
              </a>
            </li>
            <li>
              <a href="/sitemap.xml">{words.where.sitemap}</a>
            </li>
          </ul>
        </section>
      </div>
    </Layout>
  );
}
