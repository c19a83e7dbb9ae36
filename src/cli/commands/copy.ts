import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { copyRegistry, type RegistryCopy } from '../../services/registry/copy-registry.js';
import { openDatabase } from '../../storage/open-database.js';
import {
  configuredDatabase,
  type DatabaseArgument,
  databaseArgument,
  describeArgument,
  isSameDatabase,
  settingsFor,
  sqliteFileExists,
} from '../database-argument.js';

interface CopyCommandOptions {
  readonly from?: DatabaseArgument;
  readonly to?: DatabaseArgument;
  readonly replace: boolean;
}

function printReport(copy: RegistryCopy, from: string, to: string): void {
  const width = Math.max(5, ...copy.tables.map((table) => table.table.length));
  const rows = copy.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Copied the registry from ${from} to ${to}.`);
  console.log(`  ${'table'.padEnd(width)}  ${'rows'.padStart(9)}  checksum (SHA-256 sum)`);
  for (const table of copy.tables) {
    console.log(`  ${table.table.padEnd(width)}  ${String(table.rows).padStart(9)}  ${table.checksum.slice(0, 16)}`);
  }
  if (copy.skipped.length > 0) {
    console.log(`Not copied (kept by one engine only, rebuilt from the rest): ${copy.skipped.join(', ')}`);
  }
  console.log(`Verified: ${copy.tables.length} tables, ${rows} rows; counts and checksums match the source.`);
}

export function registerCopyCommand(program: Command): void {
  program
    .command('copy')
    .description(
      'copy a whole registry between databases (SQLite ⇄ PostgreSQL), ids kept, verified by counts and checksums',
    )
    .option(
      '--from <database>',
      'sqlite:FILE or postgres://…; default: the configured database',
      databaseArgument('--from'),
    )
    .option(
      '--to <database>',
      'sqlite:FILE or postgres://…; default: the configured database',
      databaseArgument('--to'),
    )
    .option('--replace', 'delete what the target holds instead of refusing a target that is not empty', false)
    .addHelpText(
      'after',
      '\nExamples:\n  spojnia copy --from sqlite:data/spojnia.db --to postgres://spojnia@db.example.org/spojnia\n  DATABASE_URL=postgres://… spojnia copy --to sqlite:/backups/registry.db\n\nA password left out of the URL is taken from PGPASSWORD or ~/.pgpass.',
    )
    .action(async (options: CopyCommandOptions) => {
      const config = loadConfig();
      if (!options.from && !options.to) {
        throw new Error('Say where to copy from (--from) or to (--to); the other defaults to the configured database.');
      }
      const from = options.from ?? configuredDatabase(config);
      const to = options.to ?? configuredDatabase(config);
      if (isSameDatabase(from, to)) throw new Error('The source and the target are the same database.');
      if (!sqliteFileExists(from)) throw new Error(`There is no ${describeArgument(from)}.`);
      const source = openDatabase(settingsFor(from, config), 'spojnia copy (source)');
      const target = openDatabase(settingsFor(to, config), 'spojnia copy (target)');
      try {
        const copy = await copyRegistry(source, target, { replace: options.replace });
        printReport(copy, describeArgument(from), describeArgument(to));
      } finally {
        await source.destroy();
        await target.destroy();
      }
    });
}
