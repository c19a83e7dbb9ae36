import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/migrations/index.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

// Each case starts Node with tsx, several times; on a busy machine that alone can take many seconds.
describe('spojnia CLI', { timeout: 60_000 }, () => {
  it('lists its commands, and each command has --help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'generate', 'reindex']) {
      expect(help.stdout).toContain(command);
      const commandHelp = await runCli([command, '--help']);
      expect(commandHelp.code).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: spojnia ${command}`);
    }
  });

  it('migrates a new database file, then finds nothing left to do', async () => {
    const env = { SPOJNIA_DB: join(folder, 'migrate', 'spojnia.db') };
    const first = await runCli(['migrate'], env);
    expect(first.stdout).toContain(`Applied ${Object.keys(migrations).length} migrations`);
    const second = await runCli(['migrate'], env);
    expect(second.stdout).toContain('Database is up to date.');
  });

  it('loads demo content once and refuses to load it into a registry that has projects', async () => {
    const env = { SPOJNIA_DB: join(folder, 'demo', 'spojnia.db') };
    const loaded = await runCli(['demo', '--count', '10'], env);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded 12 projects');
    const again = await runCli(['demo'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds projects');
  });

  it('generates projects into a file, ready to search, and rebuilds the search index on demand', async () => {
    const file = join(folder, 'generate', 'registry.db');
    const generated = await runCli(['generate', '--projects', '150', '--seed', '9', '--db', file]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(
      /^Generated 150 projects \(ids from 1\) with \d+ organisations into .+ in [\d.]+ s: \d+ projects\/s\n$/,
    );
    const more = await runCli(['generate', '--projects', '50', '--db', file]);
    expect(more.stdout).toContain('Generated 50 projects (ids from 151)');
    const reindexed = await runCli(['reindex'], { SPOJNIA_DB: file });
    expect(reindexed.stdout).toContain('Reindexed 200 projects');
    const refused = await runCli(['generate', '--projects', '0', '--db', file]);
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
    const postgres = await runCli(['migrate'], { DATABASE_URL: 'postgres://u:p@localhost/db' });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toContain('Unset DATABASE_URL');
  });

  it('serves the portal on an empty database after loading the demo content', async () => {
    const port = String(30_000 + Math.floor(Math.random() * 20_000));
    const server = startCli(['serve'], { SPOJNIA_DB: join(folder, 'serve', 'spojnia.db'), PORT: port });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        server.stdout?.on('data', (chunk) => {
          text += chunk;
          if (text.includes('running at')) resolve(text);
        });
        server.on('close', () => reject(new Error(`server stopped: ${text}`)));
      });
      expect(output).toContain('loaded demo content (202 projects)');
      expect(output).toContain(`http://localhost:${port}/`);
      const response = await fetch(`http://127.0.0.1:${port}/projekty/hajnowka-odnowa`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Hajnówka OdNowa');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
