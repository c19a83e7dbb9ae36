import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { Browser } from '../helpers/admin.js';
import { type BlankTestDatabase, createBlankTestDatabase } from '../helpers/database.js';

const folder = mkdtempSync(join(tmpdir(), 'spojnia-user-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string>, input?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdin.end(input ?? '');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

let blank: BlankTestDatabase;
beforeAll(async () => {
  blank = await createBlankTestDatabase();
});
afterAll(async () => blank.cleanup());

/** Signs in through the web app on the database the command wrote to. */
async function canSignIn(email: string, password: string): Promise<boolean> {
  const db = blank.open();
  const app = await buildApp({ db, admin: { mediaFolder: join(folder, 'media') } });
  const browser = new Browser(app);
  const page = await browser.signIn(email, password);
  await app.close();
  await db.destroy();
  return page.status === 303;
}

describe('spojnia user add', { timeout: 90_000 }, () => {
  const env = () => ({ ...blank.env });

  it('creates the first administrator with a generated password printed once', async () => {
    const run = await runCli(['user', 'add', '--email', 'Admin@Example.org', '--role', 'administrator'], env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created the administrator account admin@example.org.');
    const password = /Password \(shown only this once\): (\S+)/.exec(run.stdout)?.[1] as string;
    expect(password).toHaveLength(20);
    expect(await canSignIn('admin@example.org', password)).toBe(true);
  });

  it('takes a password from standard input and assigns organisations checked against the registry', async () => {
    const unknown = await runCli(
      ['user', 'add', '--email', 'ed@example.org', '--role', 'editor', '--organisation', 'nie-ma', '--password-stdin'],
      env(),
      'a long enough password\n',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No organisation "nie-ma"');
    const created = await runCli(
      ['user', 'add', '--email', 'ed@example.org', '--role', 'viewer', '--password-stdin'],
      env(),
      'a long enough password\n',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).not.toContain('Password');
    expect(await canSignIn('ed@example.org', 'a long enough password')).toBe(true);
    const list = await runCli(['user', 'list'], env());
    expect(list.stdout).toContain('ed@example.org\tviewer\tactive\t-');
  });

  it('explains a bad role, a short password and a taken e-mail in one line', async () => {
    const role = await runCli(['user', 'add', '--email', 'x@example.org', '--role', 'king'], env());
    expect(role.code).not.toBe(0);
    expect(role.stderr).toContain('must be one of: administrator, editor, viewer');
    const short = await runCli(
      ['user', 'add', '--email', 'x@example.org', '--role', 'viewer', '--password-stdin'],
      env(),
      'short\n',
    );
    expect(short.stderr).toContain('Password needs at least 12 characters');
    const taken = await runCli(['user', 'add', '--email', 'ed@example.org', '--role', 'viewer'], env());
    expect(taken.stderr).toContain('An account with ed@example.org already exists');
    expect(taken.stderr).not.toContain('    at ');
  });
});
