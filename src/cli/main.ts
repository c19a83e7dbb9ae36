import { Command } from 'commander';
import { registerBackupCommand } from './commands/backup.js';
import { registerCopyCommand } from './commands/copy.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerExportCommand } from './commands/export.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerImportCommand } from './commands/import.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerReindexCommand } from './commands/reindex.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUserCommand } from './commands/user.js';
import { reportFailure } from './report-failure.js';

const program = new Command()
  .name('spojnia')
  .description('Spójnia: an open registry of EU-funded projects')
  .showHelpAfterError();

registerServeCommand(program);
registerMigrateCommand(program);
registerDemoCommand(program);
registerGenerateCommand(program);
registerReindexCommand(program);
registerCopyCommand(program);
registerBackupCommand(program);
registerUserCommand(program);
registerImportCommand(program);
registerExportCommand(program);

program.parseAsync(process.argv).catch(reportFailure);
