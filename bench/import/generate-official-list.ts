/**
 * Writes a realistic 2014-2020 official list for the import benchmark (never committed:
 * bench/data/ is ignored).
 *
 *   npx tsx bench/import/generate-official-list.ts [rows=100000] [file=bench/data/official-2014-2020.csv]
 */
import { writeOfficialList } from './official-list.js';

const rows = Number(process.argv[2] ?? 100_000);
const file = process.argv[3] ?? 'bench/data/official-2014-2020.csv';
const bytes = await writeOfficialList(file, rows);
console.log(`Wrote ${rows} rows (${(bytes / 1e6).toFixed(1)} MB) to ${file}`);
