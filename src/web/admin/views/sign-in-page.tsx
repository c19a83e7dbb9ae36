import type { AdminContext } from '../context.js';
import { PostForm, TextField } from './components/fields.js';
import { FormProblems } from './components/problems.js';
import { AdminLayout } from './layout.js';

/** The sign-in form; a refusal says why in one sentence and keeps the e-mail typed. */
export function SignInPage({
  ctx,
  csrfToken,
  email,
  error,
  next,
}: {
  ctx: AdminContext;
  csrfToken: string;
  email: string;
  error: string | null;
  next: string;
}) {
  const { t, paths } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t.signIn.title}>
      <div class="prose sign-in">
        <h1>{t.signIn.heading}</h1>
        <p>{t.signIn.intro}</p>
        {error ? (
          <div class="error-summary" role="alert">
            <p>{error}</p>
          </div>
        ) : null}
        <PostForm ctx={ctx} action={paths.signIn} token={csrfToken}>
          <input type="hidden" name="next" value={next} />
          <TextField
            ctx={ctx}
            path="email"
            label={t.signIn.email}
            type="email"
            value={email}
            autocomplete="username"
            problems={FormProblems.none()}
            required
          />
          <TextField
            ctx={ctx}
            path="password"
            label={t.signIn.password}
            type="password"
            value=""
            autocomplete="current-password"
            problems={FormProblems.none()}
            required
          />
          <button type="submit" class="button">
            {t.signIn.submit}
          </button>
        </PostForm>
      </div>
    </AdminLayout>
  );
}
