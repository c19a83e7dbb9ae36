import type { AdminContext } from '../context.js';
import type { ProjectInRoute } from '../routing.js';
import { PostForm } from './components/fields.js';
import { AdminLayout } from './layout.js';

export function DeleteProjectPage({ ctx, project }: { ctx: AdminContext; project: ProjectInRoute }) {
  const { t, paths } = ctx;
  const heading = t.projects.deleteTitle(project.title);
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      <p class="notice notice--warning">{t.projects.deleteText}</p>
      <PostForm ctx={ctx} action={paths.projectDelete(project.id)}>
        <div class="form-actions">
          <button type="submit" class="button button--danger">
            {t.projects.deleteConfirm}
          </button>
          <a class="button button--secondary" href={paths.project(project.id)}>
            {t.common.cancel}
          </a>
        </div>
      </PostForm>
    </AdminLayout>
  );
}
