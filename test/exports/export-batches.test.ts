import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareResultExport } from '../../src/services/export/results/prepare-result-export.js';
import { searchProjects } from '../../src/services/search/search-projects.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';
import { addDraft } from './export-helpers.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createDemoDatabase(60);
  await addDraft(database.db);
});
afterAll(async () => database.cleanup());

async function exportNdjson(batchSize: number, filters = {}): Promise<string[]> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const prepared = await prepareResultExport(database.db, {
    filters,
    batchSize,
    pageUrls: (slug) => ({ pl: `/projekty/${slug}`, en: `/en/projects/${slug}` }),
  });
  await prepared.write('ndjson', output);
  output.end();
  return Buffer.concat(chunks)
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line).slug);
}

describe('an export walks the whole result a batch at a time', () => {
  it('writes every project once, in the search order, across many batches', async () => {
    const slugs = await exportNdjson(7);
    const all = await searchProjects(database.db, { filters: {}, pageSize: 1000, facetLimit: 0 });
    expect(all.total).toBeGreaterThan(7 * 5);
    expect(slugs).toEqual(all.results.map((result) => result.project.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('szkic-niepublikowany');
  });

  it('leaves out a project unpublished after the export found it', async () => {
    const prepared = await prepareResultExport(database.db, {
      filters: {},
      batchSize: 5,
      pageUrls: (slug) => ({ pl: slug, en: slug }),
    });
    const [first] = (await searchProjects(database.db, { filters: {}, pageSize: 1, facetLimit: 0 })).results;
    const slug = first?.project.slug as string;
    await database.db.updateTable('projects').set({ editorial_state: 'draft' }).where('slug', '=', slug).execute();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    const report = await prepared.write('ndjson', output);
    expect(report.projects).toBe(prepared.total - 1);
    expect(text).not.toContain(`"slug":"${slug}"`);
    await database.db.updateTable('projects').set({ editorial_state: 'published' }).where('slug', '=', slug).execute();
  });
});
