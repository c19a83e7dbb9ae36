import type { Command } from 'commander';
import { rebuildSearchIndex } from '../../services/search/rebuild-search-index.js';
import { openRegistry } from '../open-registry.js';

export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the search index of every project (after editing the database by hand or restoring a copy)')
    .action(async () => {
      const registry = await openRegistry('spojnia reindex');
      try {
        const count = await rebuildSearchIndex(registry.db);
        console.log(`Reindexed ${count} projects in ${registry.description}`);
      } finally {
        await registry.close();
      }
    });
}
