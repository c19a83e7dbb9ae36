import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Command, Option } from 'commander';
import { REGISTRY_EXPORT_FORMATS, type RegistryExportFormat } from '../../services/export/export-formats.js';
import { openRegistry } from '../open-registry.js';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the whole registry — every project in any editorial state, with its programme, organisations and topics — as JSON or NDJSON, which `spojnia import` reads back',
    )
    .addOption(new Option('--format <format>', 'json or ndjson').choices(REGISTRY_EXPORT_FORMATS).default('json'))
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (options: { format: RegistryExportFormat; output?: string }) => {
      const { exportRegistry } = await import('../../services/export/export-registry.js');
      const registry = await openRegistry('spojnia export');
      const { db } = registry;
      try {
        const output = options.output ? createWriteStream(options.output) : process.stdout;
        const report = await exportRegistry(db, options.format, output);
        if (options.output) {
          output.end();
          await once(output, 'close');
          console.error(`Exported ${report.projects} projects to ${options.output}`);
        }
      } finally {
        await registry.close();
      }
    });
}
