/**
 * `npm run bench`: builds (or reuses) a registry of N generated projects, starts the portal on
 * it, and measures in one run, with autocannon and the fixed query mix of scenarios.ts:
 * search latency (p50/p95/p99) per kind of query, project-page throughput next to a bare
 * Fastify hello-world route, start-up time and resident memory. Prints a table and writes
 * bench/results.json. Each measurement is repeated and the median reported, because the
 * machine may be shared.
 *
 *   npm run bench                     1 000 000 projects, 10 s per scenario, 3 repeats
 *   npm run bench -- --smoke          10 000 projects, 3 s per scenario, 1 repeat (CI)
 *   npm run bench -- --projects 200000 --seconds 5 --repeat 1
 *   npm run bench -- --engine postgres [--postgres-url URL]
 *                                     the same registry copied into PostgreSQL (postgres-registry.ts),
 *                                     search set up by `spojnia db setup-search`; bench/results-postgres.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadResult, medianOf, runLoad } from './load.js';
import { basePostgresUrl, ensurePostgresRegistry } from './postgres-registry.js';
import { printTable, type Scenario, TARGETS } from './report.js';
import { buildQueryMix, deepPages } from './scenarios.js';
import { memoryOf, type RunningServer, startServer, timeUntilOk } from './servers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  projects: number;
  seconds: number;
  repeat: number;
  db: string;
  smoke: boolean;
  engine: 'sqlite' | 'postgres';
  postgresUrl: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const smoke = argv.includes('--smoke');
  const engine = value('--engine') ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('--engine must be sqlite or postgres');
  const projects = Number(value('--projects') ?? (smoke ? 10_000 : 1_000_000));
  if (!Number.isSafeInteger(projects) || projects < 100)
    throw new Error('--projects must be a whole number of at least 100');
  return {
    smoke,
    projects,
    seconds: Number(value('--seconds') ?? (smoke ? 3 : 10)),
    repeat: Number(value('--repeat') ?? (smoke ? 1 : 3)),
    db: resolve(value('--db') ?? join(root, 'bench', 'data', `registry-${projects}.db`)),
    engine,
    postgresUrl: value('--postgres-url'),
  };
}

function spojnia(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Builds the registry once; later runs reuse the file (delete it to rebuild). */
function ensureRegistry(options: Options): { generated: boolean; perSecond: number | null } {
  if (existsSync(options.db)) return { generated: false, perSecond: null };
  mkdirSync(dirname(options.db), { recursive: true });
  console.log(`Generating ${options.projects} projects into ${options.db} …`);
  const started = performance.now();
  const output = spojnia(['generate', '--projects', String(options.projects), '--db', options.db]);
  console.log(output.trim());
  return { generated: true, perSecond: options.projects / ((performance.now() - started) / 1000) };
}

async function measure(
  server: RunningServer,
  paths: string[],
  connections: number,
  options: Options,
): Promise<LoadResult> {
  const runs: LoadResult[] = [];
  for (let run = 0; run < options.repeat; run += 1) {
    runs.push(await runLoad({ base: server.base, paths, connections, seconds: options.seconds }));
  }
  return medianOf(runs);
}

/** Has the bare server answer each project page's bytes as the portal sent them; returns its paths. */
async function copyPages(bare: RunningServer, portal: RunningServer, paths: readonly string[]): Promise<string[]> {
  const response = await fetch(`${bare.base}/same-bytes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ urls: paths.map((path) => `${portal.base}${path}`) }),
  });
  if (!response.ok) throw new Error(`the bare server could not copy the project pages: ${response.status}`);
  return paths.map((_path, index) => `/same-bytes/${index}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log('Building the portal (npm run build) …');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const registry = ensureRegistry(options);
  const mix = buildQueryMix(options.db);
  const postgres =
    options.engine === 'postgres'
      ? await ensurePostgresRegistry({
          baseUrl: basePostgresUrl(options.postgresUrl, root),
          projects: options.projects,
          sqliteFile: options.db,
          spojnia,
        })
      : null;
  const databaseEnv: Record<string, string> = postgres
    ? { DATABASE_URL: postgres.url, DATABASE_READ_URL: '', SPOJNIA_DB: '' }
    : { SPOJNIA_DB: options.db };
  const loadBefore = loadavg();

  const hello = await startServer(['--import', 'tsx', join(root, 'bench', 'hello-server.ts')], {}, /listening/);
  const spawned = performance.now();
  const portal = await startServer(
    [join(root, 'dist', 'cli', 'main.js'), 'serve', '--no-demo'],
    databaseEnv,
    /running at/,
  );
  const startup = {
    listeningMs: portal.startupMs,
    firstPageMs: await timeUntilOk(`${portal.base}/`, spawned),
    firstSearchMs: await timeUntilOk(`${portal.base}/projekty?q=projekt`, spawned),
  };
  const scenarios: Scenario[] = [];
  try {
    // One pass over every URL first, so caches are as warm as in a portal that has been running.
    const warmUp = [...mix.selective, ...mix.broad, ...mix.twoFacets, ...mix.facetOnly, ...mix.projectPages];
    for (const path of warmUp) await (await fetch(`${portal.base}${path}`)).arrayBuffer();
    const deep = await deepPages(portal.base, mix, options.smoke ? 2_000 : 20_000);
    const sameBytes = await copyPages(hello, portal, mix.projectPages);
    const latency = 2;
    const throughput = 8;
    const plan: [Scenario['name'], RunningServer, string[], number][] = [
      ['search-selective', portal, mix.selective, latency],
      ['search-broad', portal, mix.broad, latency],
      ['search-broadest', portal, mix.broadest, latency],
      ['search-two-facets', portal, mix.twoFacets, latency],
      ['facet-only', portal, mix.facetOnly, latency],
      ['deep-pages', portal, deep, latency],
      ['project-page', portal, mix.projectPages, throughput],
      ['project-page-cold', portal, mix.coldProjectPages, throughput],
      ['hello-world', hello, ['/'], throughput],
      ['same-bytes', hello, sameBytes, throughput],
    ];
    for (const [name, server, paths, connections] of plan) {
      process.stdout.write(`  ${name} …`);
      const result = await measure(server, paths, connections, options);
      const memoryAfter = server === portal ? memoryOf(portal.process.pid ?? 0) : undefined;
      scenarios.push({ name, connections, result, memoryAfter });
      const memory = memoryAfter
        ? `, RSS ${Math.round(memoryAfter.rssMb)} MB (peak ${Math.round(memoryAfter.peakMb)})`
        : '';
      process.stdout.write(` p95 ${result.p95.toFixed(1)} ms, ${Math.round(result.perSecond)} req/s${memory}\n`);
    }
  } finally {
    const memory = memoryOf(portal.process.pid ?? 0);
    await portal.stop();
    await hello.stop();
    const results = {
      when: new Date().toISOString(),
      projects: options.projects,
      engine: options.engine,
      postgres: postgres && { buildSeconds: postgres.buildSeconds, setup: postgres.setup },
      secondsPerScenario: options.seconds,
      repeats: options.repeat,
      machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      generate: registry,
      startup,
      memory,
      targets: TARGETS,
      scenarios,
    };
    printTable(results);
    const out = join(root, 'bench', options.engine === 'postgres' ? 'results-postgres.json' : 'results.json');
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten to ${out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
