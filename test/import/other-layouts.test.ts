import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpojniaDb } from '../../src/storage/database.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, runImport, scratchFolder, writeCsv, writeXlsx } from './import-helpers.js';
import { excelSerial } from './official-lists.js';

async function projectWhere(db: SpojniaDb, column: 'contract_number' | 'kohesio_id', value: string) {
  const row = await db.selectFrom('projects').select('slug').where(column, '=', value).executeTakeFirstOrThrow();
  return findProjectBySlug(db, row.slug);
}

const LIST_2021_HEADERS = [
  'Nazwa projektu',
  'Numer umowy/decyzji',
  'Nazwa beneficjenta',
  'Fundusz',
  'Program',
  'Priorytet',
  'Działanie',
  'Wartość projektu (w zł)',
  'Poziom unijnego dofinansowania w procentach',
  'Dofinansowanie z UE (w zł)',
  'Miejsce realizacji projektu',
  'Data rozpoczęcia projektu',
  'Data zakończenia projektu',
  'Kategoria wsparcia',
];

const KOHESIO_HEADERS = [
  'Operation_Unique_Identifier',
  'Operation_Local_Identifier',
  'Operation_Name_English',
  'Operation_Name_Programme_Language',
  'Country',
  'Postal_Code',
  'Operation_Start_Date',
  'Operation_End_Date',
  'Cofinancing_Rate',
  'Total_Eligible_Expenditure_amount',
  'Total_Eligible_Expenditure_Currency',
  'Project_EU_Budget',
  'Beneficiary_Unique_Identifier',
  'Beneficiary_Name',
  'Location_Indicator_latitude_longitude',
  'Category_Of_Intervention',
  'Category_Label',
  'Thematic_Objective_ID',
  'Thematic_Objective_Label',
  'Fund_Code',
  'Fund_Name',
  'Programme_Code',
  'Programme_Name',
  'Region',
  'NUTS3_Code',
  'Programming_Period',
  'Operation_Summary_English',
  'Operation_Summary_Programme_Language',
  'ManagingAuthority',
  'Image_URL',
  'InfoRegio_URL',
];

