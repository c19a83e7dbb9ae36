import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSearch } from '../../src/services/search/search-lifecycle.js';
import { searchProjects } from '../../src/services/search/search-projects.js';
import { type BlankTestDatabase, createBlankTestDatabase } from '../helpers/database.js';
import { scratchFolder, writeCsv } from '../import/import-helpers.js';
import { OFFICIAL_2014_HEADERS, official2014Rows } from '../import/official-lists.js';

const files = scratchFolder();
afterAll(() => files.cleanup());

const databases: BlankTestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.cleanup();
});

/** A registry of its own for a test (an SQLite file, or a PostgreSQL schema when the suite runs there). */
async function registry(): Promise<Readonly<Record<string, string>>> {
  const database = await createBlankTestDatabase();
  databases.push(database);
  return database.env;
}

function runCli(
  args: string[],
  database: Readonly<Record<string, string>>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, ...database, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('spojnia import and export on the command line', () => {
  it('explains the mapping fields and exit statuses in --help', async () => {
    const help = await runCli(['import', '--help'], await registry());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: spojnia import [options] <file>');
    expect(help.stdout).toContain('--format <format>');
    expect(help.stdout).toContain('cofinancingRate      EU co-financing rate, 0.85 or 85');
    expect(help.stdout).toContain('2 imported, but some rows were rejected');
  });

  it('imports the good rows, writes the rejected ones to a CSV that imports once fixed', {
    timeout: 120_000,
  }, async () => {
    const database = await registry();
    const list = writeCsv(files.path('lista.csv'), [OFFICIAL_2014_HEADERS, ...official2014Rows()]);
    const first = await runCli(['import', list], database);
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('Imported lista.csv: official list of projects 2014-2020');
    expect(first.stdout).toMatch(/created: +4\n/);
    expect(first.stdout).toMatch(/rejected: +3\n/);
    expect(first.stdout).toContain('row 6: "Wartość projektu');
    const rejectedFile = files.path('lista.rejected.csv');
    expect(first.stdout).toContain(`Rejected rows are in ${rejectedFile}: fix them there and import that file.`);

    const rejected = readFileSync(rejectedFile, 'utf8');
    expect(rejected.startsWith('\uFEFFImport row;Import problem;Tytuł projektu / Project title;')).toBe(true);
    expect(rejected.split('\r\n').filter((line) => line !== '')).toHaveLength(4);
    const fixed = rejected
      .replace(';abc;', ';100,00;')
      .replace(';2019-02-30;', ';2019-02-28;')
      .replace(';150,00;', ';100,00;');
    writeFileSync(rejectedFile, fixed);
    const second = await runCli(['import', rejectedFile], database);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/created: +3\n/);
    expect(second.stdout).toMatch(/rejected: +0\n/);

    const dry = await runCli(['import', list, '--dry-run'], database);
    expect(dry.stdout).toContain('Checked (dry run: nothing was written) lista.csv');
    expect(dry.stdout).toMatch(/unchanged: +4\n/);
  });

  it('puts the imported projects in the search index: the portal finds them at once', {
    timeout: 120_000,
  }, async () => {
    const database = await createBlankTestDatabase();
    databases.push(database);
    const list = writeCsv(files.path('lista-szukaj.csv'), [OFFICIAL_2014_HEADERS, ...official2014Rows()]);
    expect((await runCli(['import', list], database.env)).code).toBe(2);
    const db = database.open();
    try {
      const found = await searchProjects(db, { q: 'Reggio Emilia', filters: {}, pageSize: 10, facetLimit: 10 });
      expect(found.results.map((result) => result.project.title)).toEqual([
        'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
      ]);
    } finally {
      await closeSearch(db);
      await db.destroy();
    }
  });

  it('fails with one clear line and status 1 when nothing can be imported', async () => {
    writeFileSync(files.path('pusty.csv'), '');
    const run = await runCli(['import', files.path('pusty.csv')], await registry());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('spojnia: pusty.csv is empty; nothing was imported.\n');
    expect(existsSync(files.path('pusty.rejected.csv'))).toBe(false);
  });

  it('exports the registry and imports it into another one', { timeout: 120_000 }, async () => {
    const source = await registry();
    expect((await runCli(['demo', '--count', '5'], source)).code).toBe(0);
    const exported = files.path('rejestr.ndjson');
    const exporting = await runCli(['export', '--format', 'ndjson', '--output', exported], source);
    expect(exporting.code).toBe(0);
    expect(exporting.stderr).toContain(`Exported 7 projects to ${exported}`);
    const importing = await runCli(['import', exported], await registry());
    expect(importing.code).toBe(0);
    expect(importing.stdout).toContain('Imported rejestr.ndjson: registry export (JSON)');
    expect(importing.stdout).toMatch(/created: +7\n/);
  });
});
