import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { describeDatabase, openDatabase } from '../../storage/open-database.js';
import { migrateOrExplain } from '../open-registry.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('create the database if needed and bring its schema to the latest version')
    .action(async () => {
      const config = loadConfig();
      const db = openDatabase(config, 'spojnia migrate');
      try {
        const { applied } = await migrateOrExplain(db, describeDatabase(config));
        console.log(
          applied.length === 0
            ? `Database is up to date (${describeDatabase(config)}).`
            : `Applied ${applied.length} migrations to ${describeDatabase(config)}: ${applied.join(', ')}`,
        );
      } finally {
        await db.destroy();
      }
    });
}
