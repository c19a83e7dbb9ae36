import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestApp, startApiTestApp } from './api-test-app.js';

let api: ApiTestApp;

beforeAll(async () => {
  api = await startApiTestApp(5);
});

afterAll(async () => {
  await api.close();
});

describe('translations in the API', () => {
  it('a project keeps its Polish fields and adds the English texts, null where untranslated', async () => {
    const { status, json } = await api.get('/api/v1/projects/hajnowka-odnowa');
    expect(status).toBe(200);
    expect(json.title).toBe('Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia');
    expect(json.translations.en.title).toBe(
      'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
    );
    expect(json.translations.en.goal).toMatch(/^The goal of the project is to develop/);
    expect(json.translations.en.description).toBeNull();
    expect(json.updates[0].title).toBe('Start projektu');
    expect(json.updates[0].translations.en).toEqual({
      title: 'The project starts',
      body: expect.stringContaining('From 1 July 2018'),
    });
  });

  it('each project of the list carries its English title and summary', async () => {
    const { json } = await api.get('/api/v1/projects?pageSize=100');
    const urb = json.data.find((item: { slug: string }) => item.slug === 'urb-inclusion');
    expect(urb.translations.en.title).toBe('URB-INCLUSION');
    expect(urb.translations.en.summary).toMatch(/^In an URBACT network/);
    const generated = json.data.find(
      (item: { slug: string }) => !['urb-inclusion', 'hajnowka-odnowa'].includes(item.slug),
    );
    expect(generated.translations.en).toEqual({ title: null, summary: null });
  });

  it('describes the translations in the OpenAPI document', async () => {
    const { json } = await api.get('/api/v1/openapi.json');
    const project = json.components.schemas.Project;
    expect(Object.keys(project.properties.translations.properties.en.properties)).toEqual([
      'title',
      'summary',
      'description',
      'goal',
      'results',
    ]);
  });
});
