/**
 * The import benchmark: a realistic 100 000-row official list 2014-2020 (CSV), imported
 * into a fresh registry several times, each run in its own process. Reports every run
 * and the medians of rows per second and peak memory (RSS, the whole process).
 *
 *   npm run bench:import [-- --rows 100000 --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOfficialList } from './official-list.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const file = `bench/data/official-2014-2020-${rows}.csv`;
if (!existsSync(file)) {
  console.log(`Generating ${file} …`);
  await writeOfficialList(file, rows);
}
const megabytes = statSync(file).size / 1e6;
console.log(
  `${file}: ${rows} rows, ${megabytes.toFixed(1)} MB; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`,
);

interface Run {
  rows: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** csv-parse alone on the same file, just before: the yardstick for a shared machine. */
  parseSeconds: number;
}
const results: Run[] = [];
for (let run = 1; run <= runs; run += 1) {
  const yardstick = spawnSync(process.execPath, ['bench/import/measure-csv-parse.mjs', file], { encoding: 'utf8' });
  if (yardstick.status !== 0) throw new Error(`csv-parse run ${run} failed: ${yardstick.stderr}`);
  const parsed = JSON.parse(yardstick.stdout.trim()) as { seconds: number };
  const child = spawnSync(
    process.execPath,
    ['bench/import/measure-import.mjs', file, join(tmpdir(), `spojnia-bench-import-${process.pid}.db`)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`run ${run} failed: ${child.stderr}`);
  const result = {
    ...(JSON.parse(child.stdout.trim().split('\n').pop() as string) as Run),
    parseSeconds: parsed.seconds,
  };
  results.push(result);
  console.log(
    `run ${run}: ${result.seconds.toFixed(2)} s, ${Math.round(result.rows / result.seconds)} rows/s, CPU ${result.cpuSeconds.toFixed(1)} s, peak RSS ${Math.round(result.peakRssMb)} MB; csv-parse alone ${result.parseSeconds.toFixed(2)} s (${Math.round(result.rows / result.parseSeconds)} rows/s); load ${loadavg()[0]?.toFixed(1)}`,
  );
}
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const rate = median(results.map((result) => result.rows / result.seconds));
const rss = median(results.map((result) => result.peakRssMb));
const share = median(results.map((result) => result.parseSeconds / result.seconds));
console.log(
  `median: ${Math.round(rate)} rows/s (target ≥ 20 000), peak RSS ${Math.round(rss)} MB (target ≤ 300), ${(megabytes / median(results.map((result) => result.seconds))).toFixed(1)} MB/s; the import runs at ${Math.round(share * 100)} % of the speed of csv-parse alone on the same file`,
);
