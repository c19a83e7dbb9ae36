import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../src/domain/project.js';
import { rowProblemText } from '../../src/services/import/row-problem.js';
import type { SpojniaDb } from '../../src/storage/database.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, runImport, scratchFolder, writeCsv, writeXlsx } from './import-helpers.js';
import { OFFICIAL_2014_HEADERS, OFFICIAL_2014_NOT_IMPORTED, official2014Rows } from './official-lists.js';

async function projectByContract(db: SpojniaDb, contractNumber: string): Promise<Project> {
  const row = await db
    .selectFrom('projects')
    .select('slug')
    .where('contract_number', '=', contractNumber)
    .executeTakeFirstOrThrow();
  const project = await findProjectBySlug(db, row.slug, { includeUnpublished: true });
  if (!project) throw new Error(`no project ${contractNumber}`);
  return project;
}

const VALUE_HEADER = OFFICIAL_2014_HEADERS[9];
const START_HEADER = OFFICIAL_2014_HEADERS[16];

describe.each(['engine', 'portable'] as const)(
  'the official list of projects 2014-2020 (%s bulk store)',
  (bulkStore) => {
    let database: TestDatabase;
    const files = scratchFolder();
    beforeEach(async () => {
      database = await createTestDatabase();
    });
    afterEach(async () => {
      await database.cleanup();
    });

    it('imports the CSV layout: every good row created, every bad one rejected with its row number and reason', async () => {
      const file = writeCsv(files.path('lista-2014-2020.csv'), [OFFICIAL_2014_HEADERS, ...official2014Rows()], {
        bom: true,
      });
      const { report, rejected, headers } = await runImport(database.db, { file, bulkStore });

      expect(countsOf(report)).toEqual({ rowsRead: 7, created: 4, updated: 0, unchanged: 0, merged: 0, rejected: 3 });
      expect(report.format).toBe('official list of projects 2014-2020');
      expect(report.source).toBe('CSV, utf-8 (byte-order mark), ";" separated');
      expect(report.headerRow).toBe(1);
      expect(report.organisationsCreated).toBe(3);
      expect(report.programmesCreated).toBe(4);
      expect(report.columnsNotImported).toEqual(OFFICIAL_2014_NOT_IMPORTED);
      expect(rejected.map(({ row, problems }) => ({ row, reasons: problems.map(rowProblemText) }))).toEqual([
        { row: 6, reasons: [`"${VALUE_HEADER}": "abc" is not a number`] },
        { row: 7, reasons: [`"${START_HEADER}": "2019-02-30" is not a real date`] },
        { row: 8, reasons: ['eligibleExpenditure: Eligible expenditure exceeds the total value'] },
      ]);
      expect(rejected[0]?.cells?.[0]).toBe('Projekt z błędną kwotą');
      expect(headers).toEqual(OFFICIAL_2014_HEADERS);
      await expectTheGoodRows(database.db, 'lista-2014-2020.csv', 2);
    });

    it('imports the XLSX layout: title rows above the header, amounts as numbers, dates as Excel serials', async () => {
      const file = await writeXlsx(files.path('lista-2014-2020.xlsx'), [
        {
          name: 'Lista projektów',
          rows: [
            ['Lista projektów realizowanych z Funduszy Europejskich w Polsce w latach 2014-2020'],
            ['Stan na 31 marca 2022 r.'],
            OFFICIAL_2014_HEADERS,
            ...official2014Rows(true),
          ],
        },
      ]);
      const { report, rejected } = await runImport(database.db, { file, bulkStore });

      expect(countsOf(report)).toEqual({ rowsRead: 7, created: 4, updated: 0, unchanged: 0, merged: 0, rejected: 3 });
      expect(report.source).toBe('XLSX, sheet "Lista projektów"');
      expect(report.headerRow).toBe(3);
      expect(rejected.map((rejection) => rejection.row)).toEqual([8, 9, 10]);
      await expectTheGoodRows(database.db, 'lista-2014-2020.xlsx', 4);
    });
  },
);

