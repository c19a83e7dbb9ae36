import { basename, dirname, extname, join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FIELD_DESCRIPTIONS } from '../../services/import/fields.js';
import { IMPORT_FORMATS, type ImportFormatChoice } from '../../services/import/format-choices.js';
import { openRegistry } from '../open-registry.js';
import { formatImportReport } from '../print-import-report.js';
import { createProgressBar, createProgressLines } from '../progress-bar.js';

interface ImportOptions {
  readonly format: ImportFormatChoice;
  readonly mapping?: string;
  readonly dryRun?: boolean;
  readonly draft?: boolean;
  readonly progress?: boolean;
  readonly rejected?: string;
  readonly changes?: string;
}

/** `lista.xlsx` → `lista.rejected.csv` beside it (NDJSON for a JSON source). */
function besideInput(file: string, suffix: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.${suffix}`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import projects from a file: the official lists of projects 2014-2020 (XLSX, CSV) and 2021-2027 (XLSX), a Mapa Dotacji or Kohesio CSV export, any list of operations through a mapping file, or this registry’s own JSON/NDJSON export',
    )
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', 'the file’s layout; auto tells it from the headers')
        .choices(IMPORT_FORMATS)
        .default('auto'),
    )
    .option('--mapping <mapping.json>', 'a mapping file naming the field of each column (see the README)')
    .option('--dry-run', 'read and check every row and report, but write nothing')
    .option('--draft', 'keep new projects as drafts instead of publishing them')
    .option('--progress', 'report progress even when standard error is not a terminal (plain lines, for logs)')
    .option('--rejected <file>', 'where to write rejected rows (default: beside the input, *.rejected.csv)')
    .option('--changes <file>', 'where to write every change (default: beside the input, *.changes.csv)')
    .addHelpText(
      'after',
      `\nFields a mapping file can name:\n${Object.entries(FIELD_DESCRIPTIONS)
        .map(([field, description]) => `  ${field.padEnd(20)} ${description}`)
        .join(
          '\n',
        )}\n\nExit status: 0 every row imported; 2 imported, but some rows were rejected; 1 nothing imported.`,
    )
    .action(async (file: string, options: ImportOptions) => {
      if (options.mapping && options.format !== 'auto') {
        throw new InvalidArgumentError('give either --format or --mapping, not both.');
      }
      // Loaded here, not at start, so other commands do not pay for the readers.
      const [{ loadMappingFile }, { importFile }, { changesFile, rejectedRowsFile }] = await Promise.all([
        import('../../services/import/formats/mapping-file.js'),
        import('../../services/import/import-file.js'),
        import('../../services/import/report-files.js'),
      ]);
      const mapping = options.mapping ? await loadMappingFile(options.mapping) : null;
      const registry = await openRegistry('spojnia import');
      const { db } = registry;
      const isJson = extname(file).toLowerCase() === '.json' || extname(file).toLowerCase() === '.ndjson';
      const rejected = rejectedRowsFile(
        options.rejected ?? besideInput(file, isJson ? 'rejected.ndjson' : 'rejected.csv'),
      );
      const changes = changesFile(options.changes ?? besideInput(file, 'changes.csv'));
      const bar = process.stderr.isTTY
        ? createProgressBar(process.stderr)
        : options.progress
          ? createProgressLines(process.stderr)
          : null;
      try {
        const report = await importFile(
          db,
          { file, format: options.format, mapping, dryRun: options.dryRun ?? false, publish: !options.draft },
          {
            progress: (progress) => bar?.update(progress),
            columns: (headers, delimiter) => rejected.columns?.(headers, delimiter),
            rejected: (rejection) => rejected.rejected?.(rejection),
            changed: (change) => changes.changed?.(change),
          },
        );
        bar?.done();
        await Promise.all([rejected.close(), changes.close()]);
        console.log(
          formatImportReport(report, {
            rejected: rejected.count() > 0 ? rejected.path : null,
            changes: changes.count() > 0 ? changes.path : null,
          }),
        );
        if (report.rejected > 0) process.exitCode = 2;
      } finally {
        bar?.done();
        await Promise.all([rejected.close(), changes.close()]);
        await registry.close();
      }
    });
}
