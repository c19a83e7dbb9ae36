import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfficialList } from '../../bench/import/official-list.js';
import { createDemoDatabase, type TestDatabase } from '../helpers/database.js';
import { runImport, scratchFolder } from './import-helpers.js';

describe('an import killed midway', () => {
  const files = scratchFolder();
  let database: TestDatabase;
  const list = files.path('lista-2014-2020.csv');

  beforeAll(async () => {
    database = await createDemoDatabase(10);
    await writeOfficialList(list, 20_000);
  });
  afterAll(async () => {
    await database.cleanup();
    files.cleanup();
  });

  it('leaves the registry exactly as it was when the process is killed with SIGKILL', {
    timeout: 120_000,
  }, async () => {
    const before = database.open();
    const organisationsBefore = (
      await before.selectFrom('organisations').select('id').where('is_demo', '=', 0).execute()
    ).length;
    const programmesBefore = await before.selectFrom('programmes').select('slug').orderBy('slug').execute();
    await before.destroy();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', list, '--progress'], {
      env: { ...process.env, ...database.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let killedAt: number | null = null;
    while (killedAt === null) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (child.exitCode !== null) throw new Error(`the import ended before it could be killed: ${output}`);
      const rows = [...output.matchAll(/import: (\d+) rows read/g)].map((match) => Number(match[1]));
      const latest = rows[rows.length - 1] ?? 0;
      // Thousands of rows in: they sit written inside the import's open transaction.
      if (latest >= 3000) {
        killedAt = latest;
        child.kill('SIGKILL');
      }
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedAt).toBeLessThan(20_000);

    const db = database.open();
    try {
      const projects = await db.selectFrom('projects').select(['source']).execute();
      expect(projects).toHaveLength(12);
      expect(projects.every((project) => project.source !== 'import')).toBe(true);
      expect(await db.selectFrom('organisations').select('id').where('is_demo', '=', 0).execute()).toHaveLength(
        organisationsBefore,
      );
      if (database.engine === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
        expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      expect(await db.selectFrom('programmes').select('slug').orderBy('slug').execute()).toEqual(programmesBefore);

      // Nothing is left locked or half-done: the next import runs to its end.
      const small = files.path('lista-mala.csv');
      await writeOfficialList(small, 300);
      const { report } = await runImport(db, { file: small });
      expect(report).toMatchObject({ rowsRead: 300, created: 300, rejected: 0 });
    } finally {
      await db.destroy();
    }
  });
});