describe('the other layouts', () => {
  let database: TestDatabase;
  const files = scratchFolder();
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.cleanup();
  });

  it('imports the 2021-2027 list from its sheet, after a sheet of notes and a "stan na" row', async () => {
    const file = await writeXlsx(files.path('lista-2021-2027.xlsx'), [
      { name: 'Informacje', rows: [['Objaśnienia'], ['Kwoty w złotych.']] },
      {
        name: 'Lista projektów 2021-2027',
        rows: [
          ['stan na 31.12.2023'],
          LIST_2021_HEADERS,
          [
            'Ścieżki rowerowe w gminie Nowy Targ',
            'FEMP.02.01-IZ.00-0001/23-00',
            'GMINA NOWY TARG',
            'EFRR',
            'FEMP',
            'FEMP.02 Fundusze Europejskie dla klimatu',
            'FEMP.02.01 Infrastruktura rowerowa',
            5_000_000,
            80,
            4_000_000,
            'WOJ.: MAŁOPOLSKIE, POW.: nowotarski, GM.: Nowy Targ - Gmina wi',
            excelSerial('2023-04-01'),
            excelSerial('2025-10-31', 0.5),
            'Infrastruktura rowerowa',
          ],
          [
            'Prace B+R nad nowym lekiem',
            'FENG.01.01-IP.01-0005/23-00',
            'BIOTECH SPÓŁKA Z O.O.',
            'EFRR',
            'FENG',
            '1 Wsparcie dla przedsiębiorców',
            '1.1 Ścieżka SMART',
            12_345_678.9,
            0.6,
            null,
            'WOJ.: MAZOWIECKIE, POW.: Warszawa, GM.: Warszawa - miasto stołeczne',
            excelSerial('2023-09-01'),
            excelSerial('2026-08-31'),
            'Badania i innowacje',
          ],
        ],
      },
    ]);
    const { report, rejected } = await runImport(database.db, { file });
    expect(rejected).toEqual([]);
    expect(countsOf(report)).toEqual({ rowsRead: 2, created: 2, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(report).toMatchObject({
      format: 'official list of projects 2021-2027',
      source: 'XLSX, sheet "Lista projektów 2021-2027"',
      headerRow: 2,
      columnsNotImported: ['Kategoria wsparcia'],
      programmesCreated: 2,
    });

    const paths = await projectWhere(database.db, 'contract_number', 'FEMP.02.01-IZ.00-0001/23-00');
    expect(paths).toMatchObject({
      programme: { shortName: 'FEMP', name: 'FEMP', period: '2021-2027', code: null },
      priorityAxis: { code: 'FEMP.02', name: 'Fundusze Europejskie dla klimatu' },
      measure: { code: 'FEMP.02.01', name: 'Infrastruktura rowerowa' },
      funds: ['ERDF'],
      period: '2021-2027',
      totalValue: { amount: 500000000, currency: 'PLN' },
      funding: [{ source: 'eu', amount: { amount: 400000000, currency: 'PLN' } }],
      startDate: '2023-04-01',
      endDate: '2025-10-31',
      status: 'in_progress',
    });
    expect(paths?.places[0]).toMatchObject({
      voivodeship: 'małopolskie',
      county: 'nowotarski',
      municipality: 'Nowy Targ',
    });

    const research = await projectWhere(database.db, 'contract_number', 'FENG.01.01-IP.01-0005/23-00');
    expect(research).toMatchObject({
      programme: {
        code: '2021PL16RFPR001',
        shortName: 'FENG',
        name: 'Fundusze Europejskie dla Nowoczesnej Gospodarki',
      },
      beneficiary: { name: 'BIOTECH SPÓŁKA Z O.O.' },
      // No EU amount in the file: 60 % of the value, rounded to the grosz.
      funding: [{ source: 'eu', amount: { amount: 740740734, currency: 'PLN' } }],
    });
    expect(research?.places[0]).toMatchObject({ county: 'Warszawa', municipality: 'Warszawa' });
  });

  it('imports a Kohesio export: BOM, CRLF, quoted lines, dd/mm/yyyy, a rate in percent, coordinates', async () => {
    const row = (values: Record<string, string>) => KOHESIO_HEADERS.map((header) => values[header] ?? '');
    const file = writeCsv(
      files.path('PL_projects_2014_2020.csv'),
      [
        KOHESIO_HEADERS,
        row({
          Operation_Unique_Identifier: 'https://linkedopendata.eu/entity/Q2847123',
          Operation_Local_Identifier: 'RPMP.04.03.01-12-0001/17',
          Operation_Name_English: 'Thermal modernisation of a school in Kraków',
          Operation_Name_Programme_Language: 'Termomodernizacja szkoły w Krakowie',
          Country: 'Poland',
          Postal_Code: '30-001',
          Operation_Start_Date: '01/02/2018',
          Operation_End_Date: '30/11/2019',
          Cofinancing_Rate: '85.0',
          Total_Eligible_Expenditure_amount: '1234567.89',
          Total_Eligible_Expenditure_Currency: 'EUR',
          Project_EU_Budget: '',
          Beneficiary_Name: 'Gmina Miejska Kraków',
          Location_Indicator_latitude_longitude: '50.0647,19.945',
          Fund_Code: 'ERDF',
          Fund_Name: 'European Regional Development Fund',
          Programme_Code: '2014PL16M2OP006',
          Programme_Name: 'Małopolskie Voivodeship - ERDF/ESF',
          Region: 'Małopolskie',
          Programming_Period: '2014-2020',
          Operation_Summary_Programme_Language: 'Docieplenie budynku,\r\nwymiana okien i źródła ciepła.',
        }),
      ],
      { delimiter: ',', bom: true, lineEnd: '\r\n' },
    );
    const { report, rejected } = await runImport(database.db, { file });
    expect(rejected).toEqual([]);
    expect(countsOf(report)).toEqual({ rowsRead: 1, created: 1, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(report.format).toBe('Kohesio export');
    expect(report.source).toBe('CSV, utf-8 (byte-order mark), "," separated');

    const project = await projectWhere(database.db, 'kohesio_id', 'Q2847123');
    expect(project).toMatchObject({
      title: 'Termomodernizacja szkoły w Krakowie',
      summary: 'Docieplenie budynku,\r\nwymiana okien i źródła ciepła.',
      externalIds: { kohesio: 'Q2847123', officialList: 'RPMP.04.03.01-12-0001/17', keepEu: null },
      programme: {
        code: '2014PL16M2OP006',
        shortName: 'RPO Małopolskie',
        name: 'Regionalny Program Operacyjny Województwa Małopolskiego',
      },
      currency: 'EUR',
      eligibleExpenditure: { amount: 123456789, currency: 'EUR' },
      // 85 % of 1 234 567,89 is 1 049 382,7065: rounded half up to the cent.
      funding: [{ source: 'eu', amount: { amount: 104938271, currency: 'EUR' } }],
      startDate: '2018-02-01',
      endDate: '2019-11-30',
      period: '2014-2020',
      beneficiary: { name: 'Gmina Miejska Kraków', country: 'PL' },
    });
    expect(project?.places).toEqual([
      {
        label: 'Małopolskie, 30-001',
        country: 'PL',
        voivodeship: 'małopolskie',
        county: null,
        municipality: null,
        teryt: null,
        city: null,
        areaName: null,
        latitude: 50.0647,
        longitude: 19.945,
      },
    ]);
  });
});
