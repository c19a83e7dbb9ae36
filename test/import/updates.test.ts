import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowProblemText } from '../../src/services/import/row-problem.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, projectCount, runImport, scratchFolder, writeCsv } from './import-helpers.js';
import { OFFICIAL_2014_HEADERS, official2014Rows } from './official-lists.js';

const TOTAL = 9;
const EU = 11;
const PLACE = 14;
const END = 17;

/** The four good rows of the sample list, with the changes given (row index → column → value). */
function goodRows(changes: Record<number, Record<number, string>> = {}) {
  return official2014Rows()
    .slice(0, 4)
    .map((row, index) => row.map((cell, column) => changes[index]?.[column] ?? cell));
}

describe.each(['engine', 'portable'] as const)('importing a list again (%s bulk store)', (bulkStore) => {
  let database: TestDatabase;
  const files = scratchFolder();
  beforeEach(async () => {
    database = await createTestDatabase();
    const first = writeCsv(files.path('lista-marzec.csv'), [OFFICIAL_2014_HEADERS, ...goodRows()]);
    const { report } = await runImport(database.db, { file: first, bulkStore });
    expect(countsOf(report)).toEqual({ rowsRead: 4, created: 4, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
  });
  afterEach(async () => {
    await database.cleanup();
  });

  it('changes nothing when the file is the same, not even the update times', async () => {
    const before = await database.db.selectFrom('projects').select(['slug', 'updated_at']).orderBy('id').execute();
    const again = writeCsv(files.path('lista-marzec-kopia.csv'), [OFFICIAL_2014_HEADERS, ...goodRows()]);
    const { report } = await runImport(database.db, { file: again, bulkStore });
    expect(countsOf(report)).toEqual({ rowsRead: 4, created: 0, updated: 0, unchanged: 4, merged: 0, rejected: 0 });
    expect(report.changes).toEqual([]);
    expect(report.organisationsCreated + report.programmesCreated).toBe(0);
    expect(await database.db.selectFrom('projects').select(['slug', 'updated_at']).orderBy('id').execute()).toEqual(
      before,
    );
  });

  it('updates from a newer file the projects it names, and reports each change fact by fact', async () => {
    const newer = writeCsv(files.path('lista-kwiecien.csv'), [
      OFFICIAL_2014_HEADERS,
      ...goodRows({
        0: {
          [TOTAL]: '1 100 000,00',
          [END]: '2021-12-31',
          [PLACE]: 'WOJ.: PODLASKIE, POW.: hajnowski, GM.: Hajnówka - gmina miejska',
        },
        2: { [EU]: '171 000 000,00' },
      }),
      [
        'Nowy projekt z kwietnia',
        '',
        'RPMP.01.02.00-12-0009/24-00',
        'Gmina Nowy Targ',
        'EFRR',
        'Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020',
        ...Array<string>(3).fill(''),
        '10 000,00',
        '10 000,00',
        '8 500,00',
        '85',
        ...Array<string>(10).fill(''),
        'Nie',
      ],
    ]);
    const { report } = await runImport(database.db, { file: newer, bulkStore });
    expect(countsOf(report)).toEqual({ rowsRead: 5, created: 1, updated: 2, unchanged: 2, merged: 0, rejected: 0 });
    expect(report.changes).toEqual([
      {
        row: 4,
        slug: 'wsparcie-systemu-realizacji-polityki-spojnosci',
        title: 'Wsparcie systemu realizacji polityki spójności',
        contractNumber: 'POPT.01.01.00-00-0001/16-00',
        changes: [{ fact: 'funding.eu', before: '170532237.70 PLN', after: '171000000.00 PLN' }],
      },
      {
        row: 2,
        slug: 'hajnowka-odnowa-kooperacja-w-rewitalizacji-doswiadczenia-z-reggio-emil',
        title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
        contractNumber: 'POWR.04.03.00-00-0031/18-00',
        changes: [
          { fact: 'endDate', before: '2021-09-28', after: '2021-12-31' },
          { fact: 'totalValue', before: '1015798.80 PLN', after: '1100000.00 PLN' },
          {
            fact: 'places',
            before: 'gmina Hajnówka (pow. hajnowski, woj. podlaskie) | powiat Białystok (woj. podlaskie)',
            after: 'gmina Hajnówka (pow. hajnowski, woj. podlaskie)',
          },
        ],
      },
    ]);
    const project = await findProjectBySlug(
      database.db,
      'hajnowka-odnowa-kooperacja-w-rewitalizacji-doswiadczenia-z-reggio-emil',
    );
    expect(project).toMatchObject({
      totalValue: { amount: 110000000, currency: 'PLN' },
      endDate: '2021-12-31',
      provenance: { source: 'import', file: 'lista-kwiecien.csv', row: 2 },
    });
    expect(project?.places).toHaveLength(1);
    expect(project?.updatedAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it('keeps what editors added that the file has no column for', async () => {
    await database.db
      .updateTable('projects')
      .set({ description: '<p>Opis od redakcji</p>', website: 'https://example.org' })
      .where('contract_number', '=', 'POWR.04.03.00-00-0031/18-00')
      .execute();
    const newer = writeCsv(files.path('lista-maj.csv'), [
      OFFICIAL_2014_HEADERS,
      ...goodRows({ 0: { [TOTAL]: '1 200 000,00' } }),
    ]);
    const { report } = await runImport(database.db, { file: newer, bulkStore });
    expect(countsOf(report)).toMatchObject({ updated: 1, unchanged: 3 });
    const row = await database.db
      .selectFrom('projects')
      .select(['description', 'website', 'total_value'])
      .where('contract_number', '=', 'POWR.04.03.00-00-0031/18-00')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      description: '<p>Opis od redakcji</p>',
      website: 'https://example.org',
      total_value: 120000000,
    });
  });

  it('rejects an update that breaks the rules, and a repeated contract number with other facts, leaving the projects as they were', async () => {
    const newer = writeCsv(files.path('lista-czerwiec.csv'), [
      OFFICIAL_2014_HEADERS,
      ...goodRows({ 0: { [TOTAL]: '1 000,00' } }),
      goodRows({ 1: { [TOTAL]: '30 000 000,00', [EU]: '19 000 000,00' } })[1] as string[],
    ]);
    const { report, rejected } = await runImport(database.db, { file: newer, bulkStore });
    expect(countsOf(report)).toEqual({ rowsRead: 5, created: 0, updated: 0, unchanged: 3, merged: 0, rejected: 2 });
    expect(rejected.map(({ row, problems }) => ({ row, reasons: problems.map(rowProblemText) }))).toEqual([
      { row: 2, reasons: ['eligibleExpenditure: Eligible expenditure exceeds the total value'] },
      { row: 6, reasons: ['repeats the project of row 3 with other facts: totalValue, funding.eu'] },
    ]);
    const row = await database.db
      .selectFrom('projects')
      .select('total_value')
      .where('contract_number', '=', 'POWR.04.03.00-00-0031/18-00')
      .executeTakeFirstOrThrow();
    expect(row.total_value).toBe(101579880);
  });

  it('reports in a dry run exactly what a real run would do, and writes nothing', async () => {
    const newer = writeCsv(files.path('lista-lipiec.csv'), [
      OFFICIAL_2014_HEADERS,
      ...goodRows({ 2: { [EU]: '171 000 000,00' } }),
      [
        'Projekt tylko na próbę',
        '',
        'RPMP.01.02.00-12-0010/24-00',
        'Stowarzyszenie Nowe',
        'EFS',
        'POWER',
        ...Array<string>(19).fill(''),
      ],
    ]);
    const dry = await runImport(database.db, { file: newer, bulkStore, dryRun: true });
    const counts = await projectCount(database.db);
    const organisations = await database.db.selectFrom('organisations').select('id').execute();
    expect(dry.report.dryRun).toBe(true);
    expect(countsOf(dry.report)).toEqual({ rowsRead: 5, created: 1, updated: 1, unchanged: 3, merged: 0, rejected: 0 });
    expect(dry.report.organisationsCreated).toBe(1);
    expect(counts).toBe(4);
    expect(organisations).toHaveLength(3);

    const real = await runImport(database.db, { file: newer, bulkStore });
    expect({ ...real.report, dryRun: true }).toEqual(dry.report);
    expect(await projectCount(database.db)).toBe(5);
  });
});

describe('rows the writer rejects while a worker thread reads', () => {
  const files = scratchFolder();

  it('still come with their cells, asked back from the reading thread', async () => {
    const database = await createTestDatabase();
    try {
      const first = writeCsv(files.path('lista.csv'), [OFFICIAL_2014_HEADERS, ...goodRows()]);
      await runImport(database.db, { file: first });
      const newer = writeCsv(files.path('lista-nowa.csv'), [
        OFFICIAL_2014_HEADERS,
        ...goodRows({ 0: { [TOTAL]: '1 000,00' } }),
      ]);
      const { report, rejected } = await runImport(database.db, { file: newer, reader: 'worker' });
      expect(countsOf(report)).toEqual({ rowsRead: 4, created: 0, updated: 0, unchanged: 3, merged: 0, rejected: 1 });
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.row).toBe(2);
      expect(rejected[0]?.cells?.[2]).toBe('POWR.04.03.00-00-0031/18-00');
      expect(rejected[0]?.cells?.[TOTAL]).toBe('1 000,00');
    } finally {
      await database.cleanup();
    }
  });
});
