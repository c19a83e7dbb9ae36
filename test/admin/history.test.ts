import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectToInput } from '../../src/domain/project-input.js';
import { loadProjectById } from '../../src/services/revisions/record-revision.js';
import { projectToFormValues } from '../../src/web/admin/forms/project-form.js';
import { type AdminTestApp, addUser, type Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { cardTitles, textOf } from '../web/html.js';

let env: AdminTestApp;
let admin: Browser;
let viewer: Browser;
let hajnowka: number;

beforeAll(async () => {
  env = await startAdminTestApp({ demoProjects: 3 });
  await addUser(env, 'admin@example.org', 'administrator');
  await addUser(env, 'viewer@example.org', 'viewer');
  admin = await signedIn(env, 'admin@example.org');
  viewer = await signedIn(env, 'viewer@example.org');
  const row = await env.database.db
    .selectFrom('projects')
    .select('id')
    .where('slug', '=', 'hajnowka-odnowa')
    .executeTakeFirstOrThrow();
  hajnowka = row.id;
});
afterAll(async () => env.close());

/** The edit form of a project as it is now, filled in as the browser would send it back. */
async function currentForm(id: number): Promise<Record<string, string | string[]>> {
  const project = await loadProjectById(env.database.db, id);
  const fields: Record<string, string | string[]> = { _action: 'save', _version: project.updatedAt };
  for (const [key, value] of projectToFormValues(projectToInput(project)))
    fields[key] = typeof value === 'string' ? value : [...value];
  return fields;
}

describe('edit → diff → restore', () => {
  it('records every save with who and what changed, shows it field by field, and restores exactly', async () => {
    const original = await loadProjectById(env.database.db, hajnowka);
    await admin.get(`/admin/projekty/${hajnowka}`);
    const edited = await admin.post(`/admin/projekty/${hajnowka}`, {
      ...(await currentForm(hajnowka)),
      title: 'Hajnówka OdNowa – nowy tytuł',
      'partners.0.role': 'associated',
      cofinancing: '979 798,81',
    });
    expect(edited.status).toBe(303);

    const history = await admin.get(`/admin/projekty/${hajnowka}/historia`);
    const text = textOf(history.html);
    // The state before the first edit here is kept as version 1 (the demo data), the edit as 2.
    expect(text).toContain('stan sprzed pierwszej edycji w panelu');
    expect(text).toMatch(/2 [^|]*admin@example\.org edycja Tytuł, Dofinansowanie, Partner 1 – Rola/);

    const diff = await admin.get(`/admin/projekty/${hajnowka}/historia/2`);
    const rows = [
      ...diff.html.matchAll(
        /<tr><th scope="row">([^<]*)<\/th><td class="diff-before">([^<]*)<\/td><td class="diff-after">([^<]*)<\/td><\/tr>/g,
      ),
    ].map((match) => match.slice(1).map((cell) => textOf(cell)));
    expect(rows).toEqual([
      ['Tytuł', original.title, 'Hajnówka OdNowa – nowy tytuł'],
      ['Dofinansowanie', '979798.80 PLN', '979798.81 PLN'],
      ['Partner 1 – Rola', 'partner', 'associated'],
    ]);

    const restored = await admin.post(`/admin/projekty/${hajnowka}/historia/1/przywroc`, {});
    expect(restored.status).toBe(303);
    const back = await loadProjectById(env.database.db, hajnowka);
    expect(projectToInput(back)).toEqual(projectToInput(original));
    const after = textOf((await admin.get(`/admin/projekty/${hajnowka}/historia`)).html);
    expect(after).toContain('przywrócenie wersji (przywrócono wersję 1)');
    // Restoring is itself a version that can be undone.
    expect((await admin.get(`/admin/projekty/${hajnowka}/historia/3`)).status).toBe(200);
  });

  it('lets a viewer read the history but not restore', async () => {
    const page = await viewer.get(`/admin/projekty/${hajnowka}/historia/2`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('przywroc');
    expect((await viewer.post(`/admin/projekty/${hajnowka}/historia/1/przywroc`, {})).status).toBe(403);
  });
});

describe('editorial states', () => {
  it('keeps drafts and archived projects off every public page and out of the API', async () => {
    const row = await env.database.db
      .selectFrom('projects')
      .select(['id', 'slug', 'title'])
      .where('slug', '=', 'urb-inclusion')
      .executeTakeFirstOrThrow();
    const publicCount = async () => JSON.parse((await env.app.inject('/api/v1/projects')).body).meta.total as number;
    const before = await publicCount();
    for (const state of ['draft', 'archived'] as const) {
      await admin.get(`/admin/projekty/${row.id}`);
      const moved = await admin.post(`/admin/projekty/${row.id}/stan`, { to: state });
      expect(moved.status).toBe(303);
      expect((await env.app.inject(`/projekty/${row.slug}`)).statusCode).toBe(404);
      expect((await env.app.inject(`/api/v1/projects/${row.slug}`)).statusCode).toBe(404);
      expect(await publicCount()).toBe(before - 1);
      expect(cardTitles((await env.app.inject('/projekty')).body)).not.toContain(row.title);
      expect((await env.app.inject('/organizacje/krakow')).body).not.toContain(row.title);
      expect((await env.app.inject('/programy/urbact-iii')).body).not.toContain(row.title);
      expect((await env.app.inject('/')).body).not.toContain(row.title);
      // …while viewers still read it in the editorial area, preview included.
      expect((await viewer.get(`/admin/projekty/${row.id}`)).status).toBe(200);
      const preview = await viewer.get(`/admin/projekty/${row.id}/podglad`);
      expect(preview.status).toBe(200);
      expect(preview.html).toContain(row.title);
    }
    await admin.post(`/admin/projekty/${row.id}/stan`, { to: 'published' });
    expect((await env.app.inject(`/projekty/${row.slug}`)).statusCode).toBe(200);
    expect(await publicCount()).toBe(before);
    const actions = (await env.database.db.selectFrom('audit_events').select('action').execute()).map(
      (event) => event.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['project_unpublished', 'project_archived', 'project_published']));
  });

  it('refuses a move to the state the project is already in, and an unknown state', async () => {
    const row = await env.database.db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', 'urb-inclusion')
      .executeTakeFirstOrThrow();
    expect((await admin.post(`/admin/projekty/${row.id}/stan`, { to: 'published' })).status).toBe(409);
    expect((await admin.post(`/admin/projekty/${row.id}/stan`, { to: 'deleted' })).status).toBe(400);
  });

  it('lists projects of every state for editors, filtered by state and by words of the title', async () => {
    const drafts = await admin.get('/admin/projekty?stan=draft');
    expect(textOf(drafts.html)).toContain('Wyników: 0');
    const found = await admin.get(`/admin/projekty?q=${encodeURIComponent('hajnówka')}`);
    expect(textOf(found.html)).toContain('Wyników: 1');
    const folded = await admin.get('/admin/projekty?q=hajnowka');
    expect(textOf(folded.html)).toContain('Wyników: 1');
  });

  it('deletes a project for good only after confirmation, and records it', async () => {
    const row = await env.database.db
      .selectFrom('projects')
      .select(['id', 'title'])
      .where('slug', '!=', 'hajnowka-odnowa')
      .where('slug', '!=', 'urb-inclusion')
      .executeTakeFirstOrThrow();
    const confirm = await admin.get(`/admin/projekty/${row.id}/usun`);
    expect(textOf(confirm.html)).toContain('Tej operacji nie da się cofnąć');
    const deleted = await admin.post(`/admin/projekty/${row.id}/usun`, {});
    expect(deleted.status).toBe(303);
    expect((await admin.get(`/admin/projekty/${row.id}`)).status).toBe(404);
    const event = await env.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'project_deleted')
      .executeTakeFirstOrThrow();
    expect(event.subject_label).toBe(row.title);
    const log = await admin.get('/admin/dziennik?zdarzenie=project_deleted');
    expect(textOf(log.html)).toContain(`admin@example.org usunięcie projektu ${row.title}`);
  });
});
