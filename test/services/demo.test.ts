import { afterEach, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/domain/validate-project.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { SEED_PROJECTS } from '../../src/services/demo/seed-projects.js';
import { countProjects, sumProjects } from '../../src/storage/repositories/project-list.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.cleanup();
  database = undefined;
});

describe('demo content', () => {
  it('enters both seed projects without a single validation problem or warning', () => {
    for (const project of SEED_PROJECTS) {
      expect(validateProject(project), project.slug).toEqual({ errors: [], warnings: [] });
    }
  });

  it('loads the seeds and the invented projects, marking only the invented ones as demo', async () => {
    database = await createTestDatabase();
    const report = await loadDemo(database.db, { generatedCount: 25 });
    expect(report.projects).toBe(27);
    expect(await countProjects(database.db)).toBe(27);
    const hajnowka = await findProjectBySlug(database.db, 'hajnowka-odnowa');
    expect(hajnowka?.isDemo).toBe(false);
    expect(hajnowka?.totalValue).toEqual({ amount: 101579880, currency: 'PLN' });
    const urb = await findProjectBySlug(database.db, 'urb-inclusion');
    expect(urb?.partners.map((partner) => partner.organisation.city)).toEqual([
      'Barcelona',
      'Kopenhaga',
      'Trikala',
      'Lyon',
      'Neapol',
      'Turyn',
      'Timișoara',
      'Glasgow',
    ]);
  });

  it('generates the same registry from the same seed', async () => {
    const totals = [];
    for (let run = 0; run < 2; run += 1) {
      database = await createTestDatabase();
      await loadDemo(database.db, { generatedCount: 40, seed: 7 });
      totals.push(await sumProjects(database.db, {}));
      await database.cleanup();
      database = undefined;
    }
    expect(totals[0]).toEqual(totals[1]);
  });

  it('refuses to load demo content into a registry that has projects, and leaves it as it was', async () => {
    database = await createTestDatabase();
    await loadDemo(database.db, { generatedCount: 5 });
    await expect(loadDemo(database.db, { generatedCount: 5 })).rejects.toThrow(/already holds projects/);
    expect(await countProjects(database.db)).toBe(7);
  });
});
