import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoProjects } from '../../src/services/demo/generate-projects.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { generateRegistry, prepareRegistryFile } from '../../src/services/scale/generate-registry.js';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { searchProjects } from '../../src/services/search/search-projects.js';
import { openSqliteDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase } from '../helpers/database.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-generate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function freshRegistry(name: string): Promise<string> {
  const file = join(folder, name);
  prepareRegistryFile(file);
  const db = openSqliteDatabase({ file });
  await migrateToLatest(db);
  await db.destroy();
  return file;
}

describe('generateRegistry (spojnia generate)', () => {
  it('writes the projects with their parts, organisations and search index in one go', async () => {
    const file = await freshRegistry('one.db');
    const report = await generateRegistry(file, { projects: 300, seed: 11 });
    expect(report).toMatchObject({ projects: 300, firstProjectId: 1 });
    const db = openSqliteDatabase({ file });
    try {
      const counts = await db
        .selectFrom('projects')
        .select((eb) => [
          eb.fn.countAll<number>().as('projects'),
          eb.fn.count<number>('beneficiary_id').as('withBeneficiary'),
        ])
        .executeTakeFirstOrThrow();
      expect(Number(counts.projects)).toBe(300);
      expect(Number(counts.withBeneficiary)).toBe(300);
      const partnersAbroad = await db
        .selectFrom('project_partners')
        .innerJoin('organisations', 'organisations.id', 'project_partners.organisation_id')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organisations.country', '!=', 'PL')
        .executeTakeFirstOrThrow();
      expect(Number(partnersAbroad.count)).toBeGreaterThan(0);

      const all = await searchProjects(db, { filters: {}, pageSize: 1, facetLimit: 50 });
      expect(all.total).toBe(300);
      const statuses = all.facets.find((facet) => facet.facet === 'status')?.values ?? [];
      const byStatus = await db
        .selectFrom('projects')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      for (const row of byStatus) {
        expect(statuses.find((value) => value.key === row.status)?.count).toBe(Number(row.n));
      }
      const [first] = (await searchProjects(db, { q: 'projekt', filters: {}, pageSize: 1, facetLimit: 0 })).results;
      expect(first).toBeDefined();
    } finally {
      await closeSearch(db);
      await db.destroy();
    }
  });

  it('stores each project exactly as the ordinary writer does', async () => {
    const file = await freshRegistry('same.db');
    await generateRegistry(file, { projects: 40, seed: 5 });
    const demo = await createTestDatabase();
    await loadDemo(demo.db, { generatedCount: 40, seed: 5 });
    const bulk = openSqliteDatabase({ file });
    try {
      // The demo loader writes the same generated projects through createProject.
      for (const project of [...generateDemoProjects({ count: 40, seed: 5 })].slice(0, 10)) {
        const viaBulk = await findProjectBySlug(bulk, project.slug);
        const viaRepository = await findProjectBySlug(demo.db, project.slug);
        expect(viaBulk).not.toBeNull();
        const strip = (value: typeof viaBulk) => ({ ...value, id: 0, createdAt: '', updatedAt: '' });
        expect(strip(viaBulk)).toEqual(strip(viaRepository));
      }
    } finally {
      await bulk.destroy();
      await demo.cleanup();
    }
  });

  it('appends a second run after the first without clashing slugs or contract numbers', async () => {
    const file = await freshRegistry('twice.db');
    await generateRegistry(file, { projects: 120, seed: 3 });
    const second = await generateRegistry(file, { projects: 80, seed: 3 });
    expect(second.firstProjectId).toBe(121);
    const db = openSqliteDatabase({ file });
    try {
      const row = await db
        .selectFrom('projects')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('slug').distinct().as('slugs')])
        .executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(200);
      expect(Number(row.slugs)).toBe(200);
      expect((await searchProjects(db, { filters: {}, pageSize: 1, facetLimit: 0 })).total).toBe(200);
    } finally {
      await closeSearch(db);
      await db.destroy();
    }
  });
});
