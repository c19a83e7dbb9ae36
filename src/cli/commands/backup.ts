import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { backupSqliteFile } from '../../storage/sqlite-backup.js';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite registry into a new file while the portal keeps running (online backup)')
    .argument('<file>', 'the new backup file, e.g. /var/backups/spojnia/2025-01-31.db')
    .addHelpText(
      'after',
      '\nOn PostgreSQL use pg_dump (see docs/production.md), or "spojnia copy --to sqlite:FILE" for a copy any\nSpójnia can open.',
    )
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.databaseUrl !== null) {
        throw new Error(
          'The registry is on PostgreSQL (DATABASE_URL): back it up with pg_dump, or copy it into a SQLite file with "spojnia copy --to sqlite:FILE".',
        );
      }
      const target = resolve(file);
      const report = await backupSqliteFile(config.sqliteFile, target);
      console.log(
        `Backed up ${config.sqliteFile} to ${target} (${(report.bytes / 1024 / 1024).toFixed(1)} MiB, integrity checked).`,
      );
    });
}
