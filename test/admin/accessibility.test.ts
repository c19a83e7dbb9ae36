import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApp, addUser, Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';

let env: AdminTestApp;
const pages: Record<string, string> = {};

beforeAll(async () => {
  env = await startAdminTestApp({ demoProjects: 2 });
  await addUser(env, 'admin@example.org', 'administrator');
  pages.signIn = (await new Browser(env.app).get('/admin/logowanie')).html;
  const admin = await signedIn(env, 'admin@example.org');
  pages.list = (await admin.get('/admin/projekty')).html;
  await admin.get('/admin/projekty/nowy');
  pages.formWithErrors = (
    await admin.post('/admin/projekty/nowy', {
      _action: 'save',
      title: '',
      slug: 'Zły',
      totalValue: 'x',
      'funding.0.amount': 'y',
    })
  ).html;
  pages.edit = (await admin.get('/admin/projekty/1')).html;
  pages.history = (await admin.get('/admin/projekty/1/historia')).html;
  pages.images = (await admin.get('/admin/projekty/1/zdjecia')).html;
  pages.users = (await admin.get('/admin/uzytkownicy/nowy')).html;
  pages.audit = (await admin.get('/admin/dziennik')).html;
  pages.english = (await admin.get('/en/admin/projects/1')).html;
});
afterAll(async () => env.close());

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('editorial pages, read as assistive technology reads them', () => {
  it('label every form control', () => {
    for (const [name, html] of Object.entries(pages)) {
      const labelled = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((match) => match[1]));
      const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => !/type="(hidden|submit)"/.test(tag));
      if (name !== 'history') expect(controls.length, name).toBeGreaterThan(0);
      for (const tag of controls) expect(labelled.has(attribute(tag, 'id') ?? ''), `${name}: ${tag}`).toBe(true);
    }
  });

  it('tie every error message to its control and give each id once', () => {
    for (const [name, html] of Object.entries(pages)) {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length - new Set(ids).size, `${name} has duplicate ids`).toBe(0);
      for (const match of html.matchAll(/aria-describedby="([^"]+)"/g)) {
        for (const id of (match[1] ?? '').split(' ')) expect(ids, `${name}: ${id}`).toContain(id);
      }
    }
    const errors = [...(pages.formWithErrors ?? '').matchAll(/<p class="field__error" id="([^"]+)"/g)].map((m) => m[1]);
    expect(errors).toEqual(expect.arrayContaining(['f-title-error', 'f-totalValue-error', 'f-funding-0-amount-error']));
  });

  it('have one h1 and headings that never skip a level', () => {
    for (const [name, html] of Object.entries(pages)) {
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
      expect(levels[0], name).toBe(1);
      expect(
        levels.filter((level) => level === 1),
        name,
      ).toHaveLength(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - (levels[index - 1] ?? 1), `${name}: h${levels[index - 1]} → h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('give data tables captions and column headers', () => {
    for (const name of ['list', 'history', 'audit']) {
      const html = pages[name] ?? '';
      for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
        expect(table).toMatch(/<caption>/);
        expect(table).toMatch(/<th scope="col">/);
      }
    }
  });

  it('say which language they are in and offer the other', () => {
    expect(pages.signIn).toContain('<html lang="pl">');
    expect(pages.english).toContain('<html lang="en">');
    expect(pages.english).toContain('href="/admin/projekty/1"');
  });
});
