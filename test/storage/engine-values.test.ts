import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { money } from '../../src/domain/money.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { insertOrganisation } from '../../src/storage/repositories/organisation-repository.js';
import { sumProjects } from '../../src/storage/repositories/project-list.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { buildOrganisationInput, buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
  await insertOrganisation(database.db, buildOrganisationInput({ slug: 'gmina', name: 'Gmina Łódź' }));
});
afterEach(() => database.cleanup());

describe('values keep their type and precision on every engine', () => {
  it('reads back large amounts, sums, exact coordinates and indicator values, dates and Polish text', async () => {
    const { db } = database;
    const large = 987_654_321_098_765; // far past 32 bits, the largest kind of amount the registry accepts
    await createProject(
      db,
      buildProjectInput({
        slug: 'duzy',
        title: 'Żłobek „Pod Dębem” w Łodzi',
        beneficiarySlug: 'gmina',
        startDate: '2024-02-29',
        endDate: '2026-06-30',
        totalValue: money(large, 'PLN'),
        places: [
          {
            label: 'Łódź, Bałuty',
            country: 'PL',
            voivodeship: 'łódzkie',
            county: null,
            municipality: 'Łódź',
            teryt: '1061011',
            city: 'Łódź',
            areaName: 'Bałuty',
            latitude: 51.7687323,
            longitude: 19.4569911,
          },
        ],
        indicators: [
          { kind: 'output', name: 'Miejsca opieki', unit: 'szt.', baseline: 0, target: 1234567.5, achieved: 0.125 },
        ],
      }),
    );
    await createProject(db, buildProjectInput({ slug: 'drugi', totalValue: money(large, 'PLN') }));

    const project = await findProjectBySlug(db, 'duzy');
    expect(project?.title).toBe('Żłobek „Pod Dębem” w Łodzi');
    expect(project?.startDate).toBe('2024-02-29');
    expect(project?.totalValue).toEqual({ amount: large, currency: 'PLN' });
    expect(project?.places[0]).toMatchObject({ latitude: 51.7687323, longitude: 19.4569911, city: 'Łódź' });
    expect(project?.indicators[0]).toMatchObject({ target: 1234567.5, achieved: 0.125 });
    expect(typeof project?.id).toBe('number');
    expect(project?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const totals = await sumProjects(db, {});
    expect(totals.count).toBe(2);
    expect(totals.byCurrency[0]?.totalValue).toEqual({ amount: large * 2, currency: 'PLN' });
    expect(typeof totals.byCurrency[0]?.count).toBe('number');
  });
});