/** What the four good rows must have become, down to each fact. */
async function expectTheGoodRows(db: SpojniaDb, fileName: string, firstRow: number) {
  const hajnowka = await projectByContract(db, 'POWR.04.03.00-00-0031/18-00');
  expect(hajnowka).toMatchObject({
    title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
    summary: 'Wypracowanie modelu zlecania usług konsorcjom PES.',
    programme: { code: '2014PL05M9OP001', shortName: 'POWER', period: '2014-2020' },
    priorityAxis: { code: 'IV', name: 'Innowacje społeczne i współpraca ponadnarodowa' },
    measure: { code: '4.3', name: 'Współpraca ponadnarodowa' },
    subMeasure: null,
    funds: ['ESF'],
    period: '2014-2020',
    status: 'completed',
    startDate: '2018-07-01',
    endDate: '2021-09-28',
    currency: 'PLN',
    totalValue: { amount: 101579880, currency: 'PLN' },
    eligibleExpenditure: { amount: 101579880, currency: 'PLN' },
    cofinancing: null,
    funding: [{ source: 'eu', amount: { amount: 95779669, currency: 'PLN' } }],
    beneficiary: { name: 'OŚRODEK WSPIERANIA ORGANIZACJI POZARZĄDOWYCH', country: 'PL' },
    editorialState: 'published',
    provenance: { source: 'import', file: fileName, row: firstRow },
  });
  expect(hajnowka.places).toEqual([
    {
      label: 'gmina Hajnówka (pow. hajnowski, woj. podlaskie)',
      country: 'PL',
      voivodeship: 'podlaskie',
      county: 'hajnowski',
      municipality: 'Hajnówka',
      teryt: null,
      city: null,
      areaName: null,
      latitude: null,
      longitude: null,
    },
    expect.objectContaining({ label: 'powiat Białystok (woj. podlaskie)', county: 'Białystok', municipality: null }),
  ]);

  const tatry = await projectByContract(db, 'PLSK.01.01.00-00-0001/16-00');
  expect(tatry).toMatchObject({
    currency: 'EUR',
    totalValue: { amount: 2305372204, currency: 'EUR' },
    eligibleExpenditure: { amount: 2305372204, currency: 'EUR' },
    funding: [{ source: 'eu', amount: { amount: 1959566373, currency: 'EUR' } }],
    programme: { code: '2014TC16RFCB012', period: '2014-2020' },
    funds: ['ERDF'],
    startDate: '2017-03-01',
    endDate: '2019-12-31',
    status: 'in_progress',
  });

  const nationwide = await projectByContract(db, 'POPT.01.01.00-00-0001/16-00');
  expect(nationwide.places).toEqual([
    expect.objectContaining({ label: 'Cały kraj', country: 'PL', voivodeship: null }),
  ]);
  expect(nationwide).toMatchObject({
    totalValue: { amount: 20062616200, currency: 'PLN' },
    funding: [{ source: 'eu', amount: { amount: 17053223770, currency: 'PLN' } }],
    programme: { code: '2014PL16CFTA001', shortName: 'POPT' },
    funds: ['CF'],
  });

  const road = await projectByContract(db, 'RPMP.07.01.01-12-0100/17-00');
  expect(road).toMatchObject({
    status: 'planned',
    subMeasure: { code: '7.1.1', name: 'Drogi subregionalne' },
    programme: { code: '2014PL16M2OP006', period: '2014-2020' },
    beneficiary: { slug: tatry.beneficiary?.slug },
  });
  expect(road.places[0]).toMatchObject({ municipality: 'Zakopane', county: 'tatrzański', voivodeship: 'małopolskie' });
}

describe('reading in a worker thread', () => {
  const files = scratchFolder();

  it.each([
    ['CSV', 'lista.csv'],
    ['XLSX', 'lista.xlsx'],
  ])('gives the same %s import as reading inline', async (_kind, name) => {
    const file = name.endsWith('.csv')
      ? writeCsv(files.path(name), [OFFICIAL_2014_HEADERS, ...official2014Rows()])
      : await writeXlsx(files.path(name), [
          { name: 'Lista', rows: [OFFICIAL_2014_HEADERS, ...official2014Rows(true)] },
        ]);
    const results = [];
    for (const reader of ['inline', 'worker'] as const) {
      const database = await createTestDatabase();
      try {
        const { report } = await runImport(database.db, { file, reader });
        const projects = await database.db.selectFrom('projects').selectAll().orderBy('id').execute();
        results.push({ report, projects });
      } finally {
        await database.cleanup();
      }
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[1]?.report.created).toBe(4);
  });
});
