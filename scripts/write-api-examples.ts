/**
 * Writes src/api/response-examples.ts: one whole answer of every JSON endpoint of the API,
 * taken from a fresh demo registry (the two real seed projects and a few generated ones), for
 * the OpenAPI document. Lists are cut to their first two items so the document stays
 * readable. Run it again when a response schema changes; a test checks every example
 * against its schema.
 *
 *   npx tsx scripts/write-api-examples.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadDemo } from '../src/services/demo/load-demo.js';
import { closeSearch } from '../src/services/search/search-lifecycle.js';
import { openSqliteDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';

/** The request whose answer illustrates each endpoint, by operation id. */
const EXAMPLE_REQUESTS: Record<string, string> = {
  listProjects: '/api/v1/projects?q=rewitalizacja&pageSize=2',
  getProject: '/api/v1/projects/hajnowka-odnowa',
  listOrganisations: '/api/v1/organisations?country=it&pageSize=2',
  getOrganisation: '/api/v1/organisations/owop-bialystok',
  listProgrammes: '/api/v1/programmes',
  getProgramme: '/api/v1/programmes/power-2014-2020',
  listTopics: '/api/v1/topics',
  getTopic: '/api/v1/topics/rewitalizacja?pageSize=2',
  getStats: '/api/v1/stats?voivodeship=podlaskie&groupBy=fund,programme&groupLimit=3',
};

/** Arrays cut to their first items, all the way down: an example shows the shape, not every value. */
function shortened(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 2).map(shortened);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shortened(inner)]));
  }
  return value;
}

const folder = mkdtempSync(join(tmpdir(), 'spojnia-examples-'));
const db = openSqliteDatabase({ file: join(folder, 'examples.db') });
try {
  await migrateToLatest(db);
  await loadDemo(db, { generatedCount: 12, seed: 2024 });
  const app = await buildApp({ db, publicUrl: 'https://projekty.example.gov.pl' });
  const examples: Record<string, unknown> = {};
  for (const [operationId, url] of Object.entries(EXAMPLE_REQUESTS)) {
    const response = await app.inject(url);
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    examples[operationId] = shortened(response.json());
  }
  await app.close();
  await closeSearch(db);
  const file = 'src/api/response-examples.ts';
  writeFileSync(
    file,
    [
      '// Written by scripts/write-api-examples.ts from the demo registry; run it again rather than editing by hand.',
      '',
      '/** One whole answer of each JSON endpoint, by operation id, shown in the OpenAPI document. */',
      `export const RESPONSE_EXAMPLES: Readonly<Record<string, unknown>> = ${JSON.stringify(examples, null, 2)};`,
      '',
    ].join('\n'),
  );
  console.log(`Wrote ${Object.keys(examples).length} examples to ${file}; run npm run format next.`);
} finally {
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
}
