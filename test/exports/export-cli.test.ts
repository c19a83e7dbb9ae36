import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
const folder = mkdtempSync(join(tmpdir(), 'spojnia-export-'));
beforeAll(async () => {
  database = await createDemoDatabase(20);
});
afterAll(async () => {
  await database.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

describe('spojnia export of search results', { timeout: 90_000 }, () => {
  it('writes the filtered search as CSV for Excel, and says how many', async () => {
    const file = join(folder, 'erdf.csv');
    const run = await runCli(
      ['export', '--format', 'csv-excel', '--fund', 'ERDF', '--base-url', 'https://example.org/', '--output', file],
      database.env,
    );
    expect(run.stderr).toMatch(/Exported \d+ projects to /);
    expect(run.code).toBe(0);
    const rows = parse(readFileSync(file), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows.length).toBe(Number(/Exported (\d+)/.exec(run.stderr)?.[1]));
    for (const row of rows) {
      expect(row.funds).toContain('ERDF');
      expect(row.url_pl).toBe(`https://example.org/projekty/${row.slug}`);
    }
  });

  it('refuses an unknown filter value and a search on the registry format, writing nothing', async () => {
    const file = join(folder, 'none.csv');
    const unknown = await runCli(
      ['export', '--format', 'csv', '--programme', 'nie-ma', '--output', file],
      database.env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--programme nie-ma');
    expect(existsSync(file)).toBe(false);
    const registry = await runCli(['export', '--format', 'json', '--q', 'żłobek'], database.env);
    expect(registry.code).toBe(1);
    expect(registry.stderr).toContain('--format results-json');
  });
});
