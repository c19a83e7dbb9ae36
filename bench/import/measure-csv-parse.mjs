// The yardstick for the import benchmark: csv-parse alone reading the same file with the
// same options, in a process of its own. On a shared machine absolute speeds swing with
// the load; the import's speed as a share of this one does not.
//
//   node bench/import/measure-csv-parse.mjs FILE
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: measure-csv-parse.mjs FILE');
const started = process.hrtime.bigint();
let rows = 0;
const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(
  parse({ delimiter: ';', bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
);
for await (const _record of parser) rows += 1;
console.log(JSON.stringify({ rows: rows - 1, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
