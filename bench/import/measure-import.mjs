// One measured import in a process of its own: a fresh registry, the compiled importer
// (dist/, exactly what users run, with no TypeScript loader in the process), one file.
// Prints the figures as one line of JSON. Plain JavaScript on purpose: a loader would
// add its own memory to the peak being measured.
//
//   node bench/import/measure-import.mjs FILE DATABASE
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, database] = process.argv.slice(2);
if (!file || !database) throw new Error('usage: measure-import.mjs FILE DATABASE');
const compiled = (path) => import(pathToFileURL(resolve('dist', path)).href);
const { importFile } = await compiled('services/import/import-file.js');
const { openSqliteDatabase } = await compiled('storage/database.js');
const { migrateToLatest } = await compiled('storage/migrate.js');

const removeDatabase = () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
};
removeDatabase();
const db = openSqliteDatabase({ file: database });
await migrateToLatest(db);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const report = await importFile(db, { file });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
await db.destroy();
removeDatabase();
console.log(
  JSON.stringify({
    rows: report.rowsRead,
    created: report.created,
    rejected: report.rejected,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
