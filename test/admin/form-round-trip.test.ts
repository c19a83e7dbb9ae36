import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectToInput } from '../../src/domain/project-input.js';
import { loadProjectById } from '../../src/services/revisions/record-revision.js';
import { parseProjectForm, projectToFormValues } from '../../src/web/admin/forms/project-form.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createDemoDatabase(40);
});
afterAll(async () => database.cleanup());

describe('the project form and the stored projects', () => {
  it('shows every demo and seed project in the form so that saving it unchanged changes nothing', async () => {
    const rows = await database.db.selectFrom('projects').select('id').execute();
    expect(rows.length).toBe(42);
    for (const { id } of rows) {
      const input = projectToInput(await loadProjectById(database.db, id));
      const parsed = parseProjectForm(projectToFormValues(input), { base: input, projectTitles: new Map() });
      expect(parsed.problems, input.slug).toEqual([]);
      // Updates are stored newest first; the form keeps that order.
      expect(parsed.input, input.slug).toEqual(input);
    }
  });
});
