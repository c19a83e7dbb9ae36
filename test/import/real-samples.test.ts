import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappingFile } from '../../src/services/import/formats/mapping-file.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, projectCount, runImport } from './import-helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const MAPA_DOTACJI = fixture('mapa-dotacji_CF_2014-2020.csv');
const CROATIA = fixture('croatia-esif_first-40.csv');
const CROATIA_MAPPING = fileURLToPath(new URL('../../examples/croatia-esif.mapping.json', import.meta.url));

describe('the real sample files', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.cleanup();
  });

  it('imports the Mapa Dotacji export (windows-1250, ";", "." decimals), then finds nothing to change', async () => {
    const { report, rejected } = await runImport(database.db, { file: MAPA_DOTACJI });
    expect(countsOf(report)).toEqual({ rowsRead: 125, created: 125, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(rejected).toEqual([]);
    expect(report).toMatchObject({
      format: 'Mapa Dotacji export',
      source: 'CSV, windows-1250 (detected), ";" separated',
      headerRow: 1,
      organisationsCreated: 45,
      programmesCreated: 0,
      columnsNotImported: [
        'Multimedia',
        'Dziedzina',
        'Czy projekt jest realizowany na obszarze większym niż jedna jednostka administracyjna?',
      ],
    });

    const first = await findProjectBySlug(database.db, 'budowa-autostrady-a1-odc-pyrzowice-czestochowa');
    expect(first).toMatchObject({
      title: 'Budowa autostrady A1, odc. Pyrzowice - Częstochowa',
      beneficiary: { name: 'GENERALNA DYREKCJA DRÓG KRAJOWYCH I AUTOSTRAD', country: 'PL' },
      currency: 'PLN',
      totalValue: { amount: 260761407674, currency: 'PLN' },
      funding: [{ source: 'eu', amount: { amount: 135518458235, currency: 'PLN' } }],
      // The rows name no period or fund; the file's name does.
      funds: ['CF'],
      period: '2014-2020',
      status: 'in_progress',
      places: [],
      provenance: { source: 'import', file: 'mapa-dotacji_CF_2014-2020.csv', row: 2 },
    });
    // Two rows share a title and a beneficiary but not their amounts: two projects, not one.
    const sameTitle = await database.db
      .selectFrom('projects')
      .select(['total_value'])
      .where('title', 'like', 'Realizacja przez Ministerstwo Zdrowia zadań podkomitetu%')
      .orderBy('total_value')
      .execute();
    expect(sameTitle.map((row) => row.total_value)).toEqual([16000000, 123400000]);

    const again = await runImport(database.db, { file: MAPA_DOTACJI });
    expect(countsOf(again.report)).toEqual({
      rowsRead: 125,
      created: 0,
      updated: 0,
      unchanged: 125,
      merged: 0,
      rejected: 0,
    });
    expect(again.report.organisationsCreated).toBe(0);
    expect(await projectCount(database.db)).toBe(125);
  });

  it('imports the Croatian list through the example mapping file, one project per operation with all its counties', async () => {
    const mapping = await loadMappingFile(CROATIA_MAPPING);
    const { report, rejected } = await runImport(database.db, { file: CROATIA, mapping });
    expect(countsOf(report)).toEqual({ rowsRead: 40, created: 38, updated: 0, unchanged: 0, merged: 2, rejected: 0 });
    expect(rejected).toEqual([]);
    expect(report).toMatchObject({
      format: 'mapping "Croatia, ESIF list of operations"',
      source: 'CSV, utf-8 (mapping file), "," separated',
      organisationsCreated: 37,
      programmesCreated: 4,
      columnsNotImported: ['NUTSII'],
    });

    const slug = await database.db
      .selectFrom('projects')
      .select('slug')
      .where('title', 'like', 'Informatizacija i stručne edukacije%')
      .executeTakeFirstOrThrow();
    const project = await findProjectBySlug(database.db, slug.slug);
    expect(project).toMatchObject({
      title: 'Informatizacija i stručne edukacije u centrima za socijalnu skrb (ISECSS)',
      beneficiary: { name: 'Ministarstvo socijalne politike i mladih (15351583880)', country: 'HR' },
      programme: { name: 'Razvoj ljudskih potencijala', shortName: 'HR', period: '2007-2013', code: null },
      funds: ['ESF'],
      period: '2007-2013',
      currency: 'HRK',
      cofinancing: { amount: 517233850, currency: 'HRK' },
      eligibleExpenditure: { amount: 517233850, currency: 'HRK' },
      startDate: '2015-06-18',
      endDate: '2016-06-17',
      status: 'completed',
      provenance: { row: 2 },
    });
    expect(project?.summary).toMatch(/^Projekt će doprinijeti daljnjem razvoju/);
    expect(project?.places.map((place) => [place.label, place.county, place.country])).toEqual([
      ['DUBROVAČKO-NERETVANSKA', 'DUBROVAČKO-NERETVANSKA', 'HR'],
      ['ISTARSKA', 'ISTARSKA', 'HR'],
    ]);

    const again = await runImport(database.db, { file: CROATIA, mapping });
    expect(countsOf(again.report)).toEqual({
      rowsRead: 40,
      created: 0,
      updated: 0,
      unchanged: 38,
      merged: 2,
      rejected: 0,
    });
    expect(again.report.changes).toEqual([]);
  });
});
