import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { generateRegistry, prepareRegistryFile } from '../../services/scale/generate-registry.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { openDatabase } from '../../storage/open-database.js';
import { wholeNumber } from '../parse-options.js';

interface GenerateCommandOptions {
  readonly projects: number;
  readonly seed: number;
  readonly db?: string;
}

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description(
      'add realistic synthetic projects to an SQLite registry (for load tests and benchmarks), search index included',
    )
    .requiredOption('--projects <n>', 'number of projects to add', wholeNumber(1, 20_000_000))
    .option('--seed <n>', 'seed of the deterministic generator', wholeNumber(0, 2 ** 31), 2024)
    .option('--db <file>', 'SQLite file to write (default: SPOJNIA_DB); created when missing')
    .action(async (options: GenerateCommandOptions) => {
      const config = loadConfig();
      if (config.databaseUrl !== null && !options.db) {
        throw new Error('generate writes an SQLite file: name it with --db, or unset DATABASE_URL.');
      }
      const file = options.db ? resolve(options.db) : config.sqliteFile;
      prepareRegistryFile(file);
      // Migrating goes through the ordinary path; only the bulk load is SQLite-specific.
      const db = openDatabase({ sqliteFile: file, databaseUrl: null });
      try {
        await migrateToLatest(db);
      } finally {
        await db.destroy();
      }
      const report = await generateRegistry(file, {
        projects: options.projects,
        seed: options.seed,
        onProgress: (written) => process.stderr.write(`  ${written.toLocaleString('en')} projects…\n`),
      });
      const rate = Math.round(report.projects / report.seconds);
      console.log(
        `Generated ${report.projects} projects (ids from ${report.firstProjectId}) with ${report.organisations} organisations into ${file} in ${report.seconds.toFixed(1)} s: ${rate} projects/s`,
      );
    });
}
