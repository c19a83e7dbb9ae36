import type { Problem } from '../../../domain/problems.js';
import type { AdminContext } from '../context.js';
import { ErrorSummary } from './components/error-summary.js';
import { PostForm, TextField } from './components/fields.js';
import { FormProblems, wordProblems } from './components/problems.js';
import { AdminLayout } from './layout.js';

export function PasswordPage({ ctx, problems }: { ctx: AdminContext; problems: readonly Problem[] }) {
  const { t, paths } = ctx;
  const shown = new FormProblems(wordProblems(t, problems));
  const labels = t.fields.password;
  const field = (path: 'current' | 'next' | 'repeated', autocomplete: string) => (
    <TextField
      ctx={ctx}
      path={path}
      label={labels[path] ?? path}
      type="password"
      value=""
      autocomplete={autocomplete}
      problems={shown}
      required
    />
  );
  return (
    <AdminLayout ctx={ctx} title={t.password.title} section="password">
      <div class="prose">
        <h1>{t.password.title}</h1>
        <p>{t.password.intro}</p>
        <ErrorSummary ctx={ctx} problems={shown} labelOf={(path) => labels[path] ?? path} />
        <PostForm ctx={ctx} action={paths.password}>
          {field('current', 'current-password')}
          {field('next', 'new-password')}
          {field('repeated', 'new-password')}
          <button type="submit" class="button">
            {t.password.submit}
          </button>
        </PostForm>
      </div>
    </AdminLayout>
  );
}
