import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApp, addUser, signedIn, startAdminTestApp } from '../helpers/admin.js';

let env: AdminTestApp;
beforeAll(async () => {
  env = await startAdminTestApp({ demoProjects: 3 });
  await addUser(env, 'admin@example.org', 'administrator');
});
afterAll(async () => env.close());

describe('smoke', () => {
  it('signs in and shows pages', async () => {
    const browser = await signedIn(env, 'admin@example.org');
    const list = await browser.get('/admin/projekty');
    expect(list.status).toBe(200);
    const form = await browser.get('/admin/projekty/nowy');
    expect(form.status).toBe(200);
    const edit = await browser.get('/admin/projekty/1');
    if (edit.status !== 200) console.log(edit.html.slice(0, 2000));
    expect(edit.status).toBe(200);
    const saved = await browser.post('/admin/projekty/nowy', {
      _action: 'save',
      title: 'Nowy park',
      slug: 'nowy-park',
      status: 'planned',
      currency: 'PLN',
      totalValue: '1 000,50',
    });
    if (saved.status !== 303) console.log(saved.html.slice(0, 3000));
    expect(saved.status).toBe(303);
  });
});
