import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithRevision } from '../../src/services/projects/editorial-saves.js';
import { loadProjectById } from '../../src/services/revisions/record-revision.js';
import { ROUTE_POLICIES } from '../../src/web/admin/policies.js';
import { registerAdminRoutes } from '../../src/web/admin/register.js';
import { smallJpeg } from '../factories/images.js';
import { buildProjectInput } from '../factories/project.js';
import { type AdminTestApp, addUser, Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { seedSmallRegistry } from '../helpers/registry.js';

let env: AdminTestApp;
let projectB: number;
let photoB: number;
const browsers: Record<string, Browser> = {};

const ROLES = ['administrator', 'editorA', 'editorB', 'viewer', 'anonymous'] as const;
type Who = (typeof ROLES)[number];

beforeAll(async () => {
  env = await startAdminTestApp();
  await seedSmallRegistry(env.database.db);
  await addUser(env, 'admin@example.org', 'administrator');
  await addUser(env, 'a@gmina-a.pl', 'editor', ['gmina-a']);
  await addUser(env, 'b@fundacja-b.pl', 'editor', ['fundacja-b']);
  await addUser(env, 'viewer@example.org', 'viewer');
  const author = { id: 1, email: 'admin@example.org' };
  projectB = (
    await createProjectWithRevision(
      env.database.db,
      buildProjectInput({ slug: 'projekt-b', title: 'Projekt B', beneficiarySlug: 'fundacja-b' }),
      author,
    )
  ).id;
  browsers.administrator = await signedIn(env, 'admin@example.org');
  browsers.editorA = await signedIn(env, 'a@gmina-a.pl');
  browsers.editorB = await signedIn(env, 'b@fundacja-b.pl');
  browsers.viewer = await signedIn(env, 'viewer@example.org');
  browsers.anonymous = new Browser(env.app);
  // A photo to describe and remove, uploaded by B's own editor.
  const editorB = browsers.editorB;
  await editorB.get(`/admin/projekty/${projectB}/zdjecia`);
  const uploaded = await editorB.upload(
    `/admin/projekty/${projectB}/zdjecia`,
    { kind: 'photo', alt: 'Plac zabaw', credit: 'Fundacja B' },
    { name: 'plac.jpg', type: 'image/jpeg', data: await smallJpeg() },
  );
  expect(uploaded.status).toBe(303);
  photoB = Number(/zdjecia\/(\d+)\/usun/.exec((await editorB.get(`/admin/projekty/${projectB}/zdjecia`)).html)?.[1]);
});

afterAll(async () => env.close());

/**
 * Every write route of the editorial area. Each is sent with a field no form has, so a
 * person the policy lets through gets "bad request" (400) and nothing changes, while a
 * person it stops gets 403 before the body is even looked at.
 */
function writeRoutes(): { name: string; url: () => string; upload?: boolean; allowed: readonly Who[] }[] {
  const p = () => `/admin/projekty/${projectB}`;
  const adminOnly = ['administrator'] as const;
  const projectEditors = ['administrator', 'editorB'] as const;
  return [
    { name: 'projects.create', url: () => '/admin/projekty/nowy', allowed: ['administrator', 'editorA', 'editorB'] },
    { name: 'projects.save', url: p, allowed: projectEditors },
    { name: 'projects.state', url: () => `${p()}/stan`, allowed: projectEditors },
    { name: 'projects.delete', url: () => `${p()}/usun`, allowed: adminOnly },
    { name: 'projects.restore', url: () => `${p()}/historia/1/przywroc`, allowed: projectEditors },
    { name: 'images.upload', url: () => `${p()}/zdjecia`, upload: true, allowed: projectEditors },
    { name: 'images.words', url: () => `${p()}/zdjecia/${photoB}`, allowed: projectEditors },
    { name: 'images.remove', url: () => `${p()}/zdjecia/${photoB}/usun`, allowed: projectEditors },
    { name: 'organisation.create', url: () => '/admin/organizacje/nowa', allowed: adminOnly },
    { name: 'organisation.save', url: () => '/admin/organizacje/1', allowed: adminOnly },
    { name: 'organisation.logo', url: () => '/admin/organizacje/1/logo', upload: true, allowed: adminOnly },
    { name: 'programme.create', url: () => '/admin/programy/nowy', allowed: adminOnly },
    { name: 'programme.save', url: () => '/admin/programy/1', allowed: adminOnly },
    { name: 'topic.create', url: () => '/admin/tematy/nowy', allowed: adminOnly },
    { name: 'topic.save', url: () => '/admin/tematy/1', allowed: adminOnly },
    { name: 'users.create', url: () => '/admin/uzytkownicy/nowy', allowed: adminOnly },
    { name: 'users.save', url: () => '/admin/uzytkownicy/2', allowed: adminOnly },
    { name: 'users.resetPassword', url: () => '/admin/uzytkownicy/2/haslo', allowed: adminOnly },
    { name: 'imports.start', url: () => '/admin/import', upload: true, allowed: adminOnly },
    {
      name: 'password.submit',
      url: () => '/admin/haslo',
      allowed: ['administrator', 'editorA', 'editorB', 'viewer'],
    },
  ];
}

describe('the route table', () => {
  it('gives every editorial route, in both languages, a named policy; only sign-in is public', async () => {
    const app = Fastify();
    const routes: { method: string; url: string; access: string | undefined }[] = [];
    app.addHook('onRoute', (route) => {
      if (/^\/(en\/)?admin(\/|$)/.test(route.url)) {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const method of methods) routes.push({ method, url: route.url, access: route.config?.adminAccess });
      }
    });
    await registerAdminRoutes(app, {
      db: env.database.db,
      mediaFolder: env.mediaFolder,
      signInAttemptsPerMinute: 10,
      maxUploadBytes: 1024,
    });
    await app.ready();
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes.filter((r) => r.method !== 'HEAD')) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      if (route.access === 'public') expect(route.url).toMatch(/\/(logowanie|sign-in)$/);
      else expect(Object.keys(ROUTE_POLICIES)).toContain(route.access);
    }
    expect(routes.some((route) => route.url.startsWith('/en/admin/projects'))).toBe(true);
    await app.close();
  });

  it('has every write route in the matrix below, so a new one cannot slip past it', async () => {
    const app = Fastify();
    const posts = new Set<string>();
    app.addHook('onRoute', (route) => {
      if (route.method === 'POST' && route.url.startsWith('/admin/') && route.config?.adminAccess !== 'public') {
        posts.add(route.config?.adminRouteName ?? route.url);
      }
    });
    await registerAdminRoutes(app, {
      db: env.database.db,
      mediaFolder: env.mediaFolder,
      signInAttemptsPerMinute: 10,
      maxUploadBytes: 1024,
    });
    await app.ready();
    const covered = new Set([...writeRoutes().map((route) => route.name), 'signOut']);
    expect([...posts].filter((name) => !covered.has(name))).toEqual([]);
    await app.close();
  });
});

