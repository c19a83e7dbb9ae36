/**
 * Starts the real portal for the end-to-end suite: a fresh SQLite file in a temporary
 * folder, migrated, with the demo content, served on PORT. The folder goes when the server
 * is stopped. Steps the suite needs before serving (e.g. an editor account) belong here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/app.js';
import { openRegistry } from '../../../src/cli/open-registry.js';
import { createUser } from '../../../src/services/auth/create-user.js';
import { loadDemo } from '../../../src/services/demo/load-demo.js';
import { createProjectWithRevision, editProject } from '../../../src/services/projects/editorial-saves.js';
import { buildProjectInput } from '../../factories/project.js';
import { E2E_ACCOUNTS, E2E_ADMIN, E2E_PROJECTS } from './e2e-data.js';

/** Fewer invented projects than `npm start` loads, still enough for several pages of results. */
const DEMO_PROJECTS = Number(process.env.SPOJNIA_E2E_DEMO_COUNT ?? 60);

const folder = mkdtempSync(join(tmpdir(), 'spojnia-e2e-'));
// Always the embedded SQLite file, even where DATABASE_URL points at a PostgreSQL server (empty counts as unset).
const registry = await openRegistry('spojnia e2e', {
  ...process.env,
  SPOJNIA_DB: join(folder, 'e2e.db'),
  DATABASE_URL: '',
  DATABASE_READ_URL: '',
});
const { config, db, readDb } = registry;
await loadDemo(db, { generatedCount: DEMO_PROJECTS });
// The accounts and draft projects the editorial-area tests use (see e2e-data.ts).
const userIds = new Map<string, number>();
for (const account of E2E_ACCOUNTS) userIds.set(account.email, await createUser(db, account, null));
const admin = { id: userIds.get(E2E_ADMIN.email) ?? 0, email: E2E_ADMIN.email };
for (const { slug, title } of Object.values(E2E_PROJECTS)) {
  const input = buildProjectInput({ slug, title, beneficiarySlug: 'owop-bialystok', summary: 'Spotkania co tydzień.' });
  const created = await createProjectWithRevision(db, input, admin);
  if (slug === E2E_PROJECTS.history.slug) {
    const edited = { ...input, summary: 'Spotkania dwa razy w tygodniu.', endDate: '2022-06-30' };
    await editProject(db, created.id, edited, admin, null);
  }
}
const app = await buildApp({
  db,
  readDb,
  logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  admin: {
    mediaFolder: join(folder, 'media'),
    // Every test signs in from 127.0.0.1; the limit of 10 a minute is tested in test/admin/sign-in.test.ts.
    signInAttemptsPerMinute: 100,
  },
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await registry.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
console.log(`e2e portal at http://${config.host}:${config.port}/ (database in ${folder})`);
