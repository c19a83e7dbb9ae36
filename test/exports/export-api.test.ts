import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestApp, collectAllPages, startApiTestApp } from '../api/api-test-app.js';
import { addDraft, addPolishProject, POLISH_TITLE, sumByCurrency } from './export-helpers.js';

let api: ApiTestApp;

beforeAll(async () => {
  api = await startApiTestApp(40);
  await addDraft(api.db);
  await addPolishProject(api.db);
});
afterAll(async () => api.close());

async function download(url: string) {
  const response = await api.app.inject({ method: 'GET', url });
  return { status: response.statusCode, headers: response.headers, raw: response.rawPayload, text: response.body };
}

const searchSlugs = async (query: string) =>
  (await collectAllPages(api, `/api/v1/projects?facets=false&pageSize=100&${query}`)).map((item) => item.slug).sort();

type Row = Record<string, string>;
const csvRows = (text: string, delimiter = ','): Row[] => parse(text, { bom: true, columns: true, delimiter });

describe('exports of search results over HTTP', () => {
  it('CSV: UTF-8 with a BOM, every column, exactly the projects of the filtered search', async () => {
    const file = await download('/api/v1/projects/export.csv?fund=ERDF&status=completed,in_progress');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="projekty-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(file.headers.link).toContain('creativecommons.org/licenses/by/4.0');
    expect([...file.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(file.text);
    expect(rows.map((row) => row.slug).sort()).toEqual(await searchSlugs('fund=ERDF&status=completed,in_progress'));
    expect(Number(file.headers['spojnia-total'])).toBe(rows.length);
    expect(Object.keys(rows[0] as Row)).toEqual(
      expect.arrayContaining(['total_value', 'currency', 'cofinancing_rate_percent', 'eu_contribution', 'url_en']),
    );
    for (const row of rows) expect(String(row.funds).split(' | ')).toContain('ERDF');
  });

  it('keeps Polish letters and exact amounts, and links both languages of the page', async () => {
    const rows = csvRows((await download('/api/v1/projects/export.csv?q=gęślą')).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: POLISH_TITLE,
      currency: 'EUR',
      total_value: '1234567.89',
      cofinancing: '1000000.01',
      eu_contribution: '900000.00',
      url_pl: 'http://localhost:80/projekty/zazolc-gesla-jazn',
      url_en: 'http://localhost:80/en/projects/zazolc-gesla-jazn',
    });
  });

  it('CSV for Excel in Polish: semicolons and decimal commas, the same rows', async () => {
    const plain = csvRows((await download('/api/v1/projects/export.csv?fund=ERDF')).text);
    const file = await download('/api/v1/projects/export.csv?fund=ERDF&dialect=excel-pl');
    expect(file.headers['content-disposition']).toContain('-excel.csv');
    expect([...file.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excel = csvRows(file.text, ';');
    expect(excel.map((row) => row.slug)).toEqual(plain.map((row) => row.slug));
    const polish = excel.find((row) => row.slug === 'zazolc-gesla-jazn') as Row;
    expect(polish.total_value).toBe('1234567,89');
    expect(polish.title).toBe(POLISH_TITLE);
    excel.forEach((row, index) => {
      expect(row.total_value).toBe(String((plain[index] as Row).total_value).replace('.', ','));
    });
  });

  it('XLSX reads back with numbers for amounts and a licence sheet', async () => {
    const file = await download('/api/v1/projects/export.xlsx?voivodeship=podlaskie');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('projects');
    if (!sheet) throw new Error('no sheet "projects"');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const slugs: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) slugs.push(String(row.getCell(1).value));
    });
    expect(slugs.sort()).toEqual(await searchSlugs('voivodeship=podlaskie'));
    const valueColumn = header.indexOf('total_value') + 1;
    expect(typeof sheet.getRow(2).getCell(valueColumn).value).toBe('number');
    expect(String(workbook.getWorksheet('licence')?.getRow(1).getCell(2).value)).toContain('CC BY 4.0');
  });

  it('JSON and NDJSON: one record per project, the same as the CSV; drafts never', async () => {
    const json = JSON.parse((await download('/api/v1/projects/export.json')).text);
    expect(json.licence.name).toBe('CC BY 4.0');
    expect(json.count).toBe(json.projects.length);
    const ndjson = (await download('/api/v1/projects/export.ndjson')).text.trimEnd().split('\n');
    const lines = ndjson.map((line) => JSON.parse(line));
    expect(lines.map((line) => line.slug)).toEqual(json.projects.map((project: Row) => project.slug));
    expect(lines.map((line) => line.slug).sort()).toEqual(await searchSlugs(''));
    expect(lines.some((line) => line.slug === 'szkic-niepublikowany')).toBe(false);
    expect((await download('/api/v1/projects/export.ndjson?q=niepublikowany')).text).toBe('');
  });

  it('GeoJSON: a valid FeatureCollection, a point per place with coordinates', async () => {
    const collection = JSON.parse((await download('/api/v1/projects/export.geojson')).text);
    const projects = (await download('/api/v1/projects/export.json')).text;
    const all = JSON.parse(projects).projects as { slug: string; places: { latitude: number | null }[] }[];
    expect(collection.type).toBe('FeatureCollection');
    const placed = all.flatMap((project) => project.places.filter((place) => place.latitude !== null));
    expect(collection.features).toHaveLength(placed.length);
    expect(collection.projectsWithoutCoordinates).toBe(
      all.filter((project) => project.places.every((place) => place.latitude === null)).length,
    );
    expect(collection.projectsWithoutCoordinates).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [longitude, latitude] = feature.geometry.coordinates;
      expect(longitude).toBeGreaterThanOrEqual(-180);
      expect(longitude).toBeLessThanOrEqual(180);
      expect(latitude).toBeGreaterThanOrEqual(-90);
      expect(latitude).toBeLessThanOrEqual(90);
      expect(feature.properties.place.latitude).toBe(latitude);
    }
  });

  it('follows the search order and refuses a bad parameter with a clear message', async () => {
    const sorted = (await download('/api/v1/projects/export.ndjson?sort=value-desc')).text.trimEnd().split('\n');
    const pages = await collectAllPages(api, '/api/v1/projects?facets=false&pageSize=100&sort=value-desc');
    expect(sorted.map((line) => JSON.parse(line).slug)).toEqual(pages.map((item) => item.slug));
    const bad = await download('/api/v1/projects/export.csv?dialect=excel-de');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.problems[0]).toMatchObject({ path: 'dialect' });
  });

  it('is in the OpenAPI document', async () => {
    const document = (await api.get('/api/v1/openapi.json')).json;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/projects/export.csv', '/api/v1/projects/export.geojson', '/api/v1/stats']),
    );
    expect(document.paths['/api/v1/projects/export.xlsx'].get.responses['200'].content).toHaveProperty(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });
});