describe('each role can do exactly what it may on a project of organisation B', () => {
  for (const who of ROLES) {
    it(`${who}`, async () => {
      const browser = browsers[who] as Browser;
      if (who !== 'anonymous') await browser.get('/admin/projekty');
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const route of writeRoutes()) {
        const fields = { not_a_field: 'x' };
        const page = route.upload
          ? await browser.upload(route.url(), fields, null)
          : await browser.post(route.url(), fields);
        outcomes[route.name] = page.status;
        expected[route.name] = who === 'anonymous' ? 401 : route.allowed.includes(who) ? 400 : 403;
      }
      expect(outcomes).toEqual(expected);
      // Nothing was changed by any of it.
      const project = await loadProjectById(env.database.db, projectB);
      expect(project.title).toBe('Projekt B');
      expect(project.photos).toHaveLength(1);
    });
  }
});

describe('an editor of organisation A and project B', () => {
  it('gets 403 for real edits, state changes and deletion, and the project stays as it was', async () => {
    const editorA = browsers.editorA as Browser;
    const before = await loadProjectById(env.database.db, projectB);
    await editorA.get('/admin/projekty');
    const save = await editorA.post(`/admin/projekty/${projectB}`, {
      _action: 'save',
      title: 'Przejęty',
      slug: 'projekt-b',
      status: 'planned',
      currency: 'PLN',
      beneficiarySlug: 'gmina-a',
    });
    expect(save.status).toBe(403);
    expect((await editorA.post(`/admin/projekty/${projectB}/stan`, { to: 'archived' })).status).toBe(403);
    expect((await editorA.post(`/admin/projekty/${projectB}/usun`, {})).status).toBe(403);
    expect((await editorA.get(`/admin/projekty/${projectB}/zdjecia`)).status).toBe(403);
    expect(await loadProjectById(env.database.db, projectB)).toEqual(before);
  });

  it('may read it (as every signed-in role may) but sees no form to change it', async () => {
    const page = await (browsers.editorA as Browser).get(`/admin/projekty/${projectB}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Możesz przeglądać ten projekt, ale nie edytować go.');
    expect(page.html).not.toContain('name="title"');
  });

  it('cannot hand a new project to another organisation by choosing it in a tampered form', async () => {
    const editorA = browsers.editorA as Browser;
    await editorA.get('/admin/projekty/nowy');
    const page = await editorA.post('/admin/projekty/nowy', {
      _action: 'save',
      title: 'Cudzy projekt',
      slug: 'cudzy-projekt',
      status: 'planned',
      currency: 'PLN',
      beneficiarySlug: 'fundacja-b',
    });
    expect(page.status).toBe(403);
    expect(page.html).toContain('jedną z Twoich organizacji');
    expect(page.html).toContain('value="Cudzy projekt"');
    expect(
      await env.database.db.selectFrom('projects').select('id').where('slug', '=', 'cudzy-projekt').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('may create a project where their organisation is only a partner', async () => {
    const editorA = browsers.editorA as Browser;
    await editorA.get('/admin/projekty/nowy');
    const page = await editorA.post('/admin/projekty/nowy', {
      _action: 'save',
      title: 'Wspólny projekt',
      slug: 'wspolny-projekt',
      status: 'planned',
      currency: 'PLN',
      beneficiarySlug: 'fundacja-b',
      'partners.0.organisationSlug': 'gmina-a',
      'partners.0.role': 'partner',
    });
    expect(page.status).toBe(303);
  });
});
