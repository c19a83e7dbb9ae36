import type { Command } from 'commander';
import { DEFAULT_DEMO_COUNT, loadDemo } from '../../services/demo/load-demo.js';
import { openRegistry } from '../open-registry.js';
import { wholeNumber } from '../parse-options.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo content (the two seed projects and invented demo projects) into an empty registry')
    .option('--count <n>', 'number of invented demo projects', wholeNumber(0, 100_000), DEFAULT_DEMO_COUNT)
    .option('--seed <n>', 'seed of the deterministic generator', wholeNumber(0, 2 ** 31), 2024)
    .action(async (options: { count: number; seed: number }) => {
      const registry = await openRegistry('spojnia demo');
      try {
        const report = await loadDemo(registry.db, { generatedCount: options.count, seed: options.seed });
        console.log(
          `Loaded ${report.projects} projects, ${report.organisations} organisations and ${report.programmes} programmes into ${registry.description}`,
        );
      } finally {
        await registry.close();
      }
    });
}
