import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkMappingFile, loadMappingFile } from '../../src/services/import/formats/mapping-file.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, projectCount, runImport, scratchFolder, writeCsv, writeXlsx } from './import-helpers.js';
import { OFFICIAL_2014_HEADERS, official2014Rows } from './official-lists.js';

describe('files that cannot be imported', () => {
  let database: TestDatabase;
  const files = scratchFolder();
  /** What the registry holds before each broken import: it must hold exactly that after. */
  let snapshot: unknown;
  const registry = async () => ({
    projects: await database.db.selectFrom('projects').selectAll().orderBy('id').execute(),
    organisations: await database.db.selectFrom('organisations').selectAll().orderBy('id').execute(),
    programmes: await database.db.selectFrom('programmes').selectAll().orderBy('id').execute(),
    places: await database.db.selectFrom('project_places').selectAll().orderBy('id').execute(),
  });

  beforeEach(async () => {
    database = await createTestDatabase();
    const first = writeCsv(files.path('start.csv'), [OFFICIAL_2014_HEADERS, ...official2014Rows().slice(0, 2)]);
    await runImport(database.db, { file: first });
    snapshot = await registry();
  });
  afterEach(async () => {
    expect(await registry()).toEqual(snapshot);
    await database.cleanup();
  });

  const fails = (file: string, message: string | RegExp, extra: object = {}) =>
    expect(runImport(database.db, { file, ...extra })).rejects.toThrow(message);

  it('refuses an empty file', async () => {
    writeFileSync(files.path('pusty.csv'), '');
    await fails(files.path('pusty.csv'), 'pusty.csv is empty; nothing was imported.');
  });

  it('refuses a file whose columns match no layout, and says how to import it', async () => {
    const file = writeCsv(files.path('inny.csv'), [
      ['Nombre', 'Importe'],
      ['Proyecto', '100'],
    ]);
    await fails(file, /match none of the known layouts .* describe its columns in a mapping file \(--mapping\)/);
  });

  it('refuses a list without a column it needs, naming the column', async () => {
    const headers = OFFICIAL_2014_HEADERS.filter((header) => !header.startsWith('Tytuł projektu'));
    const rows = official2014Rows().map((row) => row.slice(1));
    const file = writeCsv(files.path('bez-tytulu.csv'), [headers, ...rows]);
    await fails(
      file,
      'The file looks like the official list of projects 2014-2020, but has no column "Tytuł projektu" (title), which it needs; nothing was imported.',
    );
  });

  it('refuses a file in another encoding than its mapping file says', async () => {
    const file = writeCsv(
      files.path('lista-1250.csv'),
      [
        ['Naziv', 'Vrijednost'],
        ['Projekt żółwia', '100,00'],
      ],
      { encoding: 'windows-1250' },
    );
    const mapping = checkMappingFile({
      encoding: 'utf-8',
      columns: { Naziv: 'title', Vrijednost: 'totalValue' },
      defaults: { currency: 'EUR' },
    });
    await fails(file, /The file is not valid UTF-8, as the mapping file says it is \(first bad byte at byte \d+\)/, {
      mapping,
    });
  });

  it('stops at bytes that are not UTF-8 far into a UTF-8 file, importing none of its rows', async () => {
    const good = official2014Rows().slice(2, 3)[0] as string[];
    const rows = Array.from({ length: 400 }, (_, index) =>
      good.map((cell, column) => (column === 2 ? `X.${index}` : cell)),
    );
    const file = writeCsv(files.path('zepsuty.csv'), [OFFICIAL_2014_HEADERS, ...rows]);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('Zak\xb3ad;\n', 'latin1')]));
    await fails(file, /The file is not valid UTF-8 \(bad byte near byte \d+\)/);
  });

  it('refuses a file that is not text', async () => {
    writeFileSync(files.path('obraz.csv'), Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 7) % 256)));
    await fails(files.path('obraz.csv'), /does not look like text|Cannot tell how the file is encoded/);
  });

  it('refuses an XLSX file cut short, though its first rows could be read', async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => [
      `Projekt ${index}`,
      `X.${index}`,
      'Gmina',
      `opis ${index}`.repeat(20),
    ]);
    const file = await writeXlsx(files.path('uciety.xlsx'), [
      { name: 'Lista', rows: [OFFICIAL_2014_HEADERS.slice(0, 4), ...rows] },
    ]);
    const size = readFileSync(file).length;
    truncateSync(file, Math.floor(size * 0.6));
    await fails(
      file,
      'The XLSX file is incomplete or damaged (it was probably cut short while downloading or copying); nothing was imported.',
    );
  });

  it('refuses an old .xls workbook', async () => {
    writeFileSync(files.path('stary.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(600)]));
    await fails(
      files.path('stary.xls'),
      'This is an old Excel file (.xls); save it as XLSX or CSV (UTF-8) and import that.',
    );
  });

  it('refuses a CSV whose quote is never closed', async () => {
    const text = `${OFFICIAL_2014_HEADERS.join(';')}\n"Projekt bez końca;opis\n`;
    writeFileSync(files.path('cudzyslow.csv'), text);
    await fails(
      files.path('cudzyslow.csv'),
      'The CSV file ends inside a quoted field that opens at row 2: a closing quote (") is missing.',
    );
  });

  it('refuses a JSON export cut short', async () => {
    writeFileSync(
      files.path('eksport.json'),
      '{"format":"spojnia-registry","version":1,"projects":[{"slug":"a","title":',
    );
    await fails(
      files.path('eksport.json'),
      'The JSON file ends in the middle of record 1 (it was probably cut short); nothing was imported.',
    );
  });

  it('explains every problem of a mapping file at once', async () => {
    writeFileSync(
      files.path('mapa.json'),
      JSON.stringify({ columns: { Naziv: 'naslov', Iznos: 'totalValue' }, defaults: { country: 'Atlantyda' } }),
    );
    await expect(loadMappingFile(files.path('mapa.json'))).rejects.toThrow(
      [
        'The mapping file mapa.json has problems:',
        '  - columns.Naziv: "naslov" is not a field; fields are: title, summary, description, contractNumber, kohesioId, officialListId, keepEuId, beneficiary, beneficiaryCountry, fund, programme, programmeCode, priority, measure, subMeasure, period, category, status, finished, startDate, endDate, currency, totalValue, eligibleExpenditure, cofinancing, euAmount, stateBudget, cofinancingRate, place, country, region, county, municipality, city, postalCode, coordinates, latitude, longitude, website',
      ].join('\n'),
    );
    expect(() =>
      checkMappingFile({ columns: { Iznos: 'totalValue' }, defaults: { country: 'Atlantyda' } }, 'mapa.json'),
    ).toThrow(
      [
        'The mapping file mapa.json has problems:',
        '  - columns: no column is mapped to "title"',
        '  - defaults: amounts are mapped but no currency is; add "currency": "PLN" (or EUR, HRK, …) to "defaults"',
        '  - defaults.country: "Atlantyda" is not a country we know; use its ISO code, e.g. "HR"',
      ].join('\n'),
    );
  });

  it('imports a header with no rows as nothing, and says so', async () => {
    const file = writeCsv(files.path('naglowek.csv'), [OFFICIAL_2014_HEADERS]);
    const { report } = await runImport(database.db, { file });
    expect(countsOf(report)).toEqual({ rowsRead: 0, created: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(await projectCount(database.db)).toBe(2);
  });
});
