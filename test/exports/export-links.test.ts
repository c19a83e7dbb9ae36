import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestApp, startApiTestApp } from '../api/api-test-app.js';

let api: ApiTestApp;
beforeAll(async () => {
  api = await startApiTestApp(10);
});
afterAll(async () => api.close());

const hrefs = (html: string) => [...html.matchAll(/href="(\/api\/v1\/projects\/export[^"]*)"/g)].map((m) => m[1]);

describe('the search page links to downloads of the whole result', () => {
  it('in Polish, every format, with the page filters in the API names', async () => {
    const page = await api.get('/projekty?fundusz=ERDF&kraj-partnera=IT&sortuj=value-desc');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Pobierz te wyniki');
    expect(page.body).toContain('CSV dla Excela (średnik, przecinek dziesiętny)');
    const links = hrefs(page.body).map((href) => (href ?? '').replaceAll('&amp;', '&'));
    expect(links).toHaveLength(6);
    expect(links[0]).toBe('/api/v1/projects/export.csv?fund=ERDF&partnerCountry=IT&sort=value-desc');
    expect(links[1]).toContain('dialect=excel-pl');
    const download = await api.app.inject(links[0] as string);
    const total = /Znaleziono: (\d+)/.exec(page.body)?.[1];
    expect(download.headers['spojnia-total']).toBe(total);
  });

  it('in English', async () => {
    const page = await api.get('/en/projects?status=completed');
    expect(page.body).toContain('Download these results');
    expect(hrefs(page.body).some((href) => href?.includes('export.geojson?status=completed'))).toBe(true);
  });
});