describe('GET /api/v1/stats', () => {
  it('sums per currency equal the sums of the exported rows, overall and by fund', async () => {
    const rows = (await download('/api/v1/projects/export.ndjson?period=2014-2020')).text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const stats = (await api.get('/api/v1/stats?period=2014-2020&groupBy=fund')).json;
    expect(stats.count).toBe(rows.length);
    const minor = (lines: { currency: string; totalValue: { minorUnits: number } }[]) =>
      Object.fromEntries(lines.map((line) => [line.currency, line.totalValue.minorUnits]));
    expect(minor(stats.byCurrency)).toEqual(sumByCurrency(rows, 'totalValue'));
    const eu = Object.fromEntries(
      stats.byCurrency.map((line: { currency: string; euContribution: { minorUnits: number } }) => [
        line.currency,
        line.euContribution.minorUnits,
      ]),
    );
    const euRows = sumByCurrency(rows, 'euContribution');
    for (const currency of Object.keys(eu)) expect(eu[currency]).toBe(euRows[currency] ?? 0);
    for (const group of stats.byFacet.fund.groups) {
      const ofFund = rows.filter((row) => row.funds.includes(group.value));
      expect(group.count).toBe(ofFund.length);
      expect(minor(group.byCurrency)).toEqual(sumByCurrency(ofFund, 'totalValue'));
    }
  });

  it('never adds PLN to EUR, groups by every facet by default, and reports ignored values', async () => {
    const stats = (await api.get('/api/v1/stats?programme=no-such-programme')).json;
    expect(stats.byCurrency.map((line: { currency: string }) => line.currency)).toEqual(['EUR', 'PLN']);
    expect(Object.keys(stats.byFacet)).toHaveLength(13);
    expect(stats.meta.ignored[0].code).toBe('unknown_facet_value');
    const bad = await api.get('/api/v1/stats?groupBy=colour');
    expect(bad.status).toBe(400);
  });
});
