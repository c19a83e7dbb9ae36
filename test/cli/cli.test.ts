import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/migrations/index.js';
import { type BlankTestDatabase, createBlankTestDatabase } from '../helpers/database.js';
import { randomPort, runCli, startCli, stopProcess, waitForOutput } from './run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let blank: BlankTestDatabase | null = null;
afterEach(async () => {
  await blank?.cleanup();
  blank = null;
});

async function freshDatabase(): Promise<Record<string, string>> {
  blank = await createBlankTestDatabase();
  return { ...blank.env };
}

// Each step is a real `spojnia` process, seconds apiece on a busy machine.
describe('spojnia CLI', { timeout: 120_000 }, () => {
  it('lists its commands, and each command has --help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const commands = ['serve', 'migrate', 'demo', 'copy', 'backup', 'user', 'generate', 'reindex'];
    const helps = await Promise.all(commands.map((command) => runCli([command, '--help'])));
    commands.forEach((command, index) => {
      expect(help.stdout).toContain(command);
      expect(helps[index]?.code).toBe(0);
      expect(helps[index]?.stdout).toContain(`Usage: spojnia ${command}`);
    });
  });

  it('migrates a new database, then finds nothing left to do', async () => {
    const env = await freshDatabase();
    const first = await runCli(['migrate'], env);
    expect(first.stdout).toContain(`Applied ${Object.keys(migrations).length} migrations`);
    const second = await runCli(['migrate'], env);
    expect(second.stdout).toContain('Database is up to date');
  });

  it('loads demo content once and refuses to load it into a registry that has projects', async () => {
    const env = await freshDatabase();
    const loaded = await runCli(['demo', '--count', '10'], env);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded 12 projects');
    const again = await runCli(['demo'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds projects');
  });

  it('generates projects into a file, ready to search, and rebuilds the search index on demand', async () => {
    // generate writes SQLite files whatever the test engine; DATABASE_URL is left empty to say so.
    const sqlite = { DATABASE_URL: '', DATABASE_READ_URL: '' };
    const file = join(folder, 'generate', 'registry.db');
    const generated = await runCli(['generate', '--projects', '150', '--seed', '9', '--db', file], sqlite);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(
      /^Generated 150 projects \(ids from 1\) with \d+ organisations into .+ in [\d.]+ s: \d+ projects\/s\n$/,
    );
    const more = await runCli(['generate', '--projects', '50', '--db', file], sqlite);
    expect(more.stdout).toContain('Generated 50 projects (ids from 151)');
    const reindexed = await runCli(['reindex'], { ...sqlite, SPOJNIA_DB: file });
    expect(reindexed.stdout).toContain('Reindexed 200 projects');
    const refused = await runCli(['generate', '--projects', '0', '--db', file], sqlite);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("option '--projects <n>' argument '0' is invalid");
  });

  it('explains a bad option or configuration in one line, without a stack trace', async () => {
    const badCount = await runCli(['demo', '--count', 'many']);
    expect(badCount.code).not.toBe(0);
    expect(badCount.stderr).toContain("option '--count <n>' argument 'many' is invalid");
    const badPort = await runCli(['serve'], { PORT: 'eighty', SPOJNIA_DB: join(folder, 'bad', 'x.db') });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('PORT: must be a whole number');
    expect(badPort.stderr).not.toMatch(/\n\s+at /);
  });

  it('says why PostgreSQL cannot be reached without showing the password', async () => {
    // Nothing listens on port 1, so the connection is refused at once.
    const url = 'postgres://spojnia:hunter2-secret@127.0.0.1:1/spojnia';
    const run = await runCli(['migrate'], { DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot prepare the database (PostgreSQL postgres://spojnia@127.0.0.1:1/spojnia)');
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain('hunter2-secret');
  });

  it('serves the portal on an empty database after loading the demo content', async () => {
    const env = await freshDatabase();
    const port = randomPort();
    const server = startCli(['serve'], { ...env, PORT: port });
    try {
      const output = await waitForOutput(server, 'running at');
      expect(output).toContain('loaded demo content (202 projects)');
      expect(output).toContain(`http://localhost:${port}/`);
      if (env.DATABASE_URL) expect(output).not.toContain(new URL(env.DATABASE_URL).password);
      const response = await fetch(`http://127.0.0.1:${port}/projekty/hajnowka-odnowa`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Hajnówka OdNowa');
    } finally {
      await stopProcess(server);
    }
  });
});
