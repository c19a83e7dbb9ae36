import type { DescribedError } from '../../../http-errors.js';
import type { RenderContext } from '../../context.js';
import { Layout } from '../layout.js';

/** A page for any failed request: what happened in plain words, and where to go next. Never a stack trace. */
export function ErrorPage({ ctx, error }: { ctx: RenderContext; error: DescribedError }) {
  const { t, paths } = ctx;
  const { title, text } = wording(ctx, error.status);
  const problems = error.status === 400 ? error.problems : [];
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <div class="prose error-page">
        <h1>{title}</h1>
        <p class="lead">{text}</p>
        {problems.length > 0 ? (
          <ul class="problems">
            {problems.map((problem) => (
              <li key={`${problem.path}-${problem.code}`}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
        <p class="muted">{t.errors.statusLine(error.status)}</p>
        <ul class="link-list">
          <li>
            <a href={paths.home}>{t.errors.goHome}</a>
          </li>
          <li>
            <a href={paths.projects}>{t.errors.goProjects}</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}

function wording(ctx: RenderContext, status: number): { title: string; text: string } {
  const { errors } = ctx.t;
  if (status === 404) return { title: errors.notFoundTitle, text: errors.notFoundText };
  if (status === 400) return { title: errors.badRequestTitle, text: errors.badRequestText };
  if (status >= 500) return { title: errors.serverErrorTitle, text: errors.serverErrorText };
  return { title: errors.otherTitle, text: errors.otherText };
}
