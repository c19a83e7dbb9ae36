import type { LoadResult } from './load.js';

export interface Scenario {
  readonly name:
    | 'search-selective'
    | 'search-broad'
    | 'search-broadest'
    | 'search-two-facets'
    | 'facet-only'
    | 'deep-pages'
    | 'project-page'
    | 'project-page-cold'
    | 'hello-world'
    | 'same-bytes';
  readonly connections: number;
  readonly result: LoadResult;
  /** The server's resident memory after the scenario, and its peak so far: shows which scenario raised it. */
  readonly memoryAfter?: { rssMb: number; peakMb: number };
}

/** The targets at 1 000 000 projects on two cores. */
export const TARGETS = {
  selectiveP95Ms: 50,
  broadestP95Ms: 150,
  facetOnlyP95Ms: 100,
  projectPageVsHelloWorld: 0.4,
  rssMb: 500,
  startupMs: 2000,
} as const;

interface Results {
  readonly projects: number;
  readonly engine: string;
  readonly machine: { loadAverageBefore: number[]; loadAverageAfter: number[] };
  readonly generate: { generated: boolean; perSecond: number | null };
  readonly startup: { listeningMs: number; firstPageMs: number; firstSearchMs: number };
  readonly memory: { rssMb: number; peakMb: number };
  readonly scenarios: readonly Scenario[];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The results as a table on stdout, with each target and whether it was met. */
export function printTable(results: Results): void {
  const rows = results.scenarios.map(({ name, connections, result }) => [
    name,
    String(connections),
    String(result.requests),
    Math.round(result.perSecond).toString(),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    String(result.failures),
  ]);
  const header = ['scenario', 'conn', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failed'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  console.log(
    `\n${results.projects.toLocaleString('en')} projects on ${results.engine}; load average before ${results.machine.loadAverageBefore.map((v) => v.toFixed(1)).join(' ')}, after ${results.machine.loadAverageAfter.map((v) => v.toFixed(1)).join(' ')}\n`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  const p95 = (name: Scenario['name']) => results.scenarios.find((s) => s.name === name)?.result.p95 ?? Number.NaN;
  const rate = (name: Scenario['name']) =>
    results.scenarios.find((s) => s.name === name)?.result.perSecond ?? Number.NaN;
  const ratio = rate('project-page') / rate('hello-world');
  const checks: [string, string, boolean][] = [
    [
      'selective search p95',
      `${ms(p95('search-selective'))} ms ≤ ${TARGETS.selectiveP95Ms}`,
      p95('search-selective') <= TARGETS.selectiveP95Ms,
    ],
    [
      'broadest search with all facets p95',
      `${ms(p95('search-broadest'))} ms ≤ ${TARGETS.broadestP95Ms}`,
      p95('search-broadest') <= TARGETS.broadestP95Ms,
    ],
    [
      'facet-only browsing p95',
      `${ms(p95('facet-only'))} ms ≤ ${TARGETS.facetOnlyP95Ms}`,
      p95('facet-only') <= TARGETS.facetOnlyP95Ms,
    ],
    [
      'project page / hello world',
      `${(ratio * 100).toFixed(0)} % ≥ ${TARGETS.projectPageVsHelloWorld * 100} %`,
      ratio >= TARGETS.projectPageVsHelloWorld,
    ],
    [
      'project page / bare Fastify sending the same bytes (for reading the ratio above; no target)',
      `${((rate('project-page') / rate('same-bytes')) * 100).toFixed(0)} %`,
      true,
    ],
    [
      'server RSS (peak)',
      `${results.memory.rssMb.toFixed(0)} MB (${results.memory.peakMb.toFixed(0)}) ≤ ${TARGETS.rssMb}`,
      results.memory.peakMb <= TARGETS.rssMb,
    ],
    [
      'start-up to listening',
      `${results.startup.listeningMs.toFixed(0)} ms ≤ ${TARGETS.startupMs}`,
      results.startup.listeningMs <= TARGETS.startupMs,
    ],
    [
      'first page / first search',
      `${results.startup.firstPageMs.toFixed(0)} ms / ${results.startup.firstSearchMs.toFixed(0)} ms`,
      true,
    ],
  ];
  if (results.generate.perSecond !== null) {
    checks.push([
      'generate',
      `${Math.round(results.generate.perSecond)} projects/s ≥ 50000`,
      results.generate.perSecond >= 50_000,
    ]);
  }
  console.log('');
  for (const [what, value, met] of checks) console.log(`${met ? 'met ' : 'MISS'}  ${what}: ${value}`);
}
