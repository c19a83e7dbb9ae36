import type { Command } from 'commander';
import { setUpSearch } from '../../services/search/set-up-search.js';
import { openRegistry } from '../open-registry.js';

const INSUFFICIENT_PRIVILEGE = '42501';

/** PostgreSQL's SQLSTATE of a failed statement, if the error carries one. */
function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('tasks on the database itself');
  db.command('setup-search')
    .description(
      'PostgreSQL: fold accents with unaccent and, where hunspell-pl is installed, match Polish word forms; rebuilds the search index (SQLite needs nothing)',
    )
    .action(async () => {
      const registry = await openRegistry('spojnia db setup-search');
      try {
        const setup = await setUpSearch(registry.db).catch((error: unknown) => {
          if (sqlState(error) !== INSUFFICIENT_PRIVILEGE) throw error;
          throw new Error(
            `Not allowed to set up search in ${registry.description}: ${(error as Error).message}. ` +
              'CREATE EXTENSION unaccent needs the right to create in the database (its owner has it) or a superuser: ' +
              'have one run `CREATE EXTENSION unaccent;` in this database, then run this command again.',
          );
        });
        if (setup.engine === 'sqlite') {
          console.log(`Nothing to set up: search on SQLite folds accents by itself (${registry.description}).`);
          return;
        }
        if (setup.mode === 'polish') {
          console.log('Search set up with the Polish dictionary (hunspell-pl): accents fold, inflected forms match.');
        } else {
          console.log(
            `Search set up with accent folding only: the Polish dictionary is unavailable (${setup.polishUnavailable}).`,
          );
          console.log(
            'To match inflected forms: apt-get install hunspell-pl, then run `spojnia db setup-search` again.',
          );
        }
        console.log(`Reindexed ${setup.reindexed} projects in ${registry.description}.`);
      } finally {
        await registry.close();
      }
    });
}
